using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretsAnalyzers.Internal;
using SecretsAnalyzers.Internal.ConfigFiles;
using SecretsAnalyzers.Options;

namespace SecretsAnalyzers.Transport
{
    /// <summary>
    /// EXK201/EXK202 in configuration files: an http:// or ws:// value under an endpoint-named key
    /// (<c>Binance:BaseUrl</c>, <c>Exchange:SocketUrl</c>, <c>APCA_API_BASE_URL</c>) of appsettings*.json, the
    /// environmentVariables of launchSettings.json, or a .env file. Server bindings (Kestrel, urls, applicationUrl)
    /// are not endpoints. Development/test files report one level lower, like EXK105.
    /// </summary>
    public sealed class EXK201ConfigFileEndpointAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.EXK201PlainHttpEndpoint, Descriptors.EXK202PlainWebSocketEndpoint);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var cache = new SecretsOptionsCache(start.Options);
                start.RegisterAdditionalFileAction(c => AnalyzeFile(c, cache));
            });
        }

        private static void AnalyzeFile(AdditionalFileAnalysisContext context, SecretsOptionsCache cache)
        {
            if (ConfigFileReader.Classify(context.AdditionalFile.Path) == ConfigFileKind.None) return;
            if (!ConfigFileReader.TryRead(context.AdditionalFile, context.CancellationToken, out var file)) return;
            var fileName = ConfigFileReader.FileName(file.Path);
            var lower = ConfigFileReader.IsNonProductionEnvironment(file.Path);
            SecretsOptions? options = null;

            foreach (var entry in file.Entries)
            {
                if (!entry.IsString || !PlainUrl.HasPlainScheme(entry.Value)) continue;             // cheap test first
                if (file.Kind == ConfigFileKind.LaunchSettings &&
                    entry.Path.IndexOf(":environmentVariables:", StringComparison.OrdinalIgnoreCase) < 0)
                    continue;
                if (!IsEndpointKey(entry)) continue;
                if (!PlainUrl.TryParse(entry.Value, complete: true, out var url) || url.Host is not { } host) continue;
                if (PlainUrl.IsLoopback(host) || PlainUrl.IsNonEndpointHost(host)) continue;

                var rule = url.IsWebSocket ? Descriptors.EXK202PlainWebSocketEndpoint : Descriptors.EXK201PlainHttpEndpoint;
                options ??= cache.For(context.AdditionalFile);
                var allowed = options.GetList(rule.Id, EXK201PlainHttpAnalyzer.AllowedHostsKey);
                if (allowed.IsDefaultOrEmpty) allowed = cache.Global.GetList(rule.Id, EXK201PlainHttpAnalyzer.AllowedHostsKey);
                if (PlainUrl.IsAllowed(host, allowed)) continue;

                var severity = ExchangeHosts.IsExchangeHost(host) ? DiagnosticSeverity.Error : rule.DefaultSeverity;
                if (lower) severity = ProjectContext.Lower(severity);
                context.ReportDiagnostic(Diagnostic.Create(rule, file.GetLocation(entry), severity, additionalLocations: null,
                    properties: null, "'" + ConfigKeyDisplay.Path(entry.Path) + "' in '" + fileName + "'", host));
            }
        }

        /// <summary>The key (or, for an array item, its parent key) is an endpoint name and no segment is a server binding.</summary>
        private static bool IsEndpointKey(in ConfigEntry entry)
        {
            var segments = entry.Path.Split(':');
            foreach (var segment in segments)
            {
                if (segment.Equals("Kestrel", StringComparison.OrdinalIgnoreCase) ||
                    segment.Equals("ASPNETCORE_URLS", StringComparison.OrdinalIgnoreCase) ||
                    segment.Equals("ASPNETCORE_HTTP_PORTS", StringComparison.OrdinalIgnoreCase) ||
                    segment.Equals("DOTNET_URLS", StringComparison.OrdinalIgnoreCase))
                    return false;
            }

            if (segments.Length == 1 && segments[0].Equals("urls", StringComparison.OrdinalIgnoreCase)) return false;
            var key = entry.Key;
            if (key.Length > 0 && char.IsDigit(key[0]) && segments.Length > 1) key = segments[segments.Length - 2];
            return EndpointNames.IsEndpointName(key);
        }
    }
}
