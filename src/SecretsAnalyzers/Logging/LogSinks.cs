using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SecretsAnalyzers.Internal;

namespace SecretsAnalyzers.Logging
{
    /// <summary>A logging call: its display name, its message template (if any) and the values it formats, in order.</summary>
    internal sealed class LogSink
    {
        public LogSink(string display, IArgumentOperation? template, List<IOperation> values)
        {
            Display = display;
            Template = template;
            Values = values;
        }

        public string Display { get; }

        public IArgumentOperation? Template { get; }

        public List<IOperation> Values { get; }
    }

    /// <summary>Recognises the EXK401 sinks by metadata name: cheap method-name filter first, then the containing type.</summary>
    internal static class LogSinks
    {
        private static readonly HashSet<string> CandidateNames = new HashSet<string>(StringComparer.Ordinal)
        {
            // Microsoft.Extensions.Logging
            "Log", "LogTrace", "LogDebug", "LogInformation", "LogWarning", "LogError", "LogCritical", "BeginScope",
            // Serilog
            "Verbose", "Debug", "Information", "Warning", "Error", "Fatal", "Write", "ForContext", "PushProperty",
            // NLog
            "Trace", "Info", "Warn", "ConditionalDebug", "ConditionalTrace", "PushNestedState", "WithProperty", "SetProperty",
            // log4net
            "DebugFormat", "InfoFormat", "WarnFormat", "ErrorFormat", "FatalFormat",
            // Console, TextWriter, Debug, Trace
            "WriteLine", "WriteAsync", "WriteLineAsync", "WriteIf", "WriteLineIf", "Print", "Fail", "Assert",
            "TraceInformation", "TraceWarning", "TraceError", "TraceEvent", "TraceData",
            // Activity
            "SetTag", "AddTag", "AddEvent", "AddBaggage", "SetBaggage", "SetStatus",
            // Application Insights
            "TrackEvent", "TrackTrace", "TrackException", "TrackMetric", "TrackDependency", "TrackRequest", "TrackPageView",
            "TrackAvailability",
        };

        public static LogSink? Classify(IInvocationOperation invocation, LoggingKnownTypes known)
        {
            var method = invocation.TargetMethod;
            if (method.MethodKind == MethodKind.DelegateInvoke)
                return LoggerMessageDelegate(invocation, method, known);

            if (!CandidateNames.Contains(method.Name))
                return HasLoggerMessageAttribute(method, known) ? Build("[LoggerMessage] " + method.Name, invocation, known) : null;

            var type = method.ContainingType;
            if (type is null) return null;
            string? display = null;
            if (LoggingKnownTypes.Is(type, known.MelLoggerExtensions) || LoggingKnownTypes.Implements(type, known.MelILogger) && (method.Name == "Log" || method.Name == "BeginScope"))
                display = "ILogger." + method.Name;
            else if (LoggingKnownTypes.NamespaceStartsWith(type, "Serilog") &&
                     (LoggingKnownTypes.Implements(type, known.SerilogILogger) || LoggingKnownTypes.Is(type, known.SerilogLog) || LoggingKnownTypes.Is(type, known.SerilogLogContext)))
                display = "Serilog " + method.Name;
            else if (LoggingKnownTypes.NamespaceStartsWith(type, "NLog") &&
                     (type.Name.IndexOf("Logger", StringComparison.Ordinal) >= 0 || type.Name == "ScopeContext" || type.Name == "MappedDiagnosticsLogicalContext"))
                display = "NLog " + method.Name;
            else if (LoggingKnownTypes.NamespaceStartsWith(type, "log4net") && (LoggingKnownTypes.Implements(type, known.Log4NetILog) || type.Name == "ILog"))
                display = "log4net " + method.Name;
            else if (LoggingKnownTypes.Is(type, known.Console))
                display = "Console." + method.Name;
            else if (LoggingKnownTypes.Is(type, known.Debug) || LoggingKnownTypes.Is(type, known.Trace))
                display = type.Name + "." + method.Name;
            else if (LoggingKnownTypes.DerivesFrom(type, known.TextWriter))
                display = ConsoleWriter(invocation.Instance, known) is { } writer ? writer + "." + method.Name : null;
            else if (LoggingKnownTypes.Is(type, known.Activity))
                display = "Activity." + method.Name;
            else if (LoggingKnownTypes.Is(type, known.TelemetryClient) || type.Name == "TelemetryClient" && LoggingKnownTypes.NamespaceIs(type, "Microsoft.ApplicationInsights"))
                display = "TelemetryClient." + method.Name;

            return display is null ? null : Build(display, invocation, known);
        }

        private static LogSink? LoggerMessageDelegate(IInvocationOperation invocation, IMethodSymbol invoke, LoggingKnownTypes known)
        {
            // LoggerMessage.Define<T1..>(…) returns Action<ILogger, T1, …, Exception?>: every argument but the logger and the exception is logged.
            if (invoke.Parameters.Length < 2 || !LoggingKnownTypes.Implements(invoke.Parameters[0].Type, known.MelILogger)) return null;
            if (!invoke.ContainingType.Name.Equals("Action", StringComparison.Ordinal)) return null;
            return Build("LoggerMessage.Define delegate", invocation, known);
        }

        private static bool HasLoggerMessageAttribute(IMethodSymbol method, LoggingKnownTypes known)
        {
            if (known.LoggerMessageAttribute is null || !(method.IsPartialDefinition || method.PartialDefinitionPart is not null))
                return false;
            var definition = method.PartialDefinitionPart ?? method;
            foreach (var attribute in definition.GetAttributes())
            {
                if (LoggingKnownTypes.Is(attribute.AttributeClass, known.LoggerMessageAttribute)) return true;
            }

            return false;
        }

        /// <summary>"Console.Out"/"Console.Error" when the receiver is one of them (directly or through a local initialised from it).</summary>
        private static string? ConsoleWriter(IOperation? receiver, LoggingKnownTypes known)
        {
            for (var i = 0; i < 3 && receiver is not null; i++)
            {
                receiver = receiver.WalkDownConversion();
                if (receiver is IPropertyReferenceOperation p && LoggingKnownTypes.Is(p.Property.ContainingType, known.Console) &&
                    (p.Property.Name == "Out" || p.Property.Name == "Error"))
                    return "Console." + p.Property.Name;
                if (receiver is IInvocationOperation { TargetMethod.Name: "Synchronized" } sync && sync.Arguments.Length == 1)
                {
                    receiver = sync.Arguments[0].Value;
                    continue;
                }

                if (receiver is ILocalReferenceOperation local)
                {
                    receiver = LocalInitializer(local);
                    continue;
                }

                return null;
            }

            return null;
        }

        private static IOperation? LocalInitializer(ILocalReferenceOperation local)
        {
            foreach (var op in local.Root().Descendants())
            {
                if (op is IVariableDeclaratorOperation d && SymbolEqualityComparer.Default.Equals(d.Symbol, local.Local))
                    return d.Initializer?.Value;
            }

            return null;
        }

        private static LogSink Build(string display, IInvocationOperation invocation, LoggingKnownTypes known)
        {
            var method = invocation.TargetMethod;
            IArgumentOperation? template = null;
            var values = new List<IOperation>();
            foreach (var argument in invocation.Arguments)
            {
                var parameter = argument.Parameter;
                if (parameter is null) continue;
                if (method.IsExtensionMethod && parameter.Ordinal == 0 && !method.Name.StartsWith("Track", StringComparison.Ordinal)) continue;
                if (IsPlumbing(parameter.Type, known)) continue;
                if (template is null && parameter.Type.SpecialType == SpecialType.System_String && IsTemplateName(parameter.Name))
                {
                    template = argument;
                    continue;
                }

                if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation array)
                {
                    if (array.Initializer is not null) values.AddRange(array.Initializer.ElementValues);
                    continue;
                }

                if (argument.IsImplicit && argument.Value.IsImplicit && argument.ArgumentKind == ArgumentKind.DefaultValue) continue;
                values.Add(argument.Value);
            }

            return new LogSink(display, template, values);
        }

        private static bool IsTemplateName(string name) =>
            name == "message" || name == "messageTemplate" || name == "format" || name == "messageFormat";

        private static bool IsPlumbing(ITypeSymbol type, LoggingKnownTypes known)
        {
            if (type.TypeKind == TypeKind.Delegate || type.SpecialType == SpecialType.System_Boolean) return true;
            if (LoggingKnownTypes.Implements(type, known.MelILogger) || LoggingKnownTypes.Is(type, known.LogLevel) || LoggingKnownTypes.Is(type, known.EventId))
                return true;
            if (LoggingKnownTypes.DerivesFrom(type, known.Exception)) return true;
            return type.Name == "IFormatProvider" || type.Name == "LogEventLevel" || type.Name == "LogLevel" || type.Name == "Level";
        }
    }
}
