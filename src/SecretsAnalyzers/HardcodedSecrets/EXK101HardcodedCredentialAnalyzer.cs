using System.Collections.Concurrent;
using System.Collections.Immutable;
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
    /// EXK101: a compile-time constant string reaches a credential parameter or property of a known exchange SDK
    /// (catalog D1–D8), an exchange authentication header (catalog A2) or a user API listed in
    /// <c>secrets_analyzers.EXK101.extra_credential_apis</c>. The constant may travel through a local, a const, a
    /// static readonly field or a getter-only property; the squiggle sits on the literal. EXK107 (Info) replaces
    /// EXK101/EXK102 when the value is a published documentation example key.
    /// </summary>
    public sealed class EXK101HardcodedCredentialAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.EXK101HardcodedCredential, Descriptors.EXK107PublicExampleKey);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start =>
            {
                var state = new State(HardcodedKnownTypes.From(start.Compilation), new SecretsOptionsCache(start.Options),
                    ProjectContext.IsTestProject(start.Compilation));
                start.RegisterOperationAction(c => OnCall(c, state), OperationKind.ObjectCreation, OperationKind.Invocation);
                start.RegisterOperationAction(c => OnAssignment(c, state), OperationKind.SimpleAssignment);
                // Literals that initialise a symbol are judged when their type's value scope is complete (its symbol end).
                // Only a literal that passes the value gate (or a piece of a concatenation or interpolation, judged whole)
                // and is stored in a symbol can reach a credential API through that symbol.
                var scopes = TypeValueScopes<IOperation>.Register(start,
                    (token, _) => token.Parent?.Parent is InterpolatedStringExpressionSyntax || token.Parent?.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } ||
                                  HardcodedSecretSites.PassesValueGate(token.ValueText),
                    (end, uses, pending) =>
                {
                    foreach (var literal in pending) Judge(literal, state, uses, end.ReportDiagnostic, end.CancellationToken);
                });
                start.RegisterOperationAction(c => OnLiteral(c, state, scopes), OperationKind.Literal, OperationKind.Utf8String);
            });
        }

        private sealed class State
        {
            public State(HardcodedKnownTypes known, SecretsOptionsCache options, bool isTestProject)
            {
                Known = known;
                Options = options;
                IsTestProject = isTestProject;
            }

            public HardcodedKnownTypes Known { get; }

            public SecretsOptionsCache Options { get; }

            public bool IsTestProject { get; }

            public ConstantOnlyNames ConstantNames { get; } = new ConstantOnlyNames();

            /// <summary>One diagnostic per literal even when a const reaches several sinks.</summary>
            public ConcurrentDictionary<Location, byte> Reported { get; } = new ConcurrentDictionary<Location, byte>();
        }

        private static void OnCall(OperationAnalysisContext context, State state)
        {
            ImmutableArray<IArgumentOperation> arguments;
            IMethodSymbol? method;
            switch (context.Operation)
            {
                case IObjectCreationOperation creation:
                    arguments = creation.Arguments;
                    method = creation.Constructor;
                    break;
                case IInvocationOperation invocation:
                    arguments = invocation.Arguments;
                    method = invocation.TargetMethod;
                    break;
                default:
                    return;
            }

            if (method is null || arguments.IsDefaultOrEmpty) return;
            var sinkType = state.Known.GetSinkType(method.ContainingType);
            var options = state.Options.For(context.Operation.Syntax.SyntaxTree);
            if (sinkType is null && method.Name != "SetApiCredentials" && method.Name != "Add" &&
                options.GetList(RuleIds.EXK101, HardcodedKnownTypes.ExtraApisKey).IsDefaultOrEmpty)
                return;

            foreach (var argument in arguments)
            {
                if (argument.Value is null || argument.ArgumentKind == ArgumentKind.DefaultValue) continue;
                Check(context, state, options, argument.Value);
            }

            // ccxt: credentials inside the config dictionary or anonymous object handed to the exchange constructor.
            if (sinkType?.Family == SinkFamily.Ccxt && (context.Operation is IObjectCreationOperation || method.Name == "DynamicallyCreateInstance"))
            {
                foreach (var argument in arguments)
                {
                    var config = ConstantTracker.Unwrap(argument.Value);
                    switch (config)
                    {
                        case IObjectCreationOperation { Initializer: { } initializer }:
                            foreach (var entry in initializer.Initializers)
                            {
                                if (entry is IInvocationOperation { Arguments.Length: 2 } add) Check(context, state, options, add.Arguments[1].Value);
                                else if (entry is ISimpleAssignmentOperation assignment) Check(context, state, options, assignment.Value);
                            }

                            break;
                        case IAnonymousObjectCreationOperation anonymous:
                            foreach (var member in anonymous.Initializers)
                            {
                                if (member is ISimpleAssignmentOperation assignment) Check(context, state, options, assignment.Value);
                            }

                            break;
                    }
                }
            }
        }

        private static void OnAssignment(OperationAnalysisContext context, State state)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (assignment.Target is not (IPropertyReferenceOperation or IFieldReferenceOperation) || assignment.Value is null) return;
            Check(context, state, state.Options.For(assignment.Syntax.SyntaxTree), assignment.Value);
        }

        private static void Check(OperationAnalysisContext context, State state, SecretsOptions options, IOperation value)
        {
            if (!HardcodedSecretSites.TryMatchSink(value, state.Known, options, out var sink, out _)) return;
            // Known-answer test material in a test project (see KnownAnswerTests): a vector checked against an expected output.
            if (state.IsTestProject && KnownAnswerTests.IsKnownAnswerTest(value.Syntax)) return;

            // A non-constant local or member of this type: the literal's side follows it (symbol end), not this call.
            if (ConstantTracker.ValueSymbol(value) is { } held && !IsConstant(held) &&
                (held is ILocalSymbol || SymbolEqualityComparer.Default.Equals(held.ContainingType, context.ContainingSymbol?.ContainingType)))
                return;
            if (!ConstantTracker.TryTrack(value, out var constant, true, context.CancellationToken)) return;
            var text = constant.Value;
            if (sink.Kind == SecretKind.AccessToken || sink.Display.IndexOf("X-Auth", System.StringComparison.Ordinal) >= 0)
                text = HardcodedKnownTypes.StripAuthScheme(text);

            // A published example key is reported as EXK107 by the literal action (through HardcodedSecretSites).
            if (SecretValues.IsPublicExampleKey(text, out _)) return;
            if (!HardcodedSecretSites.LooksRealForSink(text, sink.Kind)) return;
            if (HardcodedSecretSites.HasPlaceholderCredentialSibling(value, sink, state.Known, options)) return;

            var location = constant.Origin.GetLocation();
            if (!context.Compilation.ContainsSyntaxTree(constant.Origin.SyntaxTree)) return;

            // A literal outside this call that travelled through a local or a member of this type is reported from the
            // literal's side at the type's symbol end (SymbolValueIndex): that keeps the diagnostic local to its node. Only
            // flows from another type (a nested type's use of an outer const included) are reported from here.
            if (!context.Operation.Syntax.Span.Contains(constant.Origin.Span) || constant.Origin.SyntaxTree != context.Operation.Syntax.SyntaxTree)
            {
                if (constant.ThroughSymbol is ILocalSymbol ||
                    SymbolEqualityComparer.Default.Equals(constant.ThroughSymbol?.ContainingType, context.ContainingSymbol?.ContainingType))
                    return;
            }

            if (!state.Reported.TryAdd(location, 0)) return;

            var exchange = sink.Exchange ?? HardcodedSecretSites.ExchangeFromContext(value);
            var canFix = HardcodedSecretSites.CanFixAt(value, constant.Origin, state.ConstantNames, context.CancellationToken);
            var properties = FixProperties.Create(exchange, HardcodedKnownTypes.LookupName(sink.Kind), sink.Kind, canFix,
                decode: constant.OriginIsUtf8Literal ? ConstantEncodings.Utf8 : null);
            context.ReportDiagnostic(Report.Create(Descriptors.EXK101HardcodedCredential, location, state.IsTestProject, properties,
                sink.Display, text.Length.ToString(CultureInfo.InvariantCulture) + " characters"));
        }

        private static bool IsConstant(ISymbol symbol) => symbol is IFieldSymbol { IsConst: true } or ILocalSymbol { IsConst: true };

        /// <summary>
        /// From the literal's side: published example keys (EXK107) in EXK101/EXK102 positions, and literals that reach a
        /// sink through a local, const, field or property of the same type (EXK101, reported locally). A literal that
        /// initialises a symbol waits for the type's symbol end (deferred in <paramref name="scopes"/>); the others are judged now.
        /// </summary>
        private static void OnLiteral(OperationAnalysisContext context, State state, TypeValueScopes<IOperation> scopes)
        {
            var operation = context.Operation;
            string? value = operation is IUtf8StringOperation utf8 ? utf8.Value : operation.ConstantValue.Value as string;
            if (value is null || value.Length < 6) return;
            if (operation is ILiteralOperation)
            {
                if (ConstantTracker.IsLaterTermOfConcatenation(operation)) return;
                var root = ConstantTracker.ConstantRoot(operation);
                if (!ReferenceEquals(root, operation) && !ConstantTracker.IsFirstStringLiteralOf(operation, root)) return;
            }

            if (!HardcodedSecretSites.PassesValueGate(operation)) return;
            if (HardcodedSecretSites.NeedsSymbolUses(operation, context.CancellationToken) && scopes.Defer(context.ContainingSymbol, operation)) return;

            Judge(operation, state, null, context.ReportDiagnostic, context.CancellationToken);
        }

        private static void Judge(IOperation operation, State state, SymbolValueIndex? uses, System.Action<Diagnostic> report, System.Threading.CancellationToken cancellationToken)
        {
            var options = state.Options.For(operation.Syntax.SyntaxTree);
            if (!HardcodedSecretSites.TryGetSite(operation, options, state.Known, new SiteLookups(uses, state.ConstantNames), out var site, cancellationToken)) return;
            if (site.Rule == HardcodedSecretRule.EXK107)
            {
                report(Report.Create(Descriptors.EXK107PublicExampleKey, site.Node.GetLocation(), state.IsTestProject,
                    site.CreateProperties(), site.Target, site.ExampleOrigin));
                return;
            }

            if (site.Rule != HardcodedSecretRule.EXK101) return;
            var location = site.Node.GetLocation();
            if (!state.Reported.TryAdd(location, 0)) return;
            report(Report.Create(Descriptors.EXK101HardcodedCredential, location, state.IsTestProject,
                site.CreateProperties(), site.Target, site.Describe()));
        }
    }
}
