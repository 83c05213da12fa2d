using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using SecretsAnalyzers.Internal;
using SecretsAnalyzers.Options;

namespace SecretsAnalyzers.Logging
{
    /// <summary>
    /// EXK401 (secret written to a log), EXK402 (secret put in an exception message or Data) and EXK404 (secret placed
    /// in a URL). One compilation-level operation-block action walks each body once; sinks are found first and the
    /// intra-method flow of <see cref="SecretFlow"/> is built only for bodies that contain one. Each body's sinks, returns
    /// and calls to helpers of its own type are recorded (only bodies that show one get a record); at the type's symbol
    /// end the helpers are summarised (<see cref="HelperSummaries"/>) and the bodies that call one are judged again: a
    /// secret a helper returns, passes through, or hands to a sink is reported at the caller. Calls to helpers of other
    /// types are joined at compilation end by <see cref="EXK401HelperFlowAnalyzer"/> from the records of the same walk.
    /// </summary>
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
            context.RegisterCompilationStartAction(start => Register(start, reportInMember: true, joinAcrossTypes: false));
        }

        /// <summary>
        /// What the rules of one compilation share: whether the findings in a member and through helpers of its own type
        /// are reported (EXK401SecretLoggingAnalyzer runs) and the compilation-wide records for the join across types
        /// (<see cref="EXK401HelperFlowAnalyzer"/> runs; null otherwise). Set while the compilation-start actions run,
        /// before any body is walked.
        /// </summary>
        private sealed class Pass
        {
            public bool ReportInMember { get; set; }

            public ConcurrentQueue<BodyRecord>? AcrossTypes { get; set; }
        }

        /// <summary>
        /// Registers, once per compilation for both rules (<see cref="RuleHost.Shared{T}"/>: hosted by the package
        /// analyzer they share one walk; a rule run alone has its own), the walk of every body and the symbol-end join
        /// of each type's helpers; with <paramref name="joinAcrossTypes"/> also the compilation-end join of helpers of
        /// other types (<see cref="EXK401HelperFlowAnalyzer.JoinAcrossTypes"/>). When no rule asks to
        /// <paramref name="reportInMember"/>, the findings in a member and through helpers of its own type are only
        /// marked, so the compilation-end join reports just what needed another type.
        /// </summary>
        internal static void Register(CompilationStartAnalysisContext start, bool reportInMember, bool joinAcrossTypes)
        {
            var pass = RuleHost.Shared(start, () => new Pass(), out var created);
            if (reportInMember) pass.ReportInMember = true;
            var known = LoggingKnownTypes.From(start.Compilation);
            var sources = new SecretSources(known);
            var cache = new SecretsOptionsCache(start.Options);
            if (joinAcrossTypes)
            {
                // Compilation-wide, the records a call to a helper of another type needs: bodies that call a helper,
                // and helpers whose parameters or result can carry text. Joined once at compilation end.
                var records = pass.AcrossTypes ??= new ConcurrentQueue<BodyRecord>();
                start.RegisterCompilationEndAction(end => EXK401HelperFlowAnalyzer.JoinAcrossTypes(end, records, sources, cache));
            }

            if (!created) return;

            // Per type, the records of its bodies that showed a sink, a helper call or a returned value (null for a type
            // that cannot have a helper whose summary carries a secret: nothing to join). The symbol-start callback
            // registers at most the symbol-end action (no per-type operation actions, so the driver groups the actions
            // once per compilation); every body of the type is visited before its symbol end runs.
            var types = new ConcurrentDictionary<INamedTypeSymbol, List<BodyRecord>?>(SymbolEqualityComparer.Default);
            start.RegisterSymbolStartAction(type => StartType(type, types, sources, cache, pass.ReportInMember), SymbolKind.NamedType);
            start.RegisterOperationBlockAction(block => new BodyVisit(block, sources, cache, types, pass.AcrossTypes, pass.ReportInMember).Run());
        }

        /// <summary>
        /// Symbol start of a type. A symbol-end action makes the driver track and group every member of the type, which
        /// costs more than the rest of the rule, so it is registered only for a type that may call a helper of its own
        /// whose summary carries a secret (<see cref="MayHaveHelpers"/>); the bodies of other types are judged in one pass.
        /// </summary>
        private static void StartType(SymbolStartAnalysisContext context, ConcurrentDictionary<INamedTypeSymbol, List<BodyRecord>?> types,
            SecretSources sources, SecretsOptionsCache cache, bool report)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (!MayHaveHelpers(type, sources))
            {
                types[type] = null;
                return;
            }

            types[type] = new List<BodyRecord>();
            context.RegisterSymbolEndAction(end =>
            {
                if (types.TryRemove(type, out var records) && records is not null)
                    JudgeHelperCalls(report ? end.ReportDiagnostic : null, records, sources, cache, end.CancellationToken);
            });
        }

        /// <summary>
        /// False only when no body of <paramref name="type"/> can call a helper of the type whose summary carries a secret
        /// (the only way the symbol-end pass reports): a summary carries a secret only through a result or a parameter
        /// that is not a clean type. Local functions are helpers too, but only the body around them calls them: they are
        /// joined when that body's walk ends (<see cref="BodyState.JudgeLocalHelpers"/>), so a type needs no syntax walk
        /// to find them.
        /// </summary>
        private static bool MayHaveHelpers(INamedTypeSymbol type, SecretSources sources)
        {
            foreach (var member in type.GetMembers())
            {
                if (member is not IMethodSymbol { MethodKind: MethodKind.Ordinary } method || method.DeclaringSyntaxReferences.IsDefaultOrEmpty) continue;
                if (!sources.IsCleanType(method.ReturnType)) return true;
                foreach (var parameter in method.Parameters)
                {
                    if (!sources.IsCleanType(parameter.Type)) return true;
                }
            }

            return false;
        }

        internal static bool MayCarryText(IMethodSymbol method, SecretSources sources)
        {
            if (!sources.IsCleanType(method.ReturnType)) return true;
            foreach (var parameter in method.Parameters)
            {
                if (!sources.IsCleanType(parameter.Type)) return true;
            }

            return false;
        }

        /// <summary>
        /// Symbol end (or, for the local functions of a type without one, the end of their body's walk): summarise the
        /// helpers of <paramref name="records"/> and judge again every body that calls one; <paramref name="report"/> null
        /// only marks.
        /// </summary>
        private static void JudgeHelperCalls(Action<Diagnostic>? report, List<BodyRecord> records, SecretSources sources, SecretsOptionsCache cache,
            CancellationToken cancellationToken)
        {
            // Only bodies that call a helper which returns, passes through or logs a secret are judged again; the
            // summaries are built only for a type with such a call.
            HelperSummaries? summaries = null;
            List<BodyRecord>? callers = null;
            foreach (var record in records)
            {
                if (record.IsLocalFunction) continue;   // its sinks and calls are judged with the method around it
                foreach (var call in record.HelperCalls)
                {
                    summaries ??= Summaries(records, sources, cache);
                    if (summaries.Get(call.TargetMethod) is { CarriesSecrets: true })
                    {
                        (callers ??= new List<BodyRecord>()).Add(record);
                        break;
                    }
                }
            }

            if (callers is null || summaries is null) return;
            var hits = new List<SecretHit>();
            foreach (var record in callers)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Judge(record, summaries, sources, cache, report, descriptor => descriptor, hits);
            }
        }

        /// <summary>
        /// Judges a body again with helper summaries: its sinks (a helper's result that carries a secret) and its calls to
        /// helpers that hand a parameter to a sink. <paramref name="descriptorFor"/> gives the descriptor to report a
        /// finding of a sink's rule with (null: not reported, not marked); <paramref name="report"/> null only marks.
        /// </summary>
        internal static void Judge(BodyRecord record, HelperSummaries summaries, SecretSources sources, SecretsOptionsCache cache,
            Action<Diagnostic>? report, Func<DiagnosticDescriptor, DiagnosticDescriptor?> descriptorFor, List<SecretHit> hits)
        {
            var options = cache.For(record.Tree);
            var flow = new SecretFlow(sources, options.Names, options.GetList(null, MaskMethodsKey), record.Blocks, summaries);
            foreach (var sink in record.Sinks)
            {
                if (descriptorFor(sink.Descriptor) is not { } descriptor) continue;
                hits.Clear();
                flow.Collect(sink.Value, hits, sink.UrlMode);
                foreach (var hit in hits)
                {
                    var placeholder = ReferenceEquals(sink.Value.WalkDownImplicitConversion(), hit.At.WalkDownImplicitConversion()) ? sink.Placeholder : null;
                    Report(report, record, descriptor, hit.At, hit.Description, sink.SinkName, placeholder);
                }
            }

            var ownerType = record.Owner as INamedTypeSymbol ?? record.Owner.ContainingType;
            foreach (var call in record.HelperCalls)
            {
                var helper = summaries.Get(call.TargetMethod);
                if (helper is null) continue;
                foreach (var parameterSink in helper.Sinks)
                {
                    if (descriptorFor(parameterSink.Descriptor) is not { } descriptor) continue;
                    var argument = HelperSummaries.ArgumentFor(call, parameterSink.Ordinal);
                    if (argument is null || argument.ConstantValue.HasValue) continue;
                    hits.Clear();
                    flow.Collect(argument, hits, parameterSink.UrlMode);
                    foreach (var hit in hits)
                        Report(report, record, descriptor, hit.At, hit.Description, parameterSink.SinkName + " via '" + HelperName(call.TargetMethod, ownerType) + "'", null, removable: false);
                }
            }
        }

        /// <summary>A helper of the caller's own type by its name; one of another type as <c>Type.Method</c>.</summary>
        private static string HelperName(IMethodSymbol helper, INamedTypeSymbol? callerType) =>
            helper.MethodKind == MethodKind.LocalFunction || SymbolEqualityComparer.Default.Equals(helper.ContainingType?.OriginalDefinition, callerType?.OriginalDefinition)
                ? helper.Name
                : helper.ContainingType!.Name + "." + helper.Name;

        // Its own method: a lambda capturing a parameter allocates its closure on entry to the method that declares it.
        private static HelperSummaries Summaries(List<BodyRecord> records, SecretSources sources, SecretsOptionsCache cache) =>
            new HelperSummaries(records, sources, tree =>
            {
                var options = cache.For(tree);
                return (options.Names, options.GetList(null, MaskMethodsKey));
            });

        /// <summary>Reports a finding once per (rule, span) of a body; with <paramref name="report"/> null it is only marked as found.</summary>
        private static void Report(Action<Diagnostic>? report, BodyRecord record, DiagnosticDescriptor descriptor, IOperation at, string description,
            string sinkName, int? placeholder, bool removable = true)
        {
            var syntax = at.Syntax;
            lock (record.Gate)
            {
                if (!record.MarkReported(descriptor.Id, syntax.Span)) return;
            }

            if (report is null) return;

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

        /// <summary>
        /// One operation block, walked once by this analyzer (pre-order, as the driver's operation actions would see it):
        /// invocations, object creations, simple assignments and returns are dispatched to the checks below. Nothing is
        /// allocated for a body until it shows a sink value, a call to a helper of its type or a value a helper may
        /// return; then its <see cref="BodyState"/> (record and flow) is created.
        /// </summary>
        private struct BodyVisit
        {
            private static readonly HashSet<string> UrlMethods = new HashSet<string>(StringComparer.Ordinal)
            {
                "GetAsync", "GetStringAsync", "GetStreamAsync", "GetByteArrayAsync", "PostAsync", "PutAsync", "PatchAsync",
                "DeleteAsync", "GetFromJsonAsync", "PostAsJsonAsync", "PutAsJsonAsync", "PatchAsJsonAsync", "DeleteFromJsonAsync",
                "DownloadString", "DownloadStringTaskAsync", "DownloadData", "DownloadDataTaskAsync", "UploadString",
                "UploadStringTaskAsync", "OpenRead", "OpenReadTaskAsync", "ConnectAsync", "AddQueryString",
            };

            /// <summary>The walk's stack, kept per thread so a body costs no allocation (callbacks never re-enter a walk).</summary>
            [ThreadStatic]
            private static Stack<Frame>? t_stack;

            private readonly OperationBlockAnalysisContext _context;
            private readonly SecretSources _sources;
            private readonly SecretsOptionsCache _cache;
            private readonly ConcurrentDictionary<INamedTypeSymbol, List<BodyRecord>?> _types;
            private readonly ConcurrentQueue<BodyRecord>? _acrossTypes;
            private readonly bool _report;
            private INamedTypeSymbol? _type;
            private List<BodyRecord>? _typeRecords;
            private BodyState? _state;

            public BodyVisit(OperationBlockAnalysisContext context, SecretSources sources, SecretsOptionsCache cache,
                ConcurrentDictionary<INamedTypeSymbol, List<BodyRecord>?> types, ConcurrentQueue<BodyRecord>? acrossTypes, bool report)
            {
                _context = context;
                _sources = sources;
                _cache = cache;
                _types = types;
                _acrossTypes = acrossTypes;
                _report = report;
                _type = null;
                _typeRecords = null;
                _state = null;
            }

            private readonly struct Frame
            {
                public Frame(IOperation.OperationList.Enumerator children, IOperation? function)
                {
                    Children = children;
                    Function = function;
                }

                public IOperation.OperationList.Enumerator Children { get; }

                /// <summary>The innermost local function or lambda around the children, within this block; null for none.</summary>
                public IOperation? Function { get; }
            }

            public void Run()
            {
                var blocks = _context.OperationBlocks;
                if (blocks.IsDefaultOrEmpty) return;

                // A member belongs to the records of its own type (a nested type has its own); a type the driver did not
                // start (none of its members are analysed) has none. A type without possible helpers keeps no records.
                var owner = _context.OwningSymbol;
                _type = owner as INamedTypeSymbol ?? owner.ContainingType;
                if (_type is null || !_types.TryGetValue(_type, out _typeRecords)) return;

                var stack = t_stack ?? new Stack<Frame>();
                t_stack = null;
                try
                {
                    foreach (var block in blocks)
                    {
                        stack.Clear();
                        Visit(block, null);
                        stack.Push(new Frame(block.ChildOperations.GetEnumerator(), FunctionAround(block, null)));
                        while (stack.Count > 0)
                        {
                            var frame = stack.Pop();
                            var children = frame.Children;
                            if (!children.MoveNext()) continue;
                            var child = children.Current;
                            stack.Push(new Frame(children, frame.Function));
                            Visit(child, frame.Function);
                            stack.Push(new Frame(child.ChildOperations.GetEnumerator(), FunctionAround(child, frame.Function)));
                        }
                    }
                }
                finally
                {
                    stack.Clear();
                    t_stack = stack;
                }

                if (_state is null) return;
                if (_typeRecords is null) _state.JudgeLocalHelpers(_report ? _context.ReportDiagnostic : null, _context.CancellationToken);
                if (_acrossTypes is not null) _state.KeepAcrossTypes(_acrossTypes, _sources);
            }


            /// <summary>
            /// A call the helper summaries may see through: a helper of this type (ordinary method or local function), or,
            /// when calls across types are joined, an ordinary method of another type of this compilation whose result
            /// can carry text or that is handed a non-constant value for a parameter that can.
            /// </summary>
            private readonly bool IsHelperCall(IInvocationOperation invocation, IMethodSymbol method)
            {
                if (method.MethodKind == MethodKind.LocalFunction) return true;   // joined with this body, whatever its type keeps
                if (method.MethodKind != MethodKind.Ordinary) return false;
                if (method.DeclaringSyntaxReferences.IsDefaultOrEmpty) return false;
                if (SymbolEqualityComparer.Default.Equals(method.ContainingType?.OriginalDefinition, _type)) return _typeRecords is not null;
                if (_acrossTypes is null || method.MethodKind != MethodKind.Ordinary ||
                    !SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, _sources.Known.Compilation.Assembly))
                    return false;
                if (!_sources.IsCleanType(method.ReturnType)) return true;
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter is { } parameter && !argument.Value.ConstantValue.HasValue && !_sources.IsCleanType(parameter.Type)) return true;
                }

                return false;
            }

            private static IOperation? FunctionAround(IOperation operation, IOperation? outer) =>
                operation is ILocalFunctionOperation or IAnonymousFunctionOperation ? operation : outer;

            private void Visit(IOperation operation, IOperation? function)
            {
                switch (operation.Kind)
                {
                    case OperationKind.Invocation:
                        OnInvocation((IInvocationOperation)operation, function);
                        break;
                    case OperationKind.ObjectCreation:
                        OnObjectCreation((IObjectCreationOperation)operation, function);
                        break;
                    case OperationKind.SimpleAssignment:
                        OnAssignment((ISimpleAssignmentOperation)operation, function);
                        break;
                    case OperationKind.Return:
                        OnReturn((IReturnOperation)operation, function);
                        break;
                }
            }

            /// <summary>The body's record and flow, created (and added to its type's records) on first need.</summary>
            private BodyState State
            {
                get
                {
                    if (_state is null)
                    {
                        var blocks = _context.OperationBlocks;
                        var record = new BodyRecord(_context.OwningSymbol, blocks, blocks[0].Syntax.SyntaxTree);
                        if (_typeRecords is not null)
                        {
                            lock (_typeRecords) _typeRecords.Add(record);
                        }

                        _state = new BodyState(_sources, _cache, record, _typeRecords);
                    }

                    return _state;
                }
            }

            private void OnReturn(IReturnOperation operation, IOperation? function)
            {
                if (operation.ReturnedValue is not { } value) return;
                switch (function)
                {
                    case null:
                        // The method's own returns are read only by the summaries of a type that keeps records.
                        if (_typeRecords is null) return;
                        // Returns are read only when the body is summarised as a helper (an ordinary method whose result can
                        // carry text); a body that has a record anyway keeps them all.
                        if (_state is null && !(_context.OwningSymbol is IMethodSymbol { MethodKind: MethodKind.Ordinary } method && !_sources.IsCleanType(method.ReturnType)))
                            return;
                        var record = State.Record;
                        lock (record.Gate) record.Returns.Add(value);
                        break;
                    case ILocalFunctionOperation localFunction:
                        if (_state is null && _sources.IsCleanType(localFunction.Symbol.ReturnType)) return;
                        if (State.LocalFunctionRecord(localFunction) is { } local)
                        {
                            lock (local.Gate) local.Returns.Add(value);
                        }

                        break;
                }

                // A lambda's return is not the method's.
            }

            private BodyRecord? InnermostLocalFunction(IOperation? function) =>
                function is ILocalFunctionOperation localFunction ? State.LocalFunctionRecord(localFunction) : null;

            private void OnInvocation(IInvocationOperation invocation, IOperation? function)
            {
                var method = invocation.TargetMethod;
                if (method is null) return;

                // A call to a helper declared in this type (judged again at symbol end, with the helper's summary) or in
                // another type of the compilation (judged at compilation end).
                if (IsHelperCall(invocation, method))
                {
                    var record = State.Record;
                    lock (record.Gate) record.HelperCalls.Add(invocation);
                    if (InnermostLocalFunction(function) is { } local)
                    {
                        lock (local.Gate) local.HelperCalls.Add(invocation);
                    }
                }

                var sink = LogSinks.Classify(invocation, _sources.Known);
                if (sink is not null)
                {
                    CheckLogSink(invocation, function, sink);
                    return;
                }

                // ex.Data.Add(key, secret)
                if (method.Name == "Add" && invocation.Instance is IPropertyReferenceOperation { Property.Name: "Data" } data &&
                    LoggingKnownTypes.DerivesFrom(data.Property.ContainingType, _sources.Known.Exception))
                {
                    foreach (var argument in invocation.Arguments)
                        Check(invocation, function, Descriptors.EXK402SecretInException, argument.Value, data.Property.ContainingType.Name + ".Data", false, null);
                    return;
                }

                // RestSharp: request.AddQueryParameter("k", secret); request.AddParameter("k", secret, ParameterType.QueryString).
                if ((method.Name == "AddQueryParameter" || method.Name == "AddParameter" && HasQueryStringArgument(invocation)) &&
                    LoggingKnownTypes.NamespaceStartsWith(method.ContainingType, "RestSharp"))
                {
                    foreach (var argument in invocation.Arguments)
                    {
                        if (argument.Parameter is { Name: "value" })
                            Check(invocation, function, Descriptors.EXK404SecretInUrl, argument.Value, "RestRequest." + method.Name, true, null);
                    }

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
                            Check(invocation, function, Descriptors.EXK404SecretInUrl, argument.Value, method.ContainingType.Name + "." + method.Name, true, null);
                    }
                }
            }

            private static bool HasQueryStringArgument(IInvocationOperation invocation)
            {
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Value is IFieldReferenceOperation { Field.Name: "QueryString", Field.ContainingType.Name: "ParameterType" })
                        return true;
                }

                return false;
            }

            private static bool IsUrlApi(INamedTypeSymbol? type)
            {
                if (type is null) return false;
                return LoggingKnownTypes.NamespaceStartsWith(type, "System.Net") ||
                       type.Name == "QueryHelpers" && LoggingKnownTypes.NamespaceStartsWith(type, "Microsoft.AspNetCore.WebUtilities");
            }

            private void OnObjectCreation(IObjectCreationOperation creation, IOperation? function)
            {
                var type = creation.Type;
                if (type is null || type.TypeKind == TypeKind.Error) return;
                var known = _sources.Known;

                if (LoggingKnownTypes.DerivesFrom(type, known.Exception))
                {
                    foreach (var argument in creation.Arguments)
                    {
                        if (argument.Parameter is null || LoggingKnownTypes.DerivesFrom(argument.Parameter.Type, known.Exception)) continue;
                        Check(creation, function, Descriptors.EXK402SecretInException, argument.Value, type.Name, false, null);
                    }

                    return;
                }

                var isRestRequest = type.Name == "RestRequest" && LoggingKnownTypes.NamespaceStartsWith(type, "RestSharp");
                if (LoggingKnownTypes.Is(type, known.Uri) || LoggingKnownTypes.Is(type, known.UriBuilder) || LoggingKnownTypes.Is(type, known.HttpRequestMessage) || isRestRequest)
                {
                    foreach (var argument in creation.Arguments)
                    {
                        var parameterType = argument.Parameter?.Type;
                        if (parameterType?.SpecialType != SpecialType.System_String) continue;
                        Check(creation, function, Descriptors.EXK404SecretInUrl, argument.Value, "new " + type.Name, true, null);
                    }
                }
            }

            private void OnAssignment(ISimpleAssignmentOperation assignment, IOperation? function)
            {
                if (assignment.Target is not IPropertyReferenceOperation target) return;
                var known = _sources.Known;

                // ex.Data["key"] = secret
                if (target.Property.IsIndexer && target.Instance is IPropertyReferenceOperation { Property.Name: "Data" } data &&
                    LoggingKnownTypes.DerivesFrom(data.Property.ContainingType, known.Exception))
                {
                    Check(assignment, function, Descriptors.EXK402SecretInException, assignment.Value, data.Property.ContainingType.Name + ".Data", false, null);
                    return;
                }

                // uriBuilder.Query = …; uriBuilder.Path = …
                if ((target.Property.Name == "Query" || target.Property.Name == "Path") &&
                    LoggingKnownTypes.Is(target.Property.ContainingType, known.UriBuilder))
                    Check(assignment, function, Descriptors.EXK404SecretInUrl, assignment.Value, "UriBuilder." + target.Property.Name, true, null);
            }

            private void CheckLogSink(IInvocationOperation invocation, IOperation? function, LogSink sink)
            {
                var descriptor = Descriptors.EXK401SecretLogged;
                List<TemplatePlaceholder>? placeholders = null;
                if (sink.Template is not null)
                {
                    Check(invocation, function, descriptor, sink.Template.Value, sink.Display, false, null);
                    if (sink.Template.Value.ConstantValue is { HasValue: true, Value: string text }) placeholders = _sources.TemplatePlaceholders(text);
                }

                for (var i = 0; i < sink.Values.Count; i++)
                {
                    var value = sink.Values[i];
                    var placeholder = placeholders is null ? -1 : MessageTemplate.PlaceholderFor(placeholders, i);
                    var found = Check(invocation, function, descriptor, value, sink.Display, false, placeholder >= 0 ? placeholder : (int?)null);
                    if (found || placeholder < 0 || !placeholders![placeholder].Destructure) continue;

                    // {@Options}: a structured logger serializes every public property.
                    var flow = State.Flow(invocation.Syntax.SyntaxTree);
                    var stripped = value.WalkDownConversion();
                    var member = _sources.SerializedSecretMember(stripped.Type, flow.Names);
                    if (member is not null)
                        Report(descriptor, stripped, "'" + stripped.Type!.Name + "' destructured with secret member '" + member + "'", sink.Display, placeholder);
                }
            }

            private bool Check(IOperation sinkOperation, IOperation? function, DiagnosticDescriptor descriptor, IOperation value, string sinkName, bool urlMode, int? placeholder)
            {
                if (value.ConstantValue.HasValue) return false;
                // Recorded for the helper joins (summaries, callers judged again): the type's symbol end, the end of this
                // body's walk for its local functions, the compilation end for helpers of other types.
                var state = State;
                var use = new SinkUse(descriptor, value, sinkName, urlMode, placeholder);
                lock (state.Record.Gate) state.Record.Sinks.Add(use);
                if (InnermostLocalFunction(function) is { } local)
                {
                    lock (local.Gate) local.Sinks.Add(use);
                }

                var flow = state.Flow(sinkOperation.Syntax.SyntaxTree);
                var hits = state.Hits;
                hits.Clear();
                flow.Collect(value, hits, urlMode);
                foreach (var hit in hits)
                {
                    var at = hit.At;
                    if (urlMode && IsPublicKeyOfAPair(at, _context.OwningSymbol, flow.Names)) continue;
                    Report(descriptor, at, hit.Description, sinkName, ReferenceEquals(value.WalkDownImplicitConversion(), at.WalkDownImplicitConversion()) ? placeholder : null);
                }

                return hits.Count > 0;
            }

            /// <summary>
            /// The public half of a key pair in a URL (<c>apikey=</c>, Bittrex v1.1 style) is the exchange's protocol, not
            /// the leak EXK404 describes: the value is an API-key-named symbol (or ExchangeSharp's <c>PublicApiKey</c>)
            /// and the code around it also holds the signing secret (a secret, private key or passphrase member of the
            /// type or its bases, or a parameter of the method). An API key that is the only credential stays reported.
            /// </summary>
            private static bool IsPublicKeyOfAPair(IOperation at, ISymbol? containingSymbol, SecretNameModel names)
            {
                var value = Unwrap(at);
                if (value is IInvocationOperation call && (call.TargetMethod.Name == "ToUnsecureString" || call.TargetMethod.Name == "ToString"))
                {
                    if (call.Instance is { } instance && call.Arguments.IsEmpty) value = Unwrap(instance);
                    else if (call.Instance is null && call.TargetMethod.IsExtensionMethod && call.Arguments.Length == 1) value = Unwrap(call.Arguments[0].Value);
                }
                var name = value switch
                {
                    ILocalReferenceOperation l => l.Local.Name,
                    IParameterReferenceOperation p => p.Parameter.Name,
                    IFieldReferenceOperation f => f.Field.Name,
                    IPropertyReferenceOperation p when p.Arguments.IsEmpty => p.Property.Name,
                    _ => null,
                };
                if (name is null || (names.Classify(name) != SecretKind.ApiKey && name != "PublicApiKey")) return false;

                if (containingSymbol is IMethodSymbol method)
                {
                    foreach (var parameter in method.Parameters)
                        if (IsSigningSecretName(parameter.Name, names)) return true;
                }

                for (var type = containingSymbol?.ContainingType; type is not null && type.SpecialType != SpecialType.System_Object; type = type.BaseType)
                {
                    foreach (var memberName in type.MemberNames)
                        if (IsSigningSecretName(memberName, names)) return true;
                }

                return false;
            }

            private static bool IsSigningSecretName(string name, SecretNameModel names)
            {
                if (name == "PrivateApiKey") return true;
                var kind = names.Classify(name);
                return kind == SecretKind.ApiSecret || kind == SecretKind.PrivateKey || kind == SecretKind.SigningKey ||
                       kind == SecretKind.Passphrase || kind == SecretKind.ClientSecret;
            }

            private static IOperation Unwrap(IOperation op)
            {
                while (op is IConversionOperation { IsImplicit: true } c) op = c.Operand;
                return op;
            }

            private void Report(DiagnosticDescriptor descriptor, IOperation at, string description, string sinkName, int? placeholder) =>
                EXK401SecretLoggingAnalyzer.Report(_report ? _context.ReportDiagnostic : null, State.Record, descriptor, at, description, sinkName, placeholder);
        }

        /// <summary>What a body needs once it shows a sink, a helper call or a returned value: its record, its local functions' records and its flow.</summary>
        private sealed class BodyState
        {
            private readonly SecretSources _sources;
            private readonly SecretsOptionsCache _cache;
            private readonly List<BodyRecord>? _typeRecords;
            private Dictionary<IMethodSymbol, BodyRecord>? _localFunctions;
            private SecretFlow? _flow;

            public BodyState(SecretSources sources, SecretsOptionsCache cache, BodyRecord record, List<BodyRecord>? typeRecords)
            {
                _sources = sources;
                _cache = cache;
                Record = record;
                _typeRecords = typeRecords;
            }

            public BodyRecord Record { get; }

            /// <summary>
            /// Once the body is walked: keeps its record for the compilation-end join when it calls a helper or is a helper
            /// another type may call (an ordinary method whose parameters or result can carry text), with the records of
            /// its local functions (helpers of its own calls).
            /// </summary>
            public void KeepAcrossTypes(ConcurrentQueue<BodyRecord> acrossTypes, SecretSources sources)
            {
                if (Record.HelperCalls.Count == 0 && !(Record.Owner is IMethodSymbol { MethodKind: MethodKind.Ordinary } method && MayCarryText(method, sources))) return;
                acrossTypes.Enqueue(Record);
                if (_localFunctions is null) return;
                foreach (var local in _localFunctions.Values) acrossTypes.Enqueue(local);
            }

            /// <summary>
            /// The end of the walk of a body whose type keeps no records (no symbol-end join): its local functions are
            /// helpers only it calls, so their summaries are joined here, as the symbol end would.
            /// </summary>
            public void JudgeLocalHelpers(Action<Diagnostic>? report, CancellationToken cancellationToken)
            {
                if (_localFunctions is null || Record.HelperCalls.Count == 0) return;
                var records = new List<BodyRecord>(_localFunctions.Count + 1) { Record };
                records.AddRange(_localFunctions.Values);
                JudgeHelperCalls(report, records, _sources, _cache, cancellationToken);
            }

            /// <summary>The hits of one sink value, reused by every check of the body (a check never re-enters another).</summary>
            public List<SecretHit> Hits { get; } = new List<SecretHit>(1);

            public SecretFlow Flow(SyntaxTree tree)
            {
                lock (Record.Gate)
                {
                    if (_flow is null)
                    {
                        var options = _cache.For(tree);
                        _flow = new SecretFlow(_sources, options.Names, options.GetList(null, MaskMethodsKey), Record.Blocks);
                    }

                    return _flow;
                }
            }

            /// <summary>
            /// The record of a local function of this body: it gets its own summary (a helper like any other). Its sinks
            /// and calls are also recorded on the method around it, which alone is judged again at symbol end.
            /// </summary>
            public BodyRecord? LocalFunctionRecord(ILocalFunctionOperation localFunction)
            {
                if (localFunction.Body is null) return null;
                lock (Record.Gate)
                {
                    _localFunctions ??= new Dictionary<IMethodSymbol, BodyRecord>(SymbolEqualityComparer.Default);
                    if (_localFunctions.TryGetValue(localFunction.Symbol, out var existing)) return existing;
                    var record = new BodyRecord(localFunction.Symbol, ImmutableArray.Create<IOperation>(localFunction.Body), Record.Tree) { IsLocalFunction = true };
                    _localFunctions[localFunction.Symbol] = record;
                    if (_typeRecords is not null)
                    {
                        lock (_typeRecords) _typeRecords.Add(record);
                    }

                    return record;
                }
            }
        }
    }
}
