using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretsAnalyzers.Internal;

namespace SecretsAnalyzers.HardcodedSecrets
{
    /// <summary>
    /// EXK104 for key material that reaches a keyed hash or key import through a parameter or field of another member or
    /// type (<c>new RequestSigner("…")</c> whose constructor stores the secret in the field that keys <c>new HMACSHA256(_key)</c>).
    /// It walks the same sinks as <see cref="EXK104SigningKeyAnalyzer"/> with compilation-level operation actions only,
    /// records the facts in a <see cref="SigningKeyFlow"/> and joins them at compilation end; its only descriptor is the
    /// CompilationEnd twin of EXK104. Kept apart from the in-member analyzer so that analyzer stays a plain live analyzer
    /// in IDEs (which treat an analyzer with a compilation-end descriptor differently) and this one's work is only done
    /// where compilation-end diagnostics are wanted (build, CI, full-solution analysis).
    /// </summary>
    public sealed class EXK104SigningKeyFlowAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.EXK104HardcodedSigningKeyFlow);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start =>
            {
                var known = SigningKnownTypes.From(start.Compilation);
                if (!known.IsValid) return;
                var lower = ProjectContext.IsTestProject(start.Compilation);

                // Compilation-level actions only (no per-symbol or per-block registrations), joined once at the end.
                var flow = new SigningKeyFlow();
                EXK104SigningKeyAnalyzer.RegisterSinkActions(start, known, lower, flow);
                start.RegisterOperationAction(c => EXK104SigningKeyAnalyzer.OnInitializer(c, flow), OperationKind.FieldInitializer, OperationKind.PropertyInitializer);
                start.RegisterCompilationEndAction(c => flow.ReportAtEnd(c, lower));
            });
        }
    }
}
