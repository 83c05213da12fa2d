using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecretsAnalyzers.HardcodedSecrets
{
    /// <summary>
    /// EXK104 for key material that reaches a keyed hash or key import through a parameter or field of another member or
    /// type (<c>new RequestSigner("…")</c> whose constructor stores the secret in the field that keys <c>new HMACSHA256(_key)</c>).
    /// It walks the same sinks as <see cref="EXK104SigningKeyAnalyzer"/> (one walk for both when the package analyzer hosts
    /// them) with compilation-level operation actions only, records the facts in a <see cref="SigningKeyFlow"/> and joins
    /// them at compilation end; its only descriptor is the CompilationEnd twin of EXK104, so its findings appear in builds,
    /// CI and full-solution analysis, while the in-member findings of <see cref="EXK104SigningKeyAnalyzer"/> stay live.
    /// </summary>
    public sealed class EXK104SigningKeyFlowAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.EXK104HardcodedSigningKeyFlow);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            // The sink walk of EXK104 (shared with it when both are hosted by the package analyzer, so each sink is checked
            // once), plus the initialiser facts and the compilation-end join; run alone, keys found in a member are only marked.
            context.RegisterCompilationStartAction(start => EXK104SigningKeyAnalyzer.Register(start, reportInMember: false, joinFlow: true));
        }
    }
}
