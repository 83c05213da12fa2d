using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
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
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
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
                start.RegisterOperationAction(c => OnLiteral(c, known, options, isTest), OperationKind.Literal, OperationKind.Utf8String);
            });
        }

        private static void OnLiteral(OperationAnalysisContext context, HardcodedKnownTypes known, SecretsOptionsCache cache, bool isTest)
        {
            var operation = context.Operation;
            string? value = operation is IUtf8StringOperation utf8 ? utf8.Value : operation.ConstantValue.Value as string;
            if (value is null || value.Length == 0) return;

            // A short piece of a concatenation ("a" + …) is never a chosen password on its own: skip it before any walk, so a
            // deep constant concatenation stays linear.
            if (value.Length < 8 && operation.Parent is IBinaryOperation) return;

            // One report per constant expression: only its first literal speaks for it.
            if (operation is ILiteralOperation)
            {
                var root = ConstantTracker.ConstantRoot(operation);
                if (!ReferenceEquals(root, operation) && !ReferenceEquals(FirstLiteral(root), operation)) return;
            }

            var options = cache.For(operation.Syntax.SyntaxTree);

            // Only a literal in a secret-named position (or a connection string with a secret-named pair) can be EXK102's:
            // decide that first, without the sink search through symbols that TryGetSite runs to give EXK101 precedence.
            if (!HardcodedSecretSites.MayBeNamedSite(operation, options, context.CancellationToken)) return;
            if (!HardcodedSecretSites.TryGetSite(operation, options, known, out var site, context.CancellationToken)) return;
            if (site.Rule != HardcodedSecretRule.EXK102) return;
            var descriptor = Descriptors.EXK102SecretInSecretNamedSymbol;
            context.ReportDiagnostic(Report.Create(descriptor, site.Node.GetLocation(), isTest, site.CreateProperties(),
                site.Target, site.Length.ToString(CultureInfo.InvariantCulture) + " characters"));
        }

        private static IOperation? FirstLiteral(IOperation root)
        {
            foreach (var descendant in root.DescendantsAndSelf())
            {
                if (descendant is ILiteralOperation { ConstantValue: { HasValue: true, Value: string } }) return descendant;
            }

            return null;
        }
    }
}
