using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecretsAnalyzers.Internal;

namespace SecretsAnalyzers.Transport
{
    /// <summary>
    /// Syntax-only reading of certificate validation callbacks: does every path return <c>true</c> without a throw?
    /// <c>errors == SslPolicyErrors.None</c>, a thumbprint comparison or any other returned expression is a real check.
    /// Works on lambdas, anonymous methods, methods, local functions and the initializers of fields, properties and
    /// locals holding a delegate, including code inside an inactive <c>#if DEBUG</c> region (which has no symbols).
    /// </summary>
    internal static class CallbackBodies
    {
        public const string DangerousValidator = "DangerousAcceptAnyServerCertificateValidator";

        /// <summary>A body (block or expression) that returns true on every path and never throws.</summary>
        public static bool AlwaysTrue(SyntaxNode? body)
        {
            switch (body)
            {
                case null:
                    return false;
                case ExpressionSyntax expression:
                    return IsTrue(expression);
                case BlockSyntax block:
                    var returns = 0;
                    var stack = new Stack<SyntaxNode>();
                    stack.Push(block);
                    while (stack.Count > 0)
                    {
                        var node = stack.Pop();
                        foreach (var child in node.ChildNodes())
                        {
                            switch (child)
                            {
                                case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax:
                                    continue;
                                case ThrowStatementSyntax or ThrowExpressionSyntax:
                                    return false;
                                case ReturnStatementSyntax ret:
                                    if (ret.Expression is null || !IsTrue(ret.Expression)) return false;
                                    returns++;
                                    continue;
                                case YieldStatementSyntax:
                                    return false;
                            }

                            stack.Push(child);
                        }
                    }

                    return returns > 0;
                default:
                    return false;
            }
        }

        /// <summary>
        /// A partial bypass: the body accepts any certificate when the host is one it names, and validates otherwise
        /// (<c>errors == SslPolicyErrors.None || request.RequestUri.Host == "gateway.corp"</c>, or
        /// <c>if (host == "gateway.corp") return true;</c>). Never throws on those paths.
        /// </summary>
        public static bool AcceptsAnyForSomeHosts(SyntaxNode? body)
        {
            switch (body)
            {
                case ExpressionSyntax expression:
                    return IsHostBypass(expression);
                case BlockSyntax block:
                    foreach (var node in block.DescendantNodes(n => n is not AnonymousFunctionExpressionSyntax and not LocalFunctionStatementSyntax))
                    {
                        switch (node)
                        {
                            case ReturnStatementSyntax { Expression: { } returned } when IsHostBypass(returned):
                                return true;
                            case IfStatementSyntax ifStatement when MentionsHostComparison(ifStatement.Condition) && ReturnsTrue(ifStatement.Statement):
                                return true;
                        }
                    }

                    return false;
                default:
                    return false;
            }
        }

        private static bool ReturnsTrue(StatementSyntax statement) => statement switch
        {
            ReturnStatementSyntax { Expression: { } e } => IsTrue(e),
            BlockSyntax { Statements.Count: > 0 } b => b.Statements[b.Statements.Count - 1] is ReturnStatementSyntax { Expression: { } last } && IsTrue(last),
            _ => false,
        };

        /// <summary>An || whose one side compares the host with a constant: that side accepts regardless of errors.</summary>
        private static bool IsHostBypass(ExpressionSyntax expression)
        {
            while (expression is ParenthesizedExpressionSyntax p) expression = p.Expression;
            if (expression is not BinaryExpressionSyntax binary || !binary.IsKind(SyntaxKind.LogicalOrExpression)) return false;
            return MentionsHostComparison(binary.Left) || MentionsHostComparison(binary.Right) ||
                   IsHostBypass(binary.Left) || IsHostBypass(binary.Right);
        }

        private static bool MentionsHostComparison(ExpressionSyntax expression)
        {
            while (expression is ParenthesizedExpressionSyntax p) expression = p.Expression;
            switch (expression)
            {
                case BinaryExpressionSyntax b when b.IsKind(SyntaxKind.LogicalOrExpression):
                    return MentionsHostComparison(b.Left) || MentionsHostComparison(b.Right);
                case BinaryExpressionSyntax b when b.IsKind(SyntaxKind.LogicalAndExpression):
                    // host == "x" && thumbprint == pin pins the certificate for that host: a real check.
                    return (MentionsHostComparison(b.Left) && !ChecksCertificate(b.Right)) ||
                           (MentionsHostComparison(b.Right) && !ChecksCertificate(b.Left));
                case BinaryExpressionSyntax b when b.IsKind(SyntaxKind.EqualsExpression):
                    return (b.Left is LiteralExpressionSyntax && NamesHost(b.Right)) || (b.Right is LiteralExpressionSyntax && NamesHost(b.Left));
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } call
                    when member.Name.Identifier.ValueText is "Equals" or "EndsWith" or "StartsWith" or "Contains":
                    return NamesHost(call);
                default:
                    return false;
            }
        }

        private static bool ChecksCertificate(SyntaxNode node)
        {
            var text = node.ToString();
            foreach (var word in CertificateWords)
            {
                if (text.IndexOf(word, System.StringComparison.Ordinal) >= 0) return true;
            }

            return false;
        }

        private static readonly string[] CertificateWords =
        {
            "Thumbprint", "CertHash", "Chain", "Subject", "Issuer", "PublicKey", "SslPolicyErrors", "Verify", "Validate", "SerialNumber",
        };

        private static bool NamesHost(SyntaxNode node)
        {
            var text = node.ToString();
            return text.IndexOf("Host", System.StringComparison.Ordinal) >= 0 || text.IndexOf("host", System.StringComparison.Ordinal) >= 0 ||
                   text.IndexOf("Authority", System.StringComparison.Ordinal) >= 0;
        }

        /// <summary>Lambda or anonymous method syntax that accepts everything.</summary>
        public static bool IsAcceptAllFunction(SyntaxNode? node) => node switch
        {
            AnonymousFunctionExpressionSyntax f => AlwaysTrue((SyntaxNode?)f.ExpressionBody ?? f.Block),
            _ => false,
        };

        /// <summary>
        /// Reads an initializer expression without symbols: a lambda, an anonymous method, the dangerous validator, a
        /// delegate creation around one, or the name of a method of <paramref name="containingType"/>.
        /// </summary>
        public static bool IsAcceptAllExpression(ExpressionSyntax? expression, INamedTypeSymbol? containingType, int depth = 0,
            TypeDeclarationSyntax? containingTypeSyntax = null)
        {
            if (expression is null || depth > 4) return false;
            switch (expression)
            {
                case ParenthesizedExpressionSyntax p:
                    return IsAcceptAllExpression(p.Expression, containingType, depth + 1, containingTypeSyntax);
                case CastExpressionSyntax cast:
                    return IsAcceptAllExpression(cast.Expression, containingType, depth + 1, containingTypeSyntax);
                case AnonymousFunctionExpressionSyntax:
                    return IsAcceptAllFunction(expression);
                case MemberAccessExpressionSyntax member when member.Name.Identifier.ValueText == DangerousValidator:
                    return true;
                case IdentifierNameSyntax id when id.Identifier.ValueText == DangerousValidator:
                    return true;
                case BaseObjectCreationExpressionSyntax creation when creation.ArgumentList?.Arguments.Count == 1:
                    return IsAcceptAllExpression(creation.ArgumentList.Arguments[0].Expression, containingType, depth + 1, containingTypeSyntax);
                case IdentifierNameSyntax methodName when containingType is null && containingTypeSyntax is not null:
                    // Inactive #if region: no symbols, so look the method up by name in the enclosing type's syntax.
                    foreach (var member in containingTypeSyntax.Members)
                    {
                        if (member is MethodDeclarationSyntax m && m.Identifier.ValueText == methodName.Identifier.ValueText &&
                            AlwaysTrue((SyntaxNode?)m.ExpressionBody?.Expression ?? m.Body))
                            return true;
                    }

                    return false;
                case IdentifierNameSyntax methodName when containingType is not null:
                    foreach (var member in containingType.GetMembers(methodName.Identifier.ValueText))
                    {
                        if (member is IMethodSymbol method && IsAcceptAllMethod(method)) return true;
                    }

                    return false;
                default:
                    return false;
            }
        }

        /// <summary>A source method or local function whose body accepts everything.</summary>
        public static bool IsAcceptAllMethod(IMethodSymbol method)
        {
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                switch (reference.GetSyntax())
                {
                    case MethodDeclarationSyntax m:
                        return AlwaysTrue((SyntaxNode?)m.ExpressionBody?.Expression ?? m.Body);
                    case LocalFunctionStatementSyntax l:
                        return AlwaysTrue((SyntaxNode?)l.ExpressionBody?.Expression ?? l.Body);
                }
            }

            return false;
        }

        /// <summary>A source field, property or local holding an accept-all delegate.</summary>
        /// <summary>
        /// A method of the compilation that returns an accept-all callback (<c>static RemoteCertificateValidationCallback
        /// Insecure() =&gt; (s, c, ch, e) =&gt; true;</c>, or a body whose only return is one): read from its syntax, never bound.
        /// </summary>
        public static bool IsAcceptAllFactory(IMethodSymbol method)
        {
            if (method.ReturnType.TypeKind != TypeKind.Delegate) return false;
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                var (expressionBody, body) = reference.GetSyntax() switch
                {
                    MethodDeclarationSyntax m => (m.ExpressionBody?.Expression, m.Body),
                    LocalFunctionStatementSyntax l => (l.ExpressionBody?.Expression, l.Body),
                    _ => (null, null),
                };
                var returned = expressionBody ??
                               (body is { Statements: { Count: 1 } statements } && statements[0] is ReturnStatementSyntax ret ? ret.Expression : null);
                return IsAcceptAllExpression(returned, method.ContainingType);
            }

            return false;
        }

        public static bool IsAcceptAllHolder(ISymbol symbol)
        {
            foreach (var reference in symbol.DeclaringSyntaxReferences)
            {
                switch (reference.GetSyntax())
                {
                    case VariableDeclaratorSyntax v:
                        return IsAcceptAllExpression(v.Initializer?.Value, symbol.ContainingType);
                    case PropertyDeclarationSyntax p:
                        return IsAcceptAllExpression(p.Initializer?.Value ?? p.ExpressionBody?.Expression, symbol.ContainingType);
                }
            }

            return false;
        }

        private static bool IsTrue(ExpressionSyntax expression)
        {
            while (expression is ParenthesizedExpressionSyntax p) expression = p.Expression;
            if (expression is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.LogicalOrExpression))
                return IsTrue(binary.Left) || IsTrue(binary.Right);                          // "errors == None || true"
            return expression.IsKind(SyntaxKind.TrueLiteralExpression);
        }

        /// <summary>
        /// True when <paramref name="position"/> lies in a branch that is compiled only when DEBUG is defined
        /// (<c>#if DEBUG</c>, <c>#elif DEBUG</c>, the <c>#else</c> of <c>#if !DEBUG</c>).
        /// </summary>
        public static bool IsUnderDebug(SyntaxTree tree, int position, System.Threading.CancellationToken cancellationToken)
        {
            if (ConditionalDirectives.Collect(tree, cancellationToken, position) is not { } directives) return false;
            var stack = new List<int>();
            foreach (var entry in directives)
            {
                Track(stack, entry.Directive);
            }

            foreach (var s in stack)
            {
                if (s > 0) return true;
            }

            return false;
        }

        /// <summary>Updates the branch stack with one directive: +1 DEBUG-only branch, -1 non-DEBUG branch, 0 unrelated.</summary>
        public static void Track(List<int> stack, DirectiveTriviaSyntax directive)
        {
            switch (directive)
            {
                case IfDirectiveTriviaSyntax i:
                    stack.Add(DebugSign(i.Condition));
                    break;
                case ElifDirectiveTriviaSyntax e when stack.Count > 0:
                    stack[stack.Count - 1] = DebugSign(e.Condition);
                    break;
                case ElseDirectiveTriviaSyntax when stack.Count > 0:
                    stack[stack.Count - 1] = -stack[stack.Count - 1];
                    break;
                case EndIfDirectiveTriviaSyntax when stack.Count > 0:
                    stack.RemoveAt(stack.Count - 1);
                    break;
            }
        }

        private static int DebugSign(ExpressionSyntax condition)
        {
            switch (condition)
            {
                case IdentifierNameSyntax id:
                    return id.Identifier.ValueText == "DEBUG" ? 1 : 0;
                case ParenthesizedExpressionSyntax p:
                    return DebugSign(p.Expression);
                case PrefixUnaryExpressionSyntax u when u.IsKind(SyntaxKind.LogicalNotExpression):
                    return -DebugSign(u.Operand);
                case BinaryExpressionSyntax b when b.IsKind(SyntaxKind.LogicalAndExpression):
                    var l = DebugSign(b.Left);
                    var r = DebugSign(b.Right);
                    return l > 0 || r > 0 ? 1 : 0;
                default:
                    return 0;
            }
        }
    }
}
