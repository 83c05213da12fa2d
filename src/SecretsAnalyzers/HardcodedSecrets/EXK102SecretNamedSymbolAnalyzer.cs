using System;
using System.Collections.Immutable;
using System.Threading;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SecretsAnalyzers.Internal;
using SecretsAnalyzers.Options;

namespace SecretsAnalyzers.HardcodedSecrets
{
    /// <summary>
    /// EXK102: a real-looking constant string initialises or is assigned to a secret-named field, const, property,
    /// local, parameter default, argument, initialiser member or dictionary entry, or sits as a secret-named
    /// <c>key=value</c> pair in a connection-string-like literal. Literal-driven: every decision is made by
    /// <see cref="HardcodedSecretSites"/>, so a literal EXK101 (or EXK107) owns is never reported here.
    /// </summary>
    public sealed class EXK102SecretNamedSymbolAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.EXK102SecretInSecretNamedSymbol);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start =>
            {
                var known = HardcodedKnownTypes.From(start.Compilation);
                var options = new SecretsOptionsCache(start.Options);
                var isTest = ProjectContext.IsTestProject(start.Compilation);
                var constantNames = new ConstantOnlyNames();
                // Any length: a password-class name takes a chosen password of any length (no length gate).
                // A literal that initialises a symbol waits for its type's value scope (EXK101 may own it through a sink).
                // Only a literal stored in a secret-named symbol (or holding a credential inside) can be EXK102's through a symbol.
                var scopes = TypeValueScopes<IOperation>.Register(start, (token, position) =>
                        SymbolValueIndex.PositionName(position) is not { } name ||
                        options.For(position.SyntaxTree).Names.Classify(name) != SecretKind.None ||
                        EmbeddedCredentials.MayContain(token.ValueText),
                    (end, uses, pending) =>
                {
                    foreach (var literal in pending) Judge(literal, known, options, new SiteLookups(uses, constantNames), isTest, end.ReportDiagnostic, end.CancellationToken);
                });
                start.RegisterOperationAction(c =>
                {
                    if (!IsCandidate(c.Operation, options, c.CancellationToken)) return;
                    if (!HardcodedSecretSites.NeedsSymbolUses(c.Operation, c.CancellationToken) || !scopes.Defer(c.ContainingSymbol, c.Operation))
                        Judge(c.Operation, known, options, new SiteLookups(null, constantNames), isTest, c.ReportDiagnostic, c.CancellationToken);
                }, OperationKind.Literal, OperationKind.Utf8String);

                // A lambda's parameter defaults are not part of the body's operation tree (Roslyn 4.8): read them where the
                // lambda is written; the default is bound inside the member being analysed.
                start.RegisterSyntaxNodeAction(c =>
                {
                    foreach (var parameter in ((ParenthesizedLambdaExpressionSyntax)c.Node).ParameterList.Parameters)
                    {
                        if (parameter.Default?.Value is not LiteralExpressionSyntax literal) continue;
                        if (c.SemanticModel.GetOperation(literal, c.CancellationToken) is not { } operation || !IsCandidate(operation, options, c.CancellationToken)) continue;
                        Judge(operation, known, options, new SiteLookups(null, constantNames), isTest, c.ReportDiagnostic, c.CancellationToken);
                    }
                }, SyntaxKind.ParenthesizedLambdaExpression);
            });
        }

        private static bool IsCandidate(IOperation operation, SecretsOptionsCache cache, CancellationToken cancellationToken)
        {
            string? value = operation is IUtf8StringOperation utf8 ? utf8.Value : operation.ConstantValue.Value as string;
            if (value is null || value.Length == 0) return false;

            // A short piece of a concatenation ("a" + …) is never a chosen password on its own: skip it before any walk, so a
            // deep constant concatenation stays linear.
            if (value.Length < 8 && operation.Parent is IBinaryOperation) return false;

            // One report per constant expression: only its first literal speaks for it.
            if (operation is ILiteralOperation)
            {
                if (ConstantTracker.IsLaterTermOfConcatenation(operation)) return false;
                var root = ConstantTracker.ConstantRoot(operation);
                if (!ReferenceEquals(root, operation) && !ConstantTracker.IsFirstStringLiteralOf(operation, root)) return false;
            }

            // Only a literal in a secret-named position (or a connection string with a secret-named pair) can be EXK102's:
            // decide that first, without the sink search through symbols that TryGetSite runs to give EXK101 precedence.
            return HardcodedSecretSites.MayBeNamedSite(operation, cache.For(operation.Syntax.SyntaxTree), cancellationToken);
        }

        private static void Judge(IOperation operation, HardcodedKnownTypes known, SecretsOptionsCache cache, SiteLookups lookups, bool isTest,
            Action<Diagnostic> report, CancellationToken cancellationToken)
        {
            var options = cache.For(operation.Syntax.SyntaxTree);
            if (!HardcodedSecretSites.TryGetSite(operation, options, known, lookups, out var site, cancellationToken)) return;
            if (site.Rule != HardcodedSecretRule.EXK102) return;
            var descriptor = Descriptors.EXK102SecretInSecretNamedSymbol;
            report(Report.Create(descriptor, site.Node.GetLocation(), isTest, site.CreateProperties(),
                site.Target, site.Length.ToString(CultureInfo.InvariantCulture) + " characters"));
        }
    }
}
