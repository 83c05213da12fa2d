using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using SecretsAnalyzers.Internal;
using SecretsAnalyzers.Transport;

namespace SecretsAnalyzers.CodeFixes.Transport
{
    /// <summary>Shared by the EXK201 and EXK202 fixes: rewrites the scheme (and port) inside the reported literal.</summary>
    internal static class PlainUrlRewriter
    {
        public static async Task RegisterAsync(CodeFixContext context, string title, string equivalenceKey)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                if (diagnostic.Properties.ContainsKey(FixProperties.NoFix)) continue;
                var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                if (ComputeChanges(node, diagnostic).Count == 0) continue;
                context.RegisterCodeFix(CodeAction.Create(title,
                    ct => FixAsync(context.Document, diagnostic, ct), equivalenceKey), diagnostic);
            }
        }

        private static async Task<Document> FixAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            if (root is null) return document;
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var changes = ComputeChanges(node, diagnostic);
            return changes.Count == 0 ? document : document.WithText(text.WithChanges(changes));
        }

        private static List<TextChange> ComputeChanges(SyntaxNode node, Diagnostic diagnostic)
        {
            var changes = new List<TextChange>();
            diagnostic.Properties.TryGetValue(EXK201PlainHttpAnalyzer.SchemeProperty, out var scheme);
            if (scheme is null) return changes;
            var secure = scheme == "ws" ? "wss" : "https";

            if (diagnostic.Properties.TryGetValue(EXK201PlainHttpAnalyzer.FormProperty, out var form) && form == EXK201PlainHttpAnalyzer.SchemeNameForm)
            {
                // new UriBuilder("http", host) / Scheme = Uri.UriSchemeHttp.
                switch (node)
                {
                    case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                        changes.Add(new TextChange(literal.Span, "\"" + secure + "\""));
                        break;
                    case MemberAccessExpressionSyntax { Name: IdentifierNameSyntax name } when name.Identifier.ValueText is "UriSchemeHttp" or "UriSchemeWs":
                        changes.Add(new TextChange(name.Span, name.Identifier.ValueText + "s"));
                        break;
                    case IdentifierNameSyntax id when id.Identifier.ValueText is "UriSchemeHttp" or "UriSchemeWs":
                        changes.Add(new TextChange(id.Span, id.Identifier.ValueText + "s"));
                        break;
                }

                return changes;
            }

            foreach (var token in node.DescendantTokens())
            {
                if (!token.IsKind(SyntaxKind.StringLiteralToken) && !token.IsKind(SyntaxKind.InterpolatedStringTextToken) &&
                    !token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) && !token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken))
                    continue;

                var raw = token.Text;
                var sep = raw.IndexOf("://", StringComparison.Ordinal);
                var start = sep - scheme.Length;
                if (sep < 0 || start < 0 || string.Compare(raw, start, scheme, 0, scheme.Length, StringComparison.OrdinalIgnoreCase) != 0)
                    return changes;                                                          // the leftmost string is not the URL
                changes.Add(new TextChange(new TextSpan(token.SpanStart + start, scheme.Length), secure));
                AddPortChange(changes, diagnostic, raw, sep + 3, token.SpanStart);
                return changes;
            }

            return changes;
        }

        private static void AddPortChange(List<TextChange> changes, Diagnostic diagnostic, string raw, int authorityStart, int tokenStart)
        {
            if (!diagnostic.Properties.TryGetValue(EXK201PlainHttpAnalyzer.PortProperty, out var port) || port is null) return;
            // The host follows userinfo, whose password may contain '/', '?', '#' or '\\' (PlainUrl.HostStart).
            var contentEnd = raw.IndexOf('"', authorityStart);
            var hostStart = PlainUrl.HostStart(contentEnd < 0 ? raw : raw.Substring(0, contentEnd), authorityStart, complete: true, out var ambiguous);
            if (ambiguous) return;
            var end = raw.IndexOfAny(AuthorityEnd, hostStart);
            if (end < 0 || raw[end] == '{') return;                                          // the host is computed
            var hostEnd = hostStart;
            if (hostEnd < end && raw[hostEnd] == '[')
            {
                var close = raw.IndexOf(']', hostEnd, end - hostEnd);
                if (close < 0) return;
                hostEnd = close + 1;
            }

            var colon = raw.IndexOf(':', hostEnd, end - hostEnd);
            if (port.Length == 0)
            {
                if (colon >= 0) changes.Add(new TextChange(new TextSpan(tokenStart + colon, end - colon), ""));
            }
            else if (colon >= 0)
            {
                changes.Add(new TextChange(new TextSpan(tokenStart + colon + 1, end - colon - 1), port));
            }
            else
            {
                changes.Add(new TextChange(new TextSpan(tokenStart + end, 0), ":" + port.ToString(CultureInfo.InvariantCulture)));
            }
        }

        private static readonly char[] AuthorityEnd = { '/', '?', '#', '"', '{', '\\' };
    }
}
