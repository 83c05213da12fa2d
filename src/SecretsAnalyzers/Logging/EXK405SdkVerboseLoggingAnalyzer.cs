using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SecretsAnalyzers.Internal;

namespace SecretsAnalyzers.Logging
{
    /// <summary>
    /// EXK405: an exchange SDK is told to log its signed requests — ccxt <c>verbose = true</c>, the Binance connector's
    /// <c>BinanceLoggingHandler</c>, or Debug/Trace logging (<c>SetMinimumLevel</c>, <c>AddFilter</c>) in a project that
    /// references CryptoExchange.Net (its Debug event 4008 logs every request header).
    /// </summary>
    public sealed class EXK405SdkVerboseLoggingAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Diagnostic property: "verbose", "handler" or "level" (what the code fix changes).</summary>
        public const string KindProperty = "Kind";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.EXK405SdkLogsSignedRequests);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var known = LoggingKnownTypes.From(start.Compilation);
                if (known.CcxtExchange is not null)
                {
                    start.RegisterOperationAction(c => OnAssignment(c, known), OperationKind.SimpleAssignment);
                }

                // One action per operation kind (the driver builds a context per action and operation): each check runs
                // when its SDK is referenced, in the order they were once registered separately.
                var levels = known.ReferencesCryptoExchangeNet;
                var handlers = known.ReferencesCryptoExchangeNet || known.CcxtExchange is not null || known.BinanceLoggingHandler is not null;
                var nlogLevel = known.ReferencesCryptoExchangeNet && known.NLogBridgesMel ? known.NLogLevel : null;
                if (levels || handlers || nlogLevel is not null)
                {
                    start.RegisterOperationAction(c =>
                    {
                        if (levels) OnInvocation(c, known);
                        if (handlers) OnHandlerLog(c, known);
                        if (nlogLevel is not null) OnNLogRule(c, nlogLevel);
                    }, OperationKind.Invocation);
                }

                var creations = known.CcxtExchange is not null || known.BinanceLoggingHandler is not null;
                if (creations || nlogLevel is not null)
                {
                    start.RegisterOperationAction(c =>
                    {
                        if (creations) OnCreation(c, known);
                        if (nlogLevel is not null) OnNLogRule(c, nlogLevel);
                    }, OperationKind.ObjectCreation);
                }
            });
        }

        private static void OnAssignment(OperationAnalysisContext context, LoggingKnownTypes known)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            var member = assignment.Target switch
            {
                IPropertyReferenceOperation p => (ISymbol)p.Property,
                IFieldReferenceOperation f => f.Field,
                _ => null,
            };
            if (member is null || member.Name != "verbose" || !LoggingKnownTypes.DerivesFrom(member.ContainingType, known.CcxtExchange)) return;
            if (assignment.Value.ConstantValue is not { HasValue: true, Value: true }) return;
            Report(context, assignment.Value, "ccxt 'verbose = true'", "verbose");
        }

        private static void OnCreation(OperationAnalysisContext context, LoggingKnownTypes known)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            var type = creation.Type;
            if (type is null) return;

            if (LoggingKnownTypes.Is(type, known.BinanceLoggingHandler))
            {
                // A handler on a public market-data client logs nothing secret. Silent when the method hands its client
                // to a consumer and no credentials (an apiKey/apiSecret argument, a *Credentials object); reported when
                // credentials are passed, or when the client leaves the method (returned, stored) for unknown use.
                var (credentials, consumed) = ClientUse(creation);
                if (credentials || !consumed) Report(context, creation, "BinanceLoggingHandler", "handler");
                return;
            }

            if (!LoggingKnownTypes.DerivesFrom(type, known.CcxtExchange)) return;

            // new ccxt.binance(new Dictionary<string, object> { ["verbose"] = true }) or { { "verbose", true } }
            foreach (var argument in creation.Arguments)
            {
                var value = argument.Value.WalkDownConversion();
                var initializer = value switch
                {
                    IObjectCreationOperation o => o.Initializer,
                    _ => null,
                };
                if (initializer is not null)
                {
                    foreach (var init in initializer.Initializers)
                    {
                        IOperation? key = null, flag = null;
                        if (init is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } indexer } set)
                        {
                            key = indexer.Arguments[0].Value;
                            flag = set.Value;
                        }
                        else if (init is IInvocationOperation { Arguments.Length: 2 } add)
                        {
                            key = add.Arguments[0].Value;
                            flag = add.Arguments[1].Value;
                        }

                        if (key?.ConstantValue.Value is "verbose" && flag?.WalkDownConversion().ConstantValue.Value is true)
                            Report(context, flag!.WalkDownConversion(), "ccxt 'verbose = true'", "verbose");
                    }
                }

                if (value is IAnonymousObjectCreationOperation anonymous)
                {
                    foreach (var init in anonymous.Initializers)
                    {
                        if (init is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "verbose" } } a &&
                            a.Value.ConstantValue.Value is true)
                            Report(context, a.Value, "ccxt 'verbose = true'", "verbose");
                    }
                }
            }
        }

        /// <summary>
        /// In the method around <paramref name="operation"/>: are credentials passed anywhere, and is an HttpClient handed
        /// to a consumer (a constructor or method taking an HttpClient parameter)?
        /// </summary>
        private static (bool Credentials, bool Consumed) ClientUse(IOperation operation)
        {
            var root = operation;
            while (root.Parent is { } parent) root = parent;
            var consumed = false;
            foreach (var descendant in root.DescendantsAndSelf())
            {
                switch (descendant)
                {
                    case IArgumentOperation { Parameter: { } parameter } when parameter.Type.SpecialType == SpecialType.System_String &&
                                                                              SecretNameModel.Default.Classify(parameter.Name) != SecretKind.None:
                        return (true, true);
                    case IObjectCreationOperation { Type: { } created } when created.Name.EndsWith("Credentials", StringComparison.Ordinal) ||
                                                                              created.Name.EndsWith("Credential", StringComparison.Ordinal):
                        return (true, true);
                    case IArgumentOperation { Parameter.Type.Name: "HttpClient" }:
                        consumed = true;
                        break;
                }
            }

            return (false, consumed);
        }

        private static void OnInvocation(OperationAnalysisContext context, LoggingKnownTypes known)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            if (known.SerilogBridgesMel && LoggingKnownTypes.InNamespace(method.ContainingType, "Serilog.Configuration") &&
                method.ContainingType.Name == "LoggerMinimumLevelConfiguration")
            {
                OnSerilogMinimumLevel(context, invocation);
                return;
            }

            if (method.Name != "SetMinimumLevel" && method.Name != "AddFilter") return;
            if (!LoggingKnownTypes.InNamespace(method.ContainingType, "Microsoft.Extensions.Logging")) return;

            IOperation? level = null;
            string? category = null;
            var hasCategory = false;
            foreach (var argument in invocation.Arguments)
            {
                var parameter = argument.Parameter;
                if (parameter is null) continue;
                if (parameter.Type.Name == "LogLevel" && LoggingKnownTypes.InNamespace(parameter.Type, "Microsoft.Extensions.Logging"))
                {
                    level = argument.Value;
                }
                else if (parameter.Name == "category" && parameter.Type.SpecialType == SpecialType.System_String)
                {
                    hasCategory = true;
                    category = argument.Value.ConstantValue.Value as string;
                    if (!argument.Value.ConstantValue.HasValue) return;   // computed category: unknown
                }
            }

            if (level is null || level.ConstantValue is not { HasValue: true, Value: int value } || value > 1) return;   // Trace = 0, Debug = 1
            if (hasCategory && category is not null && !IsExchangeCategory(category)) return;
            var levelName = value == 0 ? "Trace" : "Debug";
            Report(context, level, method.Name + "(LogLevel." + levelName + ")", "level");
        }

        /// <summary>
        /// Serilog bridged into Microsoft.Extensions.Logging: <c>MinimumLevel.Debug()</c> / <c>.Verbose()</c>,
        /// <c>MinimumLevel.Is(LogEventLevel.Debug)</c>, <c>MinimumLevel.Override("CryptoExchange.Net", LogEventLevel.Debug)</c>.
        /// </summary>
        private static void OnSerilogMinimumLevel(OperationAnalysisContext context, IInvocationOperation invocation)
        {
            var name = invocation.TargetMethod.Name;
            if (name == "Debug" || name == "Verbose")
            {
                var at = invocation.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax
                {
                    Expression: Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax member,
                }
                    ? member.Name.GetLocation()
                    : invocation.Syntax.GetLocation();
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.EXK405SdkLogsSignedRequests, at,
                    ImmutableDictionary<string, string?>.Empty.Add(KindProperty, "serilog"), "Serilog MinimumLevel." + name + "()"));
                return;
            }

            if (name != "Is" && name != "Override") return;
            IOperation? level = null;
            string? source = null;
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Type.Name == "LogEventLevel") level = argument.Value;
                else if (argument.Parameter?.Type.SpecialType == SpecialType.System_String)
                {
                    if (argument.Value.ConstantValue is not { HasValue: true, Value: string text }) return;
                    source = text;
                }
            }

            // LogEventLevel: Verbose = 0, Debug = 1.
            if (level?.ConstantValue is not { HasValue: true, Value: int value } || value > 1) return;
            if (name == "Override" && (source is null || !IsExchangeCategory(source))) return;
            Report(context, level, "Serilog MinimumLevel." + name + "(" + (value == 0 ? "Verbose" : "Debug") + ")", "level");
        }

        /// <summary>
        /// NLog bridged into Microsoft.Extensions.Logging: a rule that lets Debug/Trace through for the SDK's loggers —
        /// <c>config.AddRule(LogLevel.Debug, LogLevel.Fatal, target, "CryptoExchange.Net*")</c>, <c>AddRuleForOneLevel</c>,
        /// <c>AddRuleForAllLevels</c>, <c>new LoggingRule("Binance*", LogLevel.Trace, target)</c>, and the fluent
        /// <c>ForLogger("CryptoExchange.Net*").FilterMinLevel(LogLevel.Debug)</c> / <c>FilterLevel</c> / <c>FilterLevels</c> /
        /// <c>ForLogger(LogLevel.Debug, …)</c>. The logger-name pattern decides: "*" (the default) and the SDK's namespaces
        /// count, the app's own categories do not; a computed pattern or level is unknown and stays silent.
        /// </summary>
        private static void OnNLogRule(OperationAnalysisContext context, INamedTypeSymbol logLevel)
        {
            IMethodSymbol? method;
            ImmutableArray<IArgumentOperation> arguments;
            switch (context.Operation)
            {
                case IInvocationOperation invocation:
                    method = invocation.TargetMethod;
                    arguments = invocation.Arguments;
                    break;
                case IObjectCreationOperation creation:
                    method = creation.Constructor;
                    arguments = creation.Arguments;
                    break;
                default:
                    return;
            }

            if (method is null) return;
            var type = method.ContainingType;
            var name = method.Name;
            var isConfiguration = type.Name == "LoggingConfiguration" && LoggingKnownTypes.InNamespace(type, "NLog.Config") && name.StartsWith("AddRule", StringComparison.Ordinal);
            var isRule = method.MethodKind == MethodKind.Constructor && type.Name == "LoggingRule" && LoggingKnownTypes.InNamespace(type, "NLog.Config");
            var isFluent = type.Name == "SetupLoadConfigurationExtensions" && LoggingKnownTypes.InNamespace(type, "NLog") &&
                           (name is "FilterMinLevel" or "FilterLevel" or "FilterLevels" or "ForLogger");
            if (!isConfiguration && !isRule && !isFluent) return;

            IOperation? level = null;
            string? pattern = "*";
            var hasPatternParameter = false;
            foreach (var argument in arguments)
            {
                var parameter = argument.Parameter;
                if (parameter is null) continue;
                if (SymbolEqualityComparer.Default.Equals(parameter.Type, logLevel))
                {
                    // The first level parameter is the minimum (minLevel, level, finalMinLevel).
                    level ??= argument.Value;
                }
                else if (parameter.Name == "loggerNamePattern")
                {
                    hasPatternParameter = true;
                    if (argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Value.ConstantValue is { HasValue: true, Value: null }) continue;
                    if (argument.Value.ConstantValue is not { HasValue: true, Value: string text }) return;   // computed pattern: unknown
                    pattern = text;
                }
            }

            if (isFluent && name != "ForLogger")
            {
                // The pattern is ForLogger's, earlier in the chain (the extension method's receiver).
                pattern = FluentPattern(arguments.Length > 0 ? arguments[0].Value : null);
                if (pattern is null) return;
            }
            else if (!hasPatternParameter && isRule)
            {
                return;
            }

            string levelText;
            if (name == "AddRuleForAllLevels")
            {
                levelText = "all levels";
            }
            else
            {
                if (level is null || NLogLevelName(level, logLevel) is not { } levelName) return;
                levelText = "LogLevel." + levelName;
            }

            if (!IsExchangeCategory(pattern.Trim('*'))) return;
            var at = level ?? context.Operation;
            var what = "NLog " + (isRule ? "LoggingRule" : name) + "(" + levelText + ")";
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.EXK405SdkLogsSignedRequests, at.Syntax.GetLocation(),
                ImmutableDictionary<string, string?>.Empty.Add(KindProperty, "nlog"), what));
        }

        /// <summary>"Trace" or "Debug" for <c>NLog.LogLevel.Trace</c> / <c>.Debug</c>; null for any other or computed level.</summary>
        private static string? NLogLevelName(IOperation level, INamedTypeSymbol logLevel) =>
            level.WalkDownConversion() is IFieldReferenceOperation { Field: { IsStatic: true, Name: "Trace" or "Debug" } field } &&
            SymbolEqualityComparer.Default.Equals(field.ContainingType, logLevel)
                ? field.Name
                : null;

        /// <summary>The logger-name pattern of the <c>ForLogger(…)</c> call a fluent filter hangs from; null when unknown.</summary>
        private static string? FluentPattern(IOperation? receiver)
        {
            for (var i = 0; i < 8 && receiver?.WalkDownConversion() is IInvocationOperation call; i++)
            {
                if (call.TargetMethod.Name == "ForLogger")
                {
                    foreach (var argument in call.Arguments)
                    {
                        if (argument.Parameter?.Name != "loggerNamePattern") continue;
                        if (argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Value.ConstantValue is { HasValue: true, Value: null }) return "*";
                        return argument.Value.ConstantValue.Value as string;
                    }

                    return "*";
                }

                receiver = call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0 ? call.Arguments[0].Value : call.Instance;
            }

            return null;
        }

        /// <summary>
        /// A logging <c>DelegatingHandler</c> of the app: its <c>SendAsync</c>/<c>Send</c> override writes the whole request
        /// (the request object, <c>request.ToString()</c>, <c>request.Headers</c>) to a log sink, in a project that
        /// references an exchange SDK. The handler's consumer (<c>AddHttpMessageHandler&lt;T&gt;()</c>, <c>new HttpClient(handler)</c>
        /// in another type) is usually out of sight of a per-member analysis, so the report sits on the log call itself;
        /// the method, the URL path or the status line alone are not reported.
        /// </summary>
        private static void OnHandlerLog(OperationAnalysisContext context, LoggingKnownTypes known)
        {
            if (context.ContainingSymbol is not IMethodSymbol { IsOverride: true, Name: "SendAsync" or "Send" } send || !IsDelegatingHandler(send.ContainingType)) return;
            var invocation = (IInvocationOperation)context.Operation;
            if (LogSinks.Classify(invocation, known) is not { } sink) return;
            if (sink.Template is { } template && WholeRequest(template.Value) is { } inTemplate)
            {
                ReportHandler(context, inTemplate, send.ContainingType.Name, sink.Display);
                return;
            }

            foreach (var value in sink.Values)
            {
                if (WholeRequest(value) is { } found)
                {
                    ReportHandler(context, found, send.ContainingType.Name, sink.Display);
                    return;
                }
            }
        }

        private static void ReportHandler(OperationAnalysisContext context, IOperation at, string handler, string sink) =>
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.EXK405SdkLogsSignedRequests, at.Syntax.GetLocation(),
                ImmutableDictionary<string, string?>.Empty.Add(KindProperty, "request"), "Logging handler '" + handler + "' (the whole request to " + sink + ")"));

        private static bool IsDelegatingHandler(INamedTypeSymbol? type)
        {
            for (var t = type?.BaseType; t is not null; t = t.BaseType)
            {
                if (t.Name == "DelegatingHandler" && LoggingKnownTypes.InNamespace(t, "System.Net.Http")) return true;
            }

            return false;
        }

        private static bool IsRequestMessage(ITypeSymbol? type) =>
            type is { Name: "HttpRequestMessage" } && LoggingKnownTypes.InNamespace(type, "System.Net.Http");

        /// <summary>
        /// The part of a logged value that prints the whole request with its headers: a request passed as an object or
        /// interpolated, <c>request.ToString()</c>, or <c>request.Headers</c> itself (printed or <c>ToString()</c>-ed).
        /// Members read off the request (<c>Method</c>, <c>RequestUri.AbsolutePath</c>, <c>Headers.Count</c>) are not.
        /// </summary>
        private static IOperation? WholeRequest(IOperation value)
        {
            foreach (var operation in value.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IInvocationOperation { TargetMethod.Name: "ToString", Instance: { } instance } call
                        when call.Arguments.IsEmpty && (IsRequestMessage(instance.Type) || IsHeaders(instance)):
                        return call;
                    case IPropertyReferenceOperation headers when IsHeaders(headers) && IsPrinted(headers):
                        return headers;
                    case IParameterReferenceOperation or ILocalReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation
                        when IsRequestMessage(operation.Type) && IsPrinted(operation):
                        return operation;
                }
            }

            return null;
        }

        private static bool IsHeaders(IOperation operation) =>
            operation is IPropertyReferenceOperation { Property.Name: "Headers", Instance: { } owner } && IsRequestMessage(owner.Type);

        /// <summary>The value itself is printed (converted to object/string, interpolated, an argument), not a member of it read.</summary>
        private static bool IsPrinted(IOperation operation)
        {
            var parent = operation.Parent;
            while (parent is IConversionOperation) parent = parent.Parent;
            return parent is IInterpolationOperation or IArgumentOperation or IArrayInitializerOperation or IBinaryOperation;
        }

        /// <summary>A category that covers CryptoExchange.Net clients: "CryptoExchange…", an exchange's namespace ("Binance.Net").</summary>
        private static bool IsExchangeCategory(string category) =>
            category.Length == 0 ||
            category.StartsWith("CryptoExchange", StringComparison.Ordinal) ||
            ExchangeNames.FindIn(category.Split('.')[0]) is not null;

        private static void Report(OperationAnalysisContext context, IOperation at, string what, string kind) =>
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.EXK405SdkLogsSignedRequests, at.Syntax.GetLocation(),
                ImmutableDictionary<string, string?>.Empty.Add(KindProperty, kind), what));
    }
}
