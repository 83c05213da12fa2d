using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using SecretsAnalyzers.Options;
using SecretsAnalyzers.Internal;

namespace SecretsAnalyzers.Logging
{
    /// <summary>
    /// EXK401 (secret written to a log), EXK402 (secret put in an exception message or Data) and EXK404 (secret placed
    /// in a URL). Sinks are found first; the intra-method flow of <see cref="SecretFlow"/> is built only for operation
    /// blocks that contain one. Each body's sinks, returns and calls to helpers of its own type are recorded as the
    /// driver visits it; at symbol end the helpers are summarised (<see cref="HelperSummaries"/>) and the bodies that
    /// call one are judged again: a secret a helper returns, passes through, or hands to a sink is reported at the caller.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EXK401SecretLoggingAnalyzer : DiagnosticAnalyzer
    {
        public const string MaskMethodsKey = OptionKeys.MaskMethods;

        /// <summary>Diagnostic property: how the Remove fix can delete the secret ("placeholder", "hole", "concat").</summary>
        public const string RemoveKindProperty = "RemoveKind";

        /// <summary>Diagnostic property: the index of the template placeholder a removed argument fills.</summary>
        public const string PlaceholderIndexProperty = "PlaceholderIndex";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            Descriptors.EXK401SecretLogged, Descriptors.EXK402SecretInException, Descriptors.EXK404SecretInUrl);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var known = LoggingKnownTypes.From(start.Compilation);
                var sources = new SecretSources(known);
                var cache = new SecretsOptionsCache(start.Options);
                start.RegisterSymbolStartAction(type =>
                {
                    var typeSymbol = (INamedTypeSymbol)type.Symbol;
                    var records = new List<BodyRecord>();
                    type.RegisterOperationBlockStartAction(block =>
                    {
                        if (block.OperationBlocks.IsDefaultOrEmpty) return;
                        var record = new BodyRecord(block.OwningSymbol, block.OperationBlocks, block.OperationBlocks[0].Syntax.SyntaxTree);
                        lock (records) records.Add(record);
                        var state = new BlockState(sources, cache, record, typeSymbol, records);
                        block.RegisterOperationAction(state.OnInvocation, OperationKind.Invocation);
                        block.RegisterOperationAction(state.OnObjectCreation, OperationKind.ObjectCreation);
                        block.RegisterOperationAction(state.OnAssignment, OperationKind.SimpleAssignment);
                        block.RegisterOperationAction(state.OnReturn, OperationKind.Return);
                    });
                    type.RegisterSymbolEndAction(end => JudgeHelperCalls(end, records, sources, cache));
                }, SymbolKind.NamedType);
            });
        }

        /// <summary>Symbol end: summarise the type's helpers and judge again every body that calls one.</summary>
        private static void JudgeHelperCalls(SymbolAnalysisContext context, List<BodyRecord> records, SecretSources sources, SecretsOptionsCache cache)
        {
            var summaries = new HelperSummaries(records, sources, tree =>
            {
                var options = cache.For(tree);
                return (options.Names, options.GetList(null, MaskMethodsKey));
            });

            // Only bodies that call a helper which returns, passes through or logs a secret are judged again.
            List<BodyRecord>? callers = null;
            foreach (var record in records)
            {
                if (record.IsLocalFunction) continue;   // its sinks and calls are judged with the method around it
                foreach (var call in record.HelperCalls)
                {
                    if (summaries.Get(call.TargetMethod) is { CarriesSecrets: true })
                    {
                        (callers ??= new List<BodyRecord>()).Add(record);
                        break;
                    }
                }
            }

            if (callers is null) return;
            var hits = new List<SecretHit>();
            foreach (var record in callers)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var options = cache.For(record.Tree);
                var flow = new SecretFlow(sources, options.Names, options.GetList(null, MaskMethodsKey), record.Blocks, summaries);
                foreach (var sink in record.Sinks)
                {
                    hits.Clear();
                    flow.Collect(sink.Value, hits, sink.UrlMode);
                    foreach (var hit in hits)
                    {
                        var placeholder = ReferenceEquals(sink.Value.WalkDownImplicitConversion(), hit.At.WalkDownImplicitConversion()) ? sink.Placeholder : null;
                        Report(context.ReportDiagnostic, record, sink.Descriptor, hit.At, hit.Description, sink.SinkName, placeholder);
                    }
                }

                foreach (var call in record.HelperCalls)
                {
                    var helper = summaries.Get(call.TargetMethod);
                    if (helper is null) continue;
                    foreach (var parameterSink in helper.Sinks)
                    {
                        var argument = HelperSummaries.ArgumentFor(call, parameterSink.Ordinal);
                        if (argument is null || argument.ConstantValue.HasValue) continue;
                        hits.Clear();
                        flow.Collect(argument, hits, parameterSink.UrlMode);
                        foreach (var hit in hits)
                            Report(context.ReportDiagnostic, record, parameterSink.Descriptor, hit.At, hit.Description,
                                parameterSink.SinkName + " via '" + call.TargetMethod.Name + "'", null, removable: false);
                    }
                }
            }
        }

        private static void Report(Action<Diagnostic> report, BodyRecord record, DiagnosticDescriptor descriptor, IOperation at, string description,
            string sinkName, int? placeholder, bool removable = true)
        {
            var syntax = at.Syntax;
            lock (record.Gate)
            {
                if (!record.Reported.Add((descriptor.Id, syntax.Span))) return;
            }

            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            if (!removable)
            {
                // A secret handed to a helper: the argument is the helper's input, so only redaction is offered.
            }
            else if (placeholder is { } index)
            {
                properties[RemoveKindProperty] = "placeholder";
                properties[PlaceholderIndexProperty] = index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (syntax.Parent is InterpolationSyntax)
            {
                properties[RemoveKindProperty] = "hole";
            }
            else if (syntax.Parent is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression))
            {
                properties[RemoveKindProperty] = "concat";
            }

            report(Diagnostic.Create(descriptor, syntax.GetLocation(), properties.ToImmutable(), description, sinkName));
        }

        private sealed class BlockState
        {
            private static readonly HashSet<string> UrlMethods = new HashSet<string>(StringComparer.Ordinal)
            {
                "GetAsync", "GetStringAsync", "GetStreamAsync", "GetByteArrayAsync", "PostAsync", "PutAsync", "PatchAsync",
                "DeleteAsync", "GetFromJsonAsync", "PostAsJsonAsync", "PutAsJsonAsync", "PatchAsJsonAsync", "DeleteFromJsonAsync",
                "DownloadString", "DownloadStringTaskAsync", "DownloadData", "DownloadDataTaskAsync", "UploadString",
                "UploadStringTaskAsync", "OpenRead", "OpenReadTaskAsync", "ConnectAsync", "AddQueryString",
            };

            private readonly SecretSources _sources;
            private readonly SecretsOptionsCache _cache;
            private readonly BodyRecord _record;
            private readonly List<BodyRecord> _typeRecords;
            private Dictionary<IMethodSymbol, BodyRecord>? _localFunctions;
            private Dictionary<IOperation, IOperation?>? _enclosing;
            private readonly INamedTypeSymbol _type;
            private SecretFlow? _flow;

            public BlockState(SecretSources sources, SecretsOptionsCache cache, BodyRecord record, INamedTypeSymbol type, List<BodyRecord> typeRecords)
            {
                _typeRecords = typeRecords;
                _sources = sources;
                _cache = cache;
                _record = record;
                _type = type;
            }

            private SecretFlow Flow(SyntaxTree tree)
            {
                lock (_record.Gate)
                {
                    if (_flow is null)
                    {
                        var options = _cache.For(tree);
                        _flow = new SecretFlow(_sources, options.Names, options.GetList(null, MaskMethodsKey), _record.Blocks);
                    }

                    return _flow;
                }
            }

            public void OnReturn(OperationAnalysisContext context)
            {
                if (((IReturnOperation)context.Operation).ReturnedValue is not { } value) return;
                switch (EnclosingFunction(value))
                {
                    case null:
                        lock (_record.Gate) _record.Returns.Add(value);
                        break;
                    case ILocalFunctionOperation localFunction when LocalFunctionRecord(localFunction) is { } local:
                        lock (local.Gate) local.Returns.Add(value);
                        break;
                }

                // A lambda's return is not the method's.
            }

            /// <summary>
            /// The innermost local function or lambda around <paramref name="operation"/> within this block, if any. The
            /// answer is kept for every ancestor walked, so the walks of one block cost its size once, however deep.
            /// </summary>
            private IOperation? EnclosingFunction(IOperation operation)
            {
                lock (_record.Gate)
                {
                    _enclosing ??= new Dictionary<IOperation, IOperation?>();
                    var walked = new List<IOperation>();
                    IOperation? found = null;
                    for (var current = operation.Parent; current is not null; current = current.Parent)
                    {
                        if (current is ILocalFunctionOperation or IAnonymousFunctionOperation)
                        {
                            found = current;
                            break;
                        }

                        if (_enclosing.TryGetValue(current, out found)) break;
                        walked.Add(current);
                    }

                    foreach (var node in walked) _enclosing[node] = found;
                    return found;
                }
            }

            /// <summary>
            /// The record of a local function of this body: it gets its own summary (a helper like any other). Its sinks
            /// and calls are also recorded on the method around it, which alone is judged again at symbol end.
            /// </summary>
            private BodyRecord? LocalFunctionRecord(ILocalFunctionOperation localFunction)
            {
                if (localFunction.Body is null) return null;
                lock (_record.Gate)
                {
                    _localFunctions ??= new Dictionary<IMethodSymbol, BodyRecord>(SymbolEqualityComparer.Default);
                    if (_localFunctions.TryGetValue(localFunction.Symbol, out var existing)) return existing;
                    var record = new BodyRecord(localFunction.Symbol, ImmutableArray.Create<IOperation>(localFunction.Body), _record.Tree) { IsLocalFunction = true };
                    _localFunctions[localFunction.Symbol] = record;
                    lock (_typeRecords) _typeRecords.Add(record);
                    return record;
                }
            }

            private BodyRecord? InnermostLocalFunction(IOperation operation) =>
                EnclosingFunction(operation) is ILocalFunctionOperation localFunction ? LocalFunctionRecord(localFunction) : null;

            public void OnInvocation(OperationAnalysisContext context)
            {
                var invocation = (IInvocationOperation)context.Operation;
                var method = invocation.TargetMethod;
                if (method is null) return;

                // A call to a helper declared in this type: judged again at symbol end, with the helper's summary.
                if (SymbolEqualityComparer.Default.Equals(method.ContainingType.OriginalDefinition, _type) &&
                    (method.MethodKind == MethodKind.Ordinary || method.MethodKind == MethodKind.LocalFunction) &&
                    !method.DeclaringSyntaxReferences.IsDefaultOrEmpty)
                {
                    lock (_record.Gate) _record.HelperCalls.Add(invocation);
                    if (InnermostLocalFunction(invocation) is { } local)
                    {
                        lock (local.Gate) local.HelperCalls.Add(invocation);
                    }
                }

                var sink = LogSinks.Classify(invocation, _sources.Known);
                if (sink is not null)
                {
                    CheckLogSink(context, sink);
                    return;
                }

                // ex.Data.Add(key, secret)
                if (method.Name == "Add" && invocation.Instance is IPropertyReferenceOperation { Property.Name: "Data" } data &&
                    LoggingKnownTypes.DerivesFrom(data.Property.ContainingType, _sources.Known.Exception))
                {
                    foreach (var argument in invocation.Arguments)
                        Check(context, Descriptors.EXK402SecretInException, argument.Value, data.Property.ContainingType.Name + ".Data", false, null);
                    return;
                }

                if (UrlMethods.Contains(method.Name) && IsUrlApi(method.ContainingType))
                {
                    foreach (var argument in invocation.Arguments)
                    {
                        var p = argument.Parameter;
                        if (p is null) continue;
                        if (p.Name == "requestUri" || p.Name == "address" || p.Name == "uri" || p.Name == "value" && method.Name == "AddQueryString" ||
                            p.Name == "queryString" || p.Name == "queryParams")
                            Check(context, Descriptors.EXK404SecretInUrl, argument.Value, method.ContainingType.Name + "." + method.Name, true, null);
                    }
                }
            }

            private bool IsUrlApi(INamedTypeSymbol? type)
            {
                if (type is null) return false;
                var ns = LoggingKnownTypes.NamespaceOf(type);
                return ns.StartsWith("System.Net", StringComparison.Ordinal) ||
                       type.Name == "QueryHelpers" && ns.StartsWith("Microsoft.AspNetCore.WebUtilities", StringComparison.Ordinal);
            }

            public void OnObjectCreation(OperationAnalysisContext context)
            {
                var creation = (IObjectCreationOperation)context.Operation;
                var type = creation.Type;
                if (type is null || type.TypeKind == TypeKind.Error) return;
                var known = _sources.Known;

                if (LoggingKnownTypes.DerivesFrom(type, known.Exception))
                {
                    foreach (var argument in creation.Arguments)
                    {
                        if (argument.Parameter is null || LoggingKnownTypes.DerivesFrom(argument.Parameter.Type, known.Exception)) continue;
                        Check(context, Descriptors.EXK402SecretInException, argument.Value, type.Name, false, null);
                    }

                    return;
                }

                if (LoggingKnownTypes.Is(type, known.Uri) || LoggingKnownTypes.Is(type, known.UriBuilder) || LoggingKnownTypes.Is(type, known.HttpRequestMessage))
                {
                    foreach (var argument in creation.Arguments)
                    {
                        var parameterType = argument.Parameter?.Type;
                        if (parameterType?.SpecialType != SpecialType.System_String) continue;
                        Check(context, Descriptors.EXK404SecretInUrl, argument.Value, "new " + type.Name, true, null);
                    }
                }
            }

            public void OnAssignment(OperationAnalysisContext context)
            {
                var assignment = (ISimpleAssignmentOperation)context.Operation;
                if (assignment.Target is not IPropertyReferenceOperation target) return;
                var known = _sources.Known;

                // ex.Data["key"] = secret
                if (target.Property.IsIndexer && target.Instance is IPropertyReferenceOperation { Property.Name: "Data" } data &&
                    LoggingKnownTypes.DerivesFrom(data.Property.ContainingType, known.Exception))
                {
                    Check(context, Descriptors.EXK402SecretInException, assignment.Value, data.Property.ContainingType.Name + ".Data", false, null);
                    return;
                }

                // uriBuilder.Query = …; uriBuilder.Path = …
                if ((target.Property.Name == "Query" || target.Property.Name == "Path") &&
                    LoggingKnownTypes.Is(target.Property.ContainingType, known.UriBuilder))
                    Check(context, Descriptors.EXK404SecretInUrl, assignment.Value, "UriBuilder." + target.Property.Name, true, null);
            }

            private void CheckLogSink(OperationAnalysisContext context, LogSink sink)
            {
                var descriptor = Descriptors.EXK401SecretLogged;
                List<TemplatePlaceholder>? placeholders = null;
                if (sink.Template is not null)
                {
                    Check(context, descriptor, sink.Template.Value, sink.Display, false, null);
                    if (sink.Template.Value.ConstantValue is { HasValue: true, Value: string text }) placeholders = MessageTemplate.Parse(text);
                }

                for (var i = 0; i < sink.Values.Count; i++)
                {
                    var value = sink.Values[i];
                    var placeholder = placeholders is null ? -1 : MessageTemplate.PlaceholderFor(placeholders, i);
                    var found = Check(context, descriptor, value, sink.Display, false, placeholder >= 0 ? placeholder : (int?)null);
                    if (found || placeholder < 0 || !placeholders![placeholder].Destructure) continue;

                    // {@Options}: a structured logger serializes every public property.
                    var flow = Flow(context.Operation.Syntax.SyntaxTree);
                    var stripped = value.WalkDownConversion();
                    var member = _sources.SerializedSecretMember(stripped.Type, flow.Names);
                    if (member is not null)
                        Report(context, descriptor, stripped, "'" + stripped.Type!.Name + "' destructured with secret member '" + member + "'", sink.Display, placeholder);
                }
            }

            private bool Check(OperationAnalysisContext context, DiagnosticDescriptor descriptor, IOperation value, string sinkName, bool urlMode, int? placeholder)
            {
                if (value.ConstantValue.HasValue) return false;
                var use = new SinkUse(descriptor, value, sinkName, urlMode, placeholder);
                lock (_record.Gate) _record.Sinks.Add(use);
                if (InnermostLocalFunction(value) is { } local)
                {
                    lock (local.Gate) local.Sinks.Add(use);
                }
                var flow = Flow(context.Operation.Syntax.SyntaxTree);
                var hits = new List<SecretHit>(1);
                flow.Collect(value, hits, urlMode);
                foreach (var hit in hits)
                {
                    var at = hit.At;
                    Report(context, descriptor, at, hit.Description, sinkName, ReferenceEquals(value.WalkDownImplicitConversion(), at.WalkDownImplicitConversion()) ? placeholder : null);
                }

                return hits.Count > 0;
            }

            private void Report(OperationAnalysisContext context, DiagnosticDescriptor descriptor, IOperation at, string description, string sinkName, int? placeholder) =>
                EXK401SecretLoggingAnalyzer.Report(context.ReportDiagnostic, _record, descriptor, at, description, sinkName, placeholder);
        }
    }
}
