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
    /// <summary>EXK201: http:// → https:// in the literal, keeping the rest of the URL (a known exchange TLS port is set).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EXK201UseHttpsCodeFix)), Shared]
    public sealed class EXK201UseHttpsCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.EXK201);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
            PlainUrlRewriter.RegisterAsync(context, "Use https", "EXK201.UseHttps");
    }
}
