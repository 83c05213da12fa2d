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
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
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

                if (known.CcxtExchange is not null || known.BinanceLoggingHandler is not null)
                    start.RegisterOperationAction(c => OnCreation(c, known), OperationKind.ObjectCreation);

                if (known.ReferencesCryptoExchangeNet)
                    start.RegisterOperationAction(c => OnInvocation(c, known), OperationKind.Invocation);
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
                Report(context, creation, "BinanceLoggingHandler", "handler");
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

        private static void OnInvocation(OperationAnalysisContext context, LoggingKnownTypes known)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
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
