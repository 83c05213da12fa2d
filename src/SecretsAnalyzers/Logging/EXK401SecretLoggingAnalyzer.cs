using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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
    /// in a URL). Sinks are found first; the intra-method flow of <see cref="SecretFlow"/> is built only for operation
    /// blocks that contain one.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EXK401SecretLoggingAnalyzer : DiagnosticAnalyzer
    {
        public const string MaskMethodsKey = "mask_methods";

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
                start.RegisterOperationBlockStartAction(block =>
                {
                    if (block.OperationBlocks.IsDefaultOrEmpty) return;
                    var state = new BlockState(sources, cache, block.OperationBlocks);
                    block.RegisterOperationAction(state.OnInvocation, OperationKind.Invocation);
                    block.RegisterOperationAction(state.OnObjectCreation, OperationKind.ObjectCreation);
                    block.RegisterOperationAction(state.OnAssignment, OperationKind.SimpleAssignment);
                });
            });
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
            private readonly ImmutableArray<IOperation> _blocks;
            private readonly object _gate = new object();
            private HashSet<(string, TextSpan)>? _reported;
            private SecretFlow? _flow;

            public BlockState(SecretSources sources, SecretsOptionsCache cache, ImmutableArray<IOperation> blocks)
            {
                _sources = sources;
                _cache = cache;
                _blocks = blocks;
            }

            private SecretFlow Flow(SyntaxTree tree)
            {
                lock (_gate)
                {
                    if (_flow is null)
                    {
                        var options = _cache.For(tree);
                        _flow = new SecretFlow(_sources, options.Names, options.GetList(null, MaskMethodsKey), _blocks);
                    }

                    return _flow;
                }
            }

            public void OnInvocation(OperationAnalysisContext context)
            {
                var invocation = (IInvocationOperation)context.Operation;
                var method = invocation.TargetMethod;
                if (method is null) return;

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

                // RestSharp: request.AddQueryParameter("k", secret); request.AddParameter("k", secret, ParameterType.QueryString).
                if ((method.Name == "AddQueryParameter" || method.Name == "AddParameter" && HasQueryStringArgument(invocation)) &&
                    LoggingKnownTypes.NamespaceOf(method.ContainingType).StartsWith("RestSharp", StringComparison.Ordinal))
                {
                    foreach (var argument in invocation.Arguments)
                    {
                        if (argument.Parameter is { Name: "value" })
                            Check(context, Descriptors.EXK404SecretInUrl, argument.Value, "RestRequest." + method.Name, true, null);
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
                            Check(context, Descriptors.EXK404SecretInUrl, argument.Value, method.ContainingType.Name + "." + method.Name, true, null);
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

                var isRestRequest = type.Name == "RestRequest" && LoggingKnownTypes.NamespaceOf(type).StartsWith("RestSharp", StringComparison.Ordinal);
                if (LoggingKnownTypes.Is(type, known.Uri) || LoggingKnownTypes.Is(type, known.UriBuilder) || LoggingKnownTypes.Is(type, known.HttpRequestMessage) || isRestRequest)
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
                    var stripped = value;
                    while (stripped is IConversionOperation c) stripped = c.Operand;
                    var member = _sources.SerializedSecretMember(stripped.Type, flow.Names);
                    if (member is not null)
                        Report(context, descriptor, stripped, "'" + stripped.Type!.Name + "' destructured with secret member '" + member + "'", sink.Display, placeholder);
                }
            }

            private bool Check(OperationAnalysisContext context, DiagnosticDescriptor descriptor, IOperation value, string sinkName, bool urlMode, int? placeholder)
            {
                if (value.ConstantValue.HasValue) return false;
                var flow = Flow(context.Operation.Syntax.SyntaxTree);
                var hits = new List<SecretHit>(1);
                flow.Collect(value, hits, urlMode);
                foreach (var hit in hits)
                {
                    var at = hit.At;
                    if (urlMode && IsPublicKeyOfAPair(at, context.ContainingSymbol, flow.Names)) continue;
                    Report(context, descriptor, at, hit.Description, sinkName, ReferenceEquals(Unwrap(value), Unwrap(at)) ? placeholder : null);
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

            private void Report(OperationAnalysisContext context, DiagnosticDescriptor descriptor, IOperation at, string description, string sinkName, int? placeholder)
            {
                var syntax = at.Syntax;
                lock (_gate)
                {
                    _reported ??= new HashSet<(string, TextSpan)>();
                    if (!_reported.Add((descriptor.Id, syntax.Span))) return;
                }

                var properties = ImmutableDictionary.CreateBuilder<string, string?>();
                if (placeholder is { } index)
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

                context.ReportDiagnostic(Diagnostic.Create(descriptor, syntax.GetLocation(), properties.ToImmutable(), description, sinkName));
            }
        }
    }
}
