using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SecretsAnalyzers.Permissions
{
    /// <summary>
    /// Least privilege for bots without an SDK: a raw <c>HttpClient</c> / <c>HttpRequestMessage</c> / RestSharp request
    /// classified by the exchange REST path and HTTP method of catalog C2 (Binance <c>POST /sapi/v1/capital/withdraw/apply</c>
    /// → withdraw, <c>/api/v3/order</c> → trade, <c>GET /api/v3/account</c> → read, and the other catalog exchanges).
    /// A GET on a trade, transfer or withdraw path is a query (read). Unknown paths stay unclassified.
    /// </summary>
    internal static class RestPaths
    {
        private readonly struct Entry
        {
            public Entry(string path, KeyPermission permission)
            {
                Path = path;
                Bare = path.Substring(1);
                Permission = permission;
            }

            public string Path { get; }

            /// <summary>The path without its leading slash, which is optional in a request.</summary>
            public string Bare { get; }

            public KeyPermission Permission { get; }
        }

        private static readonly Entry[] Table =
        {
            // Binance (spot, futures, margin, wallet); MEXC spot shares /api/v3/order and /api/v3/account.
            new Entry("/api/v3/account", KeyPermission.Read),
            new Entry("/api/v3/openOrders", KeyPermission.Read),
            new Entry("/api/v3/allOrders", KeyPermission.Read),
            new Entry("/api/v3/myTrades", KeyPermission.Read),
            new Entry("/sapi/v1/capital/config/getall", KeyPermission.Read),
            new Entry("/api/v3/order", KeyPermission.Trade),
            new Entry("/api/v3/orderList", KeyPermission.Trade),
            new Entry("/api/v3/order/cancelReplace", KeyPermission.Trade),
            new Entry("/fapi/v1/order", KeyPermission.Trade),
            new Entry("/dapi/v1/order", KeyPermission.Trade),
            new Entry("/sapi/v1/margin/order", KeyPermission.Trade),
            new Entry("/sapi/v1/asset/transfer", KeyPermission.Transfer),
            new Entry("/sapi/v1/sub-account/universalTransfer", KeyPermission.Transfer),
            new Entry("/sapi/v1/margin/transfer", KeyPermission.Transfer),
            new Entry("/sapi/v1/capital/withdraw/apply", KeyPermission.Withdraw),
            new Entry("/api/v3/capital/transfer", KeyPermission.Transfer),
            new Entry("/api/v3/capital/withdraw", KeyPermission.Withdraw),
            // Bybit v5
            new Entry("/v5/account/wallet-balance", KeyPermission.Read),
            new Entry("/v5/order/realtime", KeyPermission.Read),
            new Entry("/v5/position/list", KeyPermission.Read),
            new Entry("/v5/order/create", KeyPermission.Trade),
            new Entry("/v5/order/amend", KeyPermission.Trade),
            new Entry("/v5/order/cancel", KeyPermission.Trade),
            new Entry("/v5/order/cancel-all", KeyPermission.Trade),
            new Entry("/v5/asset/transfer/inter-transfer", KeyPermission.Transfer),
            new Entry("/v5/asset/transfer/universal-transfer", KeyPermission.Transfer),
            new Entry("/v5/asset/withdraw/create", KeyPermission.Withdraw),
            // OKX v5
            new Entry("/api/v5/account/balance", KeyPermission.Read),
            new Entry("/api/v5/trade/orders-pending", KeyPermission.Read),
            new Entry("/api/v5/trade/order", KeyPermission.Trade),
            new Entry("/api/v5/trade/batch-orders", KeyPermission.Trade),
            new Entry("/api/v5/trade/cancel-order", KeyPermission.Trade),
            new Entry("/api/v5/trade/amend-order", KeyPermission.Trade),
            new Entry("/api/v5/asset/transfer", KeyPermission.Transfer),
            new Entry("/api/v5/asset/withdrawal", KeyPermission.Withdraw),
            // Kraken
            new Entry("/0/private/Balance", KeyPermission.Read),
            new Entry("/0/private/OpenOrders", KeyPermission.Read),
            new Entry("/0/private/TradesHistory", KeyPermission.Read),
            new Entry("/0/private/AddOrder", KeyPermission.Trade),
            new Entry("/0/private/EditOrder", KeyPermission.Trade),
            new Entry("/0/private/CancelOrder", KeyPermission.Trade),
            new Entry("/0/private/WalletTransfer", KeyPermission.Transfer),
            new Entry("/0/private/Withdraw", KeyPermission.Withdraw),
            // Coinbase Advanced Trade and App v2
            new Entry("/api/v3/brokerage/accounts", KeyPermission.Read),
            new Entry("/api/v3/brokerage/orders/historical", KeyPermission.Read),
            new Entry("/api/v3/brokerage/orders", KeyPermission.Trade),
            new Entry("/api/v3/brokerage/orders/batch_cancel", KeyPermission.Trade),
            new Entry("/api/v3/brokerage/orders/edit", KeyPermission.Trade),
            // KuCoin
            new Entry("/api/v1/accounts", KeyPermission.Read),
            new Entry("/api/v1/orders", KeyPermission.Trade),
            new Entry("/api/v1/hf/orders", KeyPermission.Trade),
            new Entry("/api/v2/accounts/inner-transfer", KeyPermission.Transfer),
            new Entry("/api/v3/accounts/universal-transfer", KeyPermission.Transfer),
            new Entry("/api/v1/withdrawals", KeyPermission.Withdraw),
            new Entry("/api/v3/withdrawals", KeyPermission.Withdraw),
            // Gate v4
            new Entry("/api/v4/spot/accounts", KeyPermission.Read),
            new Entry("/api/v4/spot/orders", KeyPermission.Trade),
            new Entry("/api/v4/wallet/transfers", KeyPermission.Transfer),
            new Entry("/api/v4/wallet/sub_account_transfers", KeyPermission.Transfer),
            new Entry("/api/v4/withdrawals", KeyPermission.Withdraw),
            // Bitget v2
            new Entry("/api/v2/spot/account/assets", KeyPermission.Read),
            new Entry("/api/v2/spot/trade/place-order", KeyPermission.Trade),
            new Entry("/api/v2/spot/trade/cancel-order", KeyPermission.Trade),
            new Entry("/api/v2/spot/wallet/transfer", KeyPermission.Transfer),
            new Entry("/api/v2/spot/wallet/withdrawal", KeyPermission.Withdraw),
            // HTX
            new Entry("/v1/account/accounts", KeyPermission.Read),
            new Entry("/v1/order/openOrders", KeyPermission.Read),
            new Entry("/v1/order/orders/place", KeyPermission.Trade),
            new Entry("/v1/account/transfer", KeyPermission.Transfer),
            new Entry("/v2/account/transfer", KeyPermission.Transfer),
            new Entry("/v1/dw/withdraw/api/create", KeyPermission.Withdraw),
        };

        /// <summary>
        /// The permission a request to <paramref name="url"/> with <paramref name="method"/> (GET, POST, PUT, DELETE,
        /// PATCH, or null when unknown) needs, or None. The longest matching catalog path wins; a path matches when it
        /// is followed by the end, '?', '/', '{' or a quote (so <c>/0/private/WithdrawStatus</c> is not a withdrawal).
        /// </summary>
        public static KeyPermission Classify(string? method, string url)
        {
            if (url.Length < 6) return KeyPermission.None;
            Entry? best = null;
            foreach (var entry in Table)
            {
                var at = Find(url, entry.Bare);
                if (at < 0) continue;
                if (best is null || entry.Path.Length > best.Value.Path.Length) best = entry;
            }

            if (best is null) return KeyPermission.None;
            var permission = best.Value.Permission;
            if (permission != KeyPermission.Read && string.Equals(method, "GET", StringComparison.OrdinalIgnoreCase)) return KeyPermission.Read;
            if (permission == KeyPermission.Read || method is not null) return permission;
            // Method unknown: only a path that means one thing whatever the method is classified.
            return permission == KeyPermission.Withdraw || permission == KeyPermission.Transfer ? permission : KeyPermission.None;
        }

        private static int Find(string url, string bare)
        {
            // The path's leading slash is optional in the request ("sapi/v1/…" after a base address ending in '/').
            var start = 0;
            while (start < url.Length)
            {
                var i = url.IndexOf(bare, start, StringComparison.Ordinal);
                if (i < 0) return -1;
                var end = i + bare.Length;
                var beforeOk = i == 0 || !char.IsLetterOrDigit(url[i - 1]);
                var afterOk = end == url.Length || url[end] is '?' or '/' or '{' or '"' or '&' or ' ';
                if (beforeOk && afterOk) return i;
                start = i + 1;
            }

            return -1;
        }

        /// <summary>
        /// A raw request the operation makes: (HTTP method or null, the constant text of its URL with holes as "{}"),
        /// for <c>HttpClient.Get/Post/Put/Patch/Delete*Async</c>, <c>new HttpRequestMessage(HttpMethod.X, url)</c> and
        /// RestSharp <c>new RestRequest(resource, Method.X)</c>; null for anything else.
        /// </summary>
        public static (string? Method, string Url)? Request(IOperation operation)
        {
            switch (operation)
            {
                case IInvocationOperation invocation when invocation.TargetMethod.ContainingType is { Name: "HttpClient" or "HttpClientJsonExtensions" } type &&
                                                          IsSystemNetHttp(type.ContainingNamespace):
                {
                    var name = invocation.TargetMethod.Name;
                    var method = name.StartsWith("Get", StringComparison.Ordinal) ? "GET"
                        : name.StartsWith("Post", StringComparison.Ordinal) ? "POST"
                        : name.StartsWith("Put", StringComparison.Ordinal) ? "PUT"
                        : name.StartsWith("Patch", StringComparison.Ordinal) ? "PATCH"
                        : name.StartsWith("Delete", StringComparison.Ordinal) ? "DELETE"
                        : null;
                    if (method is null) return null;
                    foreach (var argument in invocation.Arguments)
                    {
                        if (argument.Parameter?.Name == "requestUri" && ConstantText(argument.Value) is { } url) return (method, url);
                    }

                    return null;
                }

                case IObjectCreationOperation { Type.Name: "HttpRequestMessage" or "RestRequest" } creation:
                {
                    string? method = null, url = null;
                    foreach (var argument in creation.Arguments)
                    {
                        var value = argument.Value;
                        while (value is IConversionOperation conversion) value = conversion.Operand;
                        if (value is IPropertyReferenceOperation { Property.ContainingType.Name: "HttpMethod" } httpMethod)
                            method = httpMethod.Property.Name.ToUpperInvariant();
                        else if (value is IFieldReferenceOperation { Field.ContainingType: { TypeKind: TypeKind.Enum, Name: "Method" } } restMethod)
                            method = restMethod.Field.Name.ToUpperInvariant();
                        else if (ConstantText(argument.Value) is { } text) url ??= text;
                    }

                    return url is null ? null : (method ?? (creation.Type!.Name == "RestRequest" ? "GET" : null), url);
                }

                default:
                    return null;
            }
        }

        /// <summary>The namespace's dotted name starts with "System.Net.Http" (System.Net.Http, System.Net.Http.Json…), read without building it.</summary>
        private static bool IsSystemNetHttp(INamespaceSymbol? ns)
        {
            INamespaceSymbol? below = null, belowThat = null;   // the two namespaces under n on the way up from ns
            for (var n = ns; n is { IsGlobalNamespace: false }; n = n.ContainingNamespace)
            {
                if (n.ContainingNamespace is null or { IsGlobalNamespace: true })
                    return n.Name == "System" && below?.Name == "Net" && belowThat is not null && belowThat.Name.StartsWith("Http", StringComparison.Ordinal);
                belowThat = below;
                below = n;
            }

            return false;
        }

        /// <summary>The constant parts of a URL expression, holes as "{}": literals, constants, $"…", a + b, new Uri(…).</summary>
        private static string? ConstantText(IOperation value)
        {
            var builder = new System.Text.StringBuilder();
            return Append(value, builder, 0) ? builder.ToString() : null;
        }

        private static bool Append(IOperation value, System.Text.StringBuilder builder, int depth)
        {
            if (depth > 8 || builder.Length > 2000) return false;
            if (value.ConstantValue is { HasValue: true, Value: string s })
            {
                builder.Append(s);
                return true;
            }

            switch (value)
            {
                case IConversionOperation conversion:
                    return Append(conversion.Operand, builder, depth + 1);
                case IObjectCreationOperation { Type.Name: "Uri", Arguments.Length: >= 1 } uri:
                    return Append(uri.Arguments[uri.Arguments.Length - 1].Value, builder, depth + 1);
                case IInterpolatedStringOperation interpolated:
                    foreach (var part in interpolated.Parts)
                    {
                        if (part is IInterpolatedStringTextOperation { Text.ConstantValue.Value: string text }) builder.Append(text);
                        else builder.Append("{}");
                    }

                    return true;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary:
                    if (!Append(binary.LeftOperand, builder, depth + 1)) builder.Append("{}");
                    if (!Append(binary.RightOperand, builder, depth + 1)) builder.Append("{}");
                    return true;
                default:
                    return false;
            }
        }
    }
}
