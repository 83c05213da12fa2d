using System;
using Microsoft.CodeAnalysis;
using SecretsAnalyzers.Internal;

namespace SecretsAnalyzers.Logging
{
    /// <summary>
    /// The types the EXK4xx rules look for, resolved once per compilation by metadata name. Logging libraries and
    /// exchange SDKs are never referenced by the analyzer: absent types are simply null.
    /// </summary>
    internal sealed class LoggingKnownTypes
    {
        private LoggingKnownTypes(Compilation compilation)
        {
            Compilation = compilation;
            StringBuilder = Get("System.Text.StringBuilder");
            SecureString = Get("System.Security.SecureString");
            Exception = Get("System.Exception");
            Uri = Get("System.Uri");
            UriBuilder = Get("System.UriBuilder");
            Console = Get("System.Console");
            Debug = Get("System.Diagnostics.Debug");
            Trace = Get("System.Diagnostics.Trace");
            TextWriter = Get("System.IO.TextWriter");
            Activity = Get("System.Diagnostics.Activity");
            Environment = Get("System.Environment");
            Marshal = Get("System.Runtime.InteropServices.Marshal");
            ReadOnlySpan = Get("System.ReadOnlySpan`1");
            Span = Get("System.Span`1");
            ReadOnlyMemory = Get("System.ReadOnlyMemory`1");
            Memory = Get("System.Memory`1");
            Task = Get("System.Threading.Tasks.Task`1");
            ValueTask = Get("System.Threading.Tasks.ValueTask`1");

            MelILogger = Get("Microsoft.Extensions.Logging.ILogger");
            MelLoggerExtensions = Get("Microsoft.Extensions.Logging.LoggerExtensions");
            LoggerMessageAttribute = Get("Microsoft.Extensions.Logging.LoggerMessageAttribute");
            LogPropertiesAttribute = Get("Microsoft.Extensions.Logging.LogPropertiesAttribute");
            LogLevel = Get("Microsoft.Extensions.Logging.LogLevel");
            EventId = Get("Microsoft.Extensions.Logging.EventId");

            SerilogILogger = Get("Serilog.ILogger");
            SerilogLog = Get("Serilog.Log");
            SerilogLogContext = Get("Serilog.Context.LogContext");
            Log4NetILog = Get("log4net.ILog");
            TelemetryClient = Get("Microsoft.ApplicationInsights.TelemetryClient");

            IConfiguration = Get("Microsoft.Extensions.Configuration.IConfiguration");
            KeyVaultSecret = Get("Azure.Security.KeyVault.Secrets.KeyVaultSecret");
            HttpClient = Get("System.Net.Http.HttpClient");
            HttpRequestMessage = Get("System.Net.Http.HttpRequestMessage");

            CryptoExchangeApiCredentials = Get("CryptoExchange.Net.Authentication.ApiCredentials");
            ReferencesCryptoExchangeNet = CryptoExchangeApiCredentials is not null ||
                                          Get("CryptoExchange.Net.Objects.TradeEnvironment") is not null ||
                                          Get("CryptoExchange.Net.Clients.BaseClient") is not null ||
                                          Get("CryptoExchange.Net.ExchangeHelpers") is not null;
            // Serilog bridged into Microsoft.Extensions.Logging (AddSerilog / UseSerilog): the SDK's MEL logs reach Serilog.
            SerilogBridgesMel = Get("Microsoft.Extensions.Logging.SerilogLoggingBuilderExtensions") is not null ||
                                Get("Microsoft.Extensions.Logging.SerilogLoggerFactoryExtensions") is not null ||
                                Get("Serilog.SerilogHostBuilderExtensions") is not null ||
                                Get("Serilog.SerilogServiceCollectionExtensions") is not null ||
                                Get("Serilog.Extensions.Logging.SerilogLoggerProvider") is not null;
            // NLog bridged into Microsoft.Extensions.Logging (AddNLog / UseNLog): the SDK's MEL logs reach NLog's rules.
            NLogBridgesMel = Get("NLog.Extensions.Logging.NLogLoggerProvider") is not null ||
                             Get("NLog.Web.AspNetExtensions") is not null;
            NLogLevel = Get("NLog.LogLevel");
            CcxtExchange = Get("ccxt.Exchange");
            BinanceLoggingHandler = Get("Binance.Common.BinanceLoggingHandler");
        }

        public Compilation Compilation { get; }
        public bool SerilogBridgesMel { get; }
        public bool NLogBridgesMel { get; }
        public INamedTypeSymbol? NLogLevel { get; }
        public INamedTypeSymbol? StringBuilder { get; }
        public INamedTypeSymbol? SecureString { get; }
        public INamedTypeSymbol? Exception { get; }
        public INamedTypeSymbol? Uri { get; }
        public INamedTypeSymbol? UriBuilder { get; }
        public INamedTypeSymbol? Console { get; }
        public INamedTypeSymbol? Debug { get; }
        public INamedTypeSymbol? Trace { get; }
        public INamedTypeSymbol? TextWriter { get; }
        public INamedTypeSymbol? Activity { get; }
        public INamedTypeSymbol? Environment { get; }
        public INamedTypeSymbol? Marshal { get; }
        public INamedTypeSymbol? ReadOnlySpan { get; }
        public INamedTypeSymbol? Span { get; }
        public INamedTypeSymbol? ReadOnlyMemory { get; }
        public INamedTypeSymbol? Memory { get; }
        public INamedTypeSymbol? Task { get; }
        public INamedTypeSymbol? ValueTask { get; }
        public INamedTypeSymbol? MelILogger { get; }
        public INamedTypeSymbol? MelLoggerExtensions { get; }
        public INamedTypeSymbol? LoggerMessageAttribute { get; }
        public INamedTypeSymbol? LogPropertiesAttribute { get; }
        public INamedTypeSymbol? LogLevel { get; }
        public INamedTypeSymbol? EventId { get; }
        public INamedTypeSymbol? SerilogILogger { get; }
        public INamedTypeSymbol? SerilogLog { get; }
        public INamedTypeSymbol? SerilogLogContext { get; }
        public INamedTypeSymbol? Log4NetILog { get; }
        public INamedTypeSymbol? TelemetryClient { get; }
        public INamedTypeSymbol? IConfiguration { get; }
        public INamedTypeSymbol? KeyVaultSecret { get; }
        public INamedTypeSymbol? HttpClient { get; }
        public INamedTypeSymbol? HttpRequestMessage { get; }
        public INamedTypeSymbol? CryptoExchangeApiCredentials { get; }
        public bool ReferencesCryptoExchangeNet { get; }
        public INamedTypeSymbol? CcxtExchange { get; }
        public INamedTypeSymbol? BinanceLoggingHandler { get; }

        public static LoggingKnownTypes From(Compilation compilation) => KnownTypes.GetOrCreate(compilation).View(k => new LoggingKnownTypes(k.Compilation));

        private INamedTypeSymbol? Get(string metadataName) => KnownTypes.GetOrCreate(Compilation).Get(metadataName);

        public static bool Is(ITypeSymbol? type, INamedTypeSymbol? known) =>
            type is not null && known is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, known);

        public static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? known) => type.DerivesFrom(known);

        public static bool Implements(ITypeSymbol? type, INamedTypeSymbol? iface) => type.Implements(iface);

        /// <summary>The namespace of a symbol as text ("Serilog.Context"), empty for the global namespace.</summary>
        public static string NamespaceOf(ISymbol? symbol) => symbol.NamespaceOf();

        public static bool InNamespace(ISymbol? symbol, string prefix) => symbol.IsInNamespace(prefix);

        /// <summary>
        /// <c>NamespaceOf(symbol).StartsWith(prefix, Ordinal)</c> without building the namespace text: the dotted
        /// namespace is compared segment by segment from the global namespace down.
        /// </summary>
        public static bool NamespaceStartsWith(ISymbol? symbol, string prefix)
        {
            var ns = symbol?.ContainingNamespace;
            if (ns is null || ns.IsGlobalNamespace) return prefix.Length == 0;
            var position = 0;
            return PrefixAgrees(ns, prefix, ref position) && position >= prefix.Length;
        }

        /// <summary><c>NamespaceOf(symbol) == dotted</c> without building the namespace text.</summary>
        public static bool NamespaceIs(ISymbol? symbol, string dotted) => symbol?.ContainingNamespace.IsNamespace(dotted) == true;

        /// <summary>
        /// False when the dotted text of <paramref name="ns"/> disagrees with <paramref name="prefix"/>; otherwise true, with
        /// <paramref name="position"/> the number of characters compared (at least the prefix's length once it is matched).
        /// </summary>
        private static bool PrefixAgrees(INamespaceSymbol ns, string prefix, ref int position)
        {
            var parent = ns.ContainingNamespace;
            if (parent is not null && !parent.IsGlobalNamespace)
            {
                if (!PrefixAgrees(parent, prefix, ref position)) return false;
                if (position >= prefix.Length) return true;
                if (prefix[position] != '.') return false;
                position++;
            }

            var name = ns.Name;
            for (var i = 0; i < name.Length; i++, position++)
            {
                if (position >= prefix.Length) return true;
                if (name[i] != prefix[position]) return false;
            }

            return true;
        }
    }
}
