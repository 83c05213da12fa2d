using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretsAnalyzers.HardcodedSecrets;
using SecretsAnalyzers.Internal;
using SecretsAnalyzers.Logging;
using SecretsAnalyzers.Permissions;
using SecretsAnalyzers.Transport;

namespace SecretsAnalyzers
{
    /// <summary>
    /// The package's analyzer: every rule (EXK101–EXK405) run as one analyzer through <see cref="RuleHost"/>, so the
    /// driver schedules one set of actions instead of sixteen. The rule classes in the family folders are analyzers of
    /// their own for their tests and carry no <see cref="DiagnosticAnalyzerAttribute"/>; a rule missing from
    /// <see cref="CreateRules"/> does not run (RuleHostTests check that each one is listed).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SecretsAnalyzer : DiagnosticAnalyzer
    {
        private readonly RuleHost _host = new RuleHost(CreateRules());

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => _host.SupportedDiagnostics;

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            _host.Register(context);
        }

        /// <summary>A fresh instance of every rule, in id order.</summary>
        internal static ImmutableArray<DiagnosticAnalyzer> CreateRules() => ImmutableArray.Create<DiagnosticAnalyzer>(
            new EXK101HardcodedCredentialAnalyzer(),
            new EXK102SecretNamedSymbolAnalyzer(),
            new EXK103CredentialShapeAnalyzer(),
            new EXK104SigningKeyAnalyzer(),
            new EXK104SigningKeyFlowAnalyzer(),
            new EXK105ConfigFileSecretAnalyzer(),
            new EXK201PlainHttpAnalyzer(),
            new EXK201ConfigFileEndpointAnalyzer(),
            new EXK203CertificateValidationAnalyzer(),
            new EXK204ObsoleteTlsAnalyzer(),
            new EXK301PermissionScopeAnalyzer(),
            new EXK303IpWhitelistAnalyzer(),
            new EXK304GrantedPermissionsAnalyzer(),
            new EXK401SecretLoggingAnalyzer(),
            new EXK401HelperFlowAnalyzer(),
            new EXK403TypePrintsSecretsAnalyzer(),
            new EXK405SdkVerboseLoggingAnalyzer());
    }
}
