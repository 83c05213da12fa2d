using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SecretsAnalyzers.Internal;
using SecretsAnalyzers.Options;

namespace SecretsAnalyzers.Permissions
{
    /// <summary>
    /// EXK304 / EXK305 / EXK306: least privilege against <c>secrets_analyzers.granted_permissions</c>.
    /// Each known exchange SDK call is classified as read, trade, transfer or withdraw
    /// (<see cref="PermissionKnownTypes.Classify"/>). EXK304 reports a call whose permission is not granted.
    /// At the end of the compilation, when at least one call was classified: with the option, EXK305 reports each
    /// granted permission that no call needs; without it, EXK306 (Info) lists the least set the calls need.
    /// Both end-of-compilation diagnostics sit on the first classified call (by file path, then position), so
    /// command-line builds show a file and line; IDEs show them only with full-solution analysis.
    /// </summary>
    public sealed class EXK304GrantedPermissionsAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            Descriptors.EXK304PermissionNotGranted, Descriptors.EXK305PermissionNeverUsed, Descriptors.EXK306LeastPermissions);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var known = PermissionKnownTypes.From(start.Compilation);
                if (!known.HasTradingSdk && !known.HasRawHttp) return;

                var cache = new SecretsOptionsCache(start.Options);
                var state = new UsageState();
                var assemblyName = start.Compilation.AssemblyName ?? "";
                var isTestProject = ProjectContext.IsTestProject(start.Compilation);
                start.RegisterOperationAction(c => AnalyzeInvocation(c, cache, state, assemblyName, isTestProject), OperationKind.Invocation);
                if (known.HasRawHttp) start.RegisterOperationAction(c => AnalyzeRawRequest(c, cache, state), OperationKind.ObjectCreation);
                start.RegisterCompilationEndAction(c => ReportAtEnd(c, cache, state));
            });
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context, SecretsOptionsCache cache, UsageState state, string assemblyName,
            bool isTestProject)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var permission = PermissionKnownTypes.Classify(invocation.TargetMethod);
            if (permission == KeyPermission.None)
            {
                // A raw HttpClient call to a catalog C2 REST path (GetAsync("/api/v3/account"), PostAsync(".../withdraw/apply")).
                if (RestPaths.Request(invocation) is { } request) permission = RestPaths.Classify(request.Method, request.Url);
                if (permission == KeyPermission.None) return;
            }
            else if (IsSdkOwnTree(assemblyName, invocation.TargetMethod, isTestProject))
            {
                return;
            }

            Record(context, cache, state, permission, invocation.TargetMethod.Name, PermissionContext.NameLocation(invocation));
        }

        /// <summary><c>new HttpRequestMessage(HttpMethod.Post, "/sapi/v1/capital/withdraw/apply")</c>, RestSharp <c>new RestRequest(…)</c>.</summary>
        private static void AnalyzeRawRequest(OperationAnalysisContext context, SecretsOptionsCache cache, UsageState state)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (RestPaths.Request(creation) is not { } request) return;
            var permission = RestPaths.Classify(request.Method, request.Url);
            if (permission == KeyPermission.None) return;
            Record(context, cache, state, permission, (request.Method ?? "request") + " " + ShortPath(request.Url), creation.Syntax.GetLocation());
        }

        /// <summary>The path of a URL text without scheme, host and query, for the message (never a query value).</summary>
        private static string ShortPath(string url)
        {
            var query = url.IndexOf('?');
            if (query >= 0) url = url.Substring(0, query);
            var scheme = url.IndexOf("://", StringComparison.Ordinal);
            if (scheme >= 0)
            {
                var slash = url.IndexOf('/', scheme + 3);
                url = slash >= 0 ? url.Substring(slash) : "/";
            }

            return url;
        }

        private static void Record(OperationAnalysisContext context, SecretsOptionsCache cache, UsageState state, KeyPermission permission,
            string display, Location location)
        {
            state.Record(permission, location);
            var granted = PermissionVocabulary.ParseGranted(
                cache.For(context.Operation.Syntax.SyntaxTree).GetList(null, PermissionVocabulary.GrantedPermissionsKey));
            if (granted == KeyPermission.None || (granted & permission) != 0) return;
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.EXK304PermissionNotGranted, location,
                display, PermissionVocabulary.Name(permission)));
        }

        /// <summary>
        /// The SDK's own source tree (its library, tests, examples and tools: an assembly named after the SDK's root
        /// namespace, <c>Binance.Net.UnitTests</c>, <c>ExchangeSharpConsole</c>) defines the calls; it does not make
        /// them with a bot's key, so least privilege says nothing there. A test project named after the SDK's first namespace
        /// segment (<c>Bybit.UnitTests</c> for <c>Bybit.Net</c>) is the SDK's too: its calls run against mocks.
        /// </summary>
        internal static bool IsSdkOwnTree(string assemblyName, IMethodSymbol method, bool isTestProject)
        {
            var ns = method.ContainingNamespace;
            if (ns is null || ns.IsGlobalNamespace || assemblyName.Length == 0) return false;
            while (!ns.ContainingNamespace.IsGlobalNamespace) ns = ns.ContainingNamespace;
            var root = ns.Name;
            if (isTestProject && assemblyName.Length > root.Length && assemblyName[root.Length] == '.' &&
                assemblyName.StartsWith(root, StringComparison.OrdinalIgnoreCase))
                return true;
            var next = method.NamespaceOf();
            if (next.StartsWith(root + ".Net", StringComparison.Ordinal)) root += ".Net";
            return assemblyName.StartsWith(root, StringComparison.OrdinalIgnoreCase);
        }

        private static void ReportAtEnd(CompilationAnalysisContext context, SecretsOptionsCache cache, UsageState state)
        {
            var (used, first) = state.Snapshot();
            if (used == KeyPermission.None || first is null) return;

            // The global value (.globalconfig / build) wins; else the union of what the files declare.
            var granted = PermissionVocabulary.ParseGranted(cache.Global.GetList(null, PermissionVocabulary.GrantedPermissionsKey));
            if (granted == KeyPermission.None)
            {
                foreach (var tree in context.Compilation.SyntaxTrees)
                {
                    granted |= PermissionVocabulary.ParseGranted(cache.For(tree).GetList(null, PermissionVocabulary.GrantedPermissionsKey));
                }
            }

            if (granted != KeyPermission.None)
            {
                foreach (var permission in PermissionVocabulary.All)
                {
                    if ((granted & permission) != 0 && (used & permission) == 0)
                        context.ReportDiagnostic(Diagnostic.Create(Descriptors.EXK305PermissionNeverUsed, first, PermissionVocabulary.Name(permission)));
                }
            }
            else
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.EXK306LeastPermissions, first, PermissionVocabulary.Join(used)));
            }
        }

        /// <summary>Per-compilation usage: the permissions the calls need and the first call site (deterministic).</summary>
        private sealed class UsageState
        {
            private readonly object _gate = new object();
            private KeyPermission _used;
            private Location? _first;

            public void Record(KeyPermission permission, Location location)
            {
                lock (_gate)
                {
                    _used |= permission;
                    if (_first is null || Compare(location, _first) < 0) _first = location;
                }
            }

            public (KeyPermission Used, Location? First) Snapshot()
            {
                lock (_gate)
                {
                    return (_used, _first);
                }
            }

            private static int Compare(Location a, Location b)
            {
                var byPath = string.CompareOrdinal(a.SourceTree?.FilePath ?? "", b.SourceTree?.FilePath ?? "");
                return byPath != 0 ? byPath : a.SourceSpan.Start.CompareTo(b.SourceSpan.Start);
            }
        }
    }
}
