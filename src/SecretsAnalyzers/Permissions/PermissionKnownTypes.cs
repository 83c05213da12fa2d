using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SecretsAnalyzers.Internal;

namespace SecretsAnalyzers.Permissions
{
    /// <summary>How a key-management method treats its IP parameter.</summary>
    internal enum KeyCallKind
    {
        /// <summary>Creates a key: a missing IP list leaves the key unbound.</summary>
        Create,

        /// <summary>Edits a key: a missing IP argument means "unchanged"; only explicit empty/wildcard values count.</summary>
        Edit,

        /// <summary>Sets the IP restriction (Binance: <c>ipRestrict</c> flag and list).</summary>
        SetIpRestriction,

        /// <summary>Removes the IP restriction.</summary>
        RemoveIpRestriction,

        /// <summary>Changes permissions only.</summary>
        Permissions,
    }

    /// <summary>One catalog C key-management method: SDK namespace root, method name, its IP parameter and kind.</summary>
    internal sealed class KeyMethod
    {
        public KeyMethod(string sdkRoot, string name, KeyCallKind kind, string? ipParameter)
        {
            SdkRoot = sdkRoot;
            Name = name;
            Kind = kind;
            IpParameter = ipParameter;
        }

        public string SdkRoot { get; }
        public string Name { get; }
        public KeyCallKind Kind { get; }
        public string? IpParameter { get; }
    }

    /// <summary>
    /// The exchange SDK surface the permission rules know, resolved once per compilation by metadata name
    /// (no reference to the SDKs). Key-management methods (catalog C) and the trading/wallet calls that EXK304–EXK306
    /// classify (CryptoExchange.Net family, ExchangeSharp, ccxt).
    /// </summary>
    internal sealed class PermissionKnownTypes
    {
        /// <summary>Interfaces and classes that expose key management (catalog C "SDK" column).</summary>
        private static readonly string[] KeyManagementTypeNames =
        {
            "Bybit.Net.Clients.V5.IBybitRestClientApiSubAccounts",
            "Bybit.Net.Clients.V5.BybitRestClientApiSubAccounts",
            "Bybit.Net.Interfaces.Clients.V5.IBybitRestClientApiAccount",
            "Binance.Net.Interfaces.Clients.GeneralApi.IBinanceRestClientGeneralApiSubAccount",
            "Binance.Net.Interfaces.Clients.GeneralApi.IBinanceRestClientGeneralApiBrokerage",
            "Binance.Net.Clients.GeneralApi.BinanceRestClientGeneralApiSubAccount",
            "Binance.Net.Clients.GeneralApi.BinanceRestClientGeneralApiBrokerage",
            "Kucoin.Net.Interfaces.Clients.SpotApi.IKucoinRestClientSpotApiSubAccount",
            "Kucoin.Net.Interfaces.Clients.SpotApi.IKucoinRestClientSpotApiAccount",
            "HTX.Net.Interfaces.Clients.SpotApi.IHTXRestClientSpotApiSubAccount",
            "Mexc.Net.Interfaces.Clients.SpotApi.IMexcRestClientSpotApiSubAccount",
            "Mexc.Net.Interfaces.Clients.SpotApi.IMexcRestClientSpotApiAccount",
            "OKX.Net.Interfaces.Clients.UnifiedApi.IOKXRestClientUnifiedApiSubAccount",
        };

        /// <summary>Entry points whose presence means a trading SDK is referenced (EXK304–EXK306).</summary>
        private static readonly string[] TradingSdkTypeNames =
        {
            "Binance.Net.Clients.BinanceRestClient",
            "Bybit.Net.Clients.BybitRestClient",
            "Kucoin.Net.Clients.KucoinRestClient",
            "OKX.Net.Clients.OKXRestClient",
            "Kraken.Net.Clients.KrakenRestClient",
            "Coinbase.Net.Clients.CoinbaseRestClient",
            "Bitget.Net.Clients.BitgetRestClient",
            "Bitfinex.Net.Clients.BitfinexRestClient",
            "GateIo.Net.Clients.GateIoRestClient",
            "HTX.Net.Clients.HTXRestClient",
            "Mexc.Net.Clients.MexcRestClient",
            "CryptoCom.Net.Clients.CryptoComRestClient",
            "Bitstamp.Net.Clients.BitstampRestClient",
            "BitMEX.Net.Clients.BitMEXRestClient",
            "ExchangeSharp.ExchangeAPI",
            "ExchangeSharp.IExchangeAPI",
            "ccxt.Exchange",
        };

        /// <summary>Namespace roots of the JKorf CryptoExchange.Net exchange packages.</summary>
        private static readonly string[] JKorfRoots =
        {
            "Binance.Net", "Bybit.Net", "Kucoin.Net", "OKX.Net", "Kraken.Net", "Coinbase.Net", "Bitget.Net",
            "Bitfinex.Net", "GateIo.Net", "HTX.Net", "Mexc.Net", "CryptoCom.Net", "Bitstamp.Net", "BitMEX.Net",
        };

        private static readonly Dictionary<string, KeyMethod[]> KeyMethods = Build(
            // Bybit.Net (V5 sub accounts / account)
            new KeyMethod("Bybit.Net", "CreateSubAccountApiKeyAsync", KeyCallKind.Create, "ipRestrictions"),
            new KeyMethod("Bybit.Net", "EditSubAccountApiKeyAsync", KeyCallKind.Edit, "ipRestrictions"),
            new KeyMethod("Bybit.Net", "EditApiKeyAsync", KeyCallKind.Edit, "ipRestrictions"),
            // Binance.Net (general API sub account and brokerage)
            new KeyMethod("Binance.Net", "UpdateIpRestrictionForSubAccountApiKeyAsync", KeyCallKind.SetIpRestriction, "ipAddresses"),
            new KeyMethod("Binance.Net", "RemoveIpRestrictionForSubAccountApiKeyAsync", KeyCallKind.RemoveIpRestriction, null),
            new KeyMethod("Binance.Net", "RemoveIpRestrictionsForSubAccountApiKeyAsync", KeyCallKind.RemoveIpRestriction, null),
            new KeyMethod("Binance.Net", "DeleteIpRestrictionForSubAccountApiKeyAsync", KeyCallKind.RemoveIpRestriction, null),
            new KeyMethod("Binance.Net", "CreateApiKeyForSubAccountAsync", KeyCallKind.Permissions, null),
            new KeyMethod("Binance.Net", "ChangeSubAccountApiKeyPermissionAsync", KeyCallKind.Permissions, null),
            new KeyMethod("Binance.Net", "AddIpRestrictionForSubAccountApiKeyAsync", KeyCallKind.SetIpRestriction, "ipAddress"),
            // Kucoin.Net
            new KeyMethod("Kucoin.Net", "CreateSubAccountApiKeyAsync", KeyCallKind.Create, "ipWhitelist"),
            new KeyMethod("Kucoin.Net", "EditSubAccountApiKeyAsync", KeyCallKind.Edit, "ipWhitelist"),
            // HTX.Net
            new KeyMethod("HTX.Net", "CreateApiKeyAsync", KeyCallKind.Create, "ipAddresses"),
            new KeyMethod("HTX.Net", "EditApiKeyAsync", KeyCallKind.Edit, "ipAddresses"),
            // Mexc.Net
            new KeyMethod("Mexc.Net", "CreateSubAccountApiKeyAsync", KeyCallKind.Create, "ipAddresses"),
            // OKX.Net
            new KeyMethod("OKX.Net", "CreateSubAccountApiKeyAsync", KeyCallKind.Create, "ipAddresses"),
            new KeyMethod("OKX.Net", "ResetSubAccountApiKeyAsync", KeyCallKind.Edit, "ipAddresses"));

        private readonly HashSet<INamedTypeSymbol> _keyManagementTypes;

        private PermissionKnownTypes(HashSet<INamedTypeSymbol> keyManagementTypes, bool hasTradingSdk)
        {
            _keyManagementTypes = keyManagementTypes;
            HasTradingSdk = hasTradingSdk;
        }

        /// <summary>At least one catalog C key-management type is in the compilation.</summary>
        public bool HasKeyManagementSdk => _keyManagementTypes.Count > 0;

        /// <summary>At least one trading SDK entry point (JKorf client, ExchangeSharp, ccxt) is in the compilation.</summary>
        public bool HasTradingSdk { get; }

        /// <summary>HttpClient or RestSharp is referenced: raw requests to catalog C2 REST paths can be classified.</summary>
        public bool HasRawHttp { get; private set; }

        public static PermissionKnownTypes From(Compilation compilation) => KnownTypes.GetOrCreate(compilation).View(Create);

        private static PermissionKnownTypes Create(KnownTypes known)
        {
            var types = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            foreach (var name in KeyManagementTypeNames)
            {
                if (known.Get(name) is { } type) types.Add(type);
            }

            var trading = false;
            foreach (var name in TradingSdkTypeNames)
            {
                if (known.Get(name) is not null)
                {
                    trading = true;
                    break;
                }
            }

            var rawHttp = known.Get("System.Net.Http.HttpClient") is not null || known.Get("RestSharp.RestRequest") is not null;
            return new PermissionKnownTypes(types, trading || types.Count > 0) { HasRawHttp = rawHttp };
        }

        /// <summary>Cheap name check: could <paramref name="methodName"/> be a key-management method?</summary>
        public static bool IsKeyMethodName(string methodName) => KeyMethods.ContainsKey(methodName);

        /// <summary>
        /// The key-management method <paramref name="method"/> is, or null. The method name must match and its
        /// containing type must be a resolved key-management type, or live under the SDK's namespace root
        /// (other package generations).
        /// </summary>
        public KeyMethod? GetKeyMethod(IMethodSymbol method)
        {
            if (!KeyMethods.TryGetValue(method.Name, out var candidates)) return null;
            var type = method.ContainingType;
            if (type is null) return null;
            var ns = type.NamespaceOf();   // memoised per namespace; "" for the global one, which no test below matches either
            foreach (var candidate in candidates)
            {
                if (ns.StartsWith(candidate.SdkRoot, StringComparison.Ordinal) &&
                    (_keyManagementTypes.Contains(type.OriginalDefinition) || ns.Length == candidate.SdkRoot.Length || ns[candidate.SdkRoot.Length] == '.'))
                    return candidate;
            }

            return null;
        }

        /// <summary>
        /// Classifies a trading-SDK call (EXK304–EXK306): CryptoExchange.Net family and ExchangeSharp by method-name
        /// prefix (Get… read; Place…/Cancel…/Edit…Order trade; …Withdraw… withdraw; …Transfer… transfer), ccxt by its
        /// unified method names (fetch… read; create…Order/cancel…/edit… trade; withdraw; transfer).
        /// Key-management and subscription calls are not classified.
        /// </summary>
        public static KeyPermission Classify(IMethodSymbol method)
        {
            var name = method.Name;
            if (name.Length < 4) return KeyPermission.None;
            var type = method.ContainingType;
            if (type is null) return KeyPermission.None;

            // Outermost two namespace names, without allocating (this runs for every invocation).
            string? outer = null, second = null;
            for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
            {
                second = outer;
                outer = ns.Name;
            }

            if (outer is null) return KeyPermission.None;
            if (outer == "ccxt") return ClassifyCcxt(name);
            if (outer == "ExchangeSharp")
            {
                // Only the exchange API surface (IExchangeAPI, ExchangeAPI, ExchangeBinanceAPI…), not CryptoUtility helpers.
                if (type.Name.IndexOf("API", StringComparison.Ordinal) < 0) return KeyPermission.None;
                if (name.StartsWith("GetExchangeAPI", StringComparison.Ordinal) || name == "GetExchangeName") return KeyPermission.None;
                return ClassifyByPrefix(name);
            }

            if (second != "Net" || Array.IndexOf(JKorfRoots, outer + ".Net") < 0) return KeyPermission.None;
            if (KeyMethods.ContainsKey(name)) return KeyPermission.None;
            if (name.IndexOf("ApiKey", StringComparison.Ordinal) >= 0 || name.IndexOf("APIKey", StringComparison.Ordinal) >= 0) return KeyPermission.None;
            return ClassifyByPrefix(name);
        }

        private static KeyPermission ClassifyByPrefix(string name)
        {
            if (name.StartsWith("Subscribe", StringComparison.Ordinal) || name.StartsWith("Unsubscribe", StringComparison.Ordinal)) return KeyPermission.None;
            if (name.StartsWith("Get", StringComparison.Ordinal)) return KeyPermission.Read;
            if (name.IndexOf("Withdraw", StringComparison.Ordinal) >= 0) return KeyPermission.Withdraw;
            if (name.IndexOf("Transfer", StringComparison.Ordinal) >= 0) return KeyPermission.Transfer;
            if (name.StartsWith("Place", StringComparison.Ordinal) || name.StartsWith("Cancel", StringComparison.Ordinal) ||
                name.StartsWith("ClosePosition", StringComparison.Ordinal) || name.StartsWith("SetLeverage", StringComparison.Ordinal))
                return KeyPermission.Trade;
            if ((name.StartsWith("Edit", StringComparison.Ordinal) || name.StartsWith("Replace", StringComparison.Ordinal) ||
                 name.StartsWith("Amend", StringComparison.Ordinal) || name.StartsWith("Modify", StringComparison.Ordinal)) &&
                name.IndexOf("Order", StringComparison.Ordinal) >= 0)
                return KeyPermission.Trade;
            return KeyPermission.None;
        }

        private static KeyPermission ClassifyCcxt(string name)
        {
            var lower = name.ToLowerInvariant();
            if (lower.StartsWith("fetch", StringComparison.Ordinal)) return KeyPermission.Read;
            if (lower.StartsWith("withdraw", StringComparison.Ordinal)) return KeyPermission.Withdraw;
            if (lower.StartsWith("transfer", StringComparison.Ordinal)) return KeyPermission.Transfer;
            if (lower.StartsWith("cancel", StringComparison.Ordinal)) return KeyPermission.Trade;
            if ((lower.StartsWith("create", StringComparison.Ordinal) || lower.StartsWith("edit", StringComparison.Ordinal)) &&
                lower.EndsWith("order", StringComparison.Ordinal) || lower.EndsWith("orders", StringComparison.Ordinal) && lower.StartsWith("create", StringComparison.Ordinal))
                return KeyPermission.Trade;
            return KeyPermission.None;
        }

        private static Dictionary<string, KeyMethod[]> Build(params KeyMethod[] methods)
        {
            var map = new Dictionary<string, List<KeyMethod>>(StringComparer.Ordinal);
            foreach (var m in methods)
            {
                if (!map.TryGetValue(m.Name, out var list)) map[m.Name] = list = new List<KeyMethod>();
                list.Add(m);
            }

            var result = new Dictionary<string, KeyMethod[]>(StringComparer.Ordinal);
            foreach (var pair in map) result[pair.Key] = pair.Value.ToArray();
            return result;
        }
    }
}
