using SecretsAnalyzers.Tests.Stubs;

namespace SecretsAnalyzers.Tests.Permissions
{
    /// <summary>Shared test sources of the permission rules: usings, a method template and every SDK stub.</summary>
    internal static class PermissionTestCode
    {
        public const string Usings = """
            using System;
            using System.Collections.Generic;
            using System.Net.Http;
            using System.Threading.Tasks;
            using Binance.Net.Clients;
            using Binance.Net.Objects.Models.Spot;
            using Bybit.Net.Clients;
            using HTX.Net.Clients;
            using Kucoin.Net.Clients;
            using Mexc.Net.Clients;
            using OKX.Net.Clients;

            """;

        /// <summary>Own permission vocabulary used by the enum and member tests.</summary>
        public const string OwnTypes = """

            [Flags]
            enum ApiPermissions { None = 0, Read = 1, Trade = 2, Withdraw = 4, Transfer = 8, All = Read | Trade | Withdraw | Transfer }

            enum KeyRights { Read, Trade, Withdraw, InternalTransfer, FullAccess, Admin }

            enum ApiScope { View, Trade, Transfer, Everything }

            enum TransactionType { Deposit, Withdraw, Transfer }

            enum Visibility { Mine, All }

            class KeyRequest
            {
                public ApiPermissions Permissions { get; set; }
                public KeyRights Rights { get; set; }
                public string Scope { get; set; } = "";
                public bool CanWithdraw { get; set; }
                public bool FullAccess { get; set; }
                public bool IsAdmin { get; set; }
                public bool IsWithdrawal { get; set; }
            }

            static class Own
            {
                public static void CreateKey(string label, bool canWithdraw = false, bool canTrade = false) { }
                public static void Authorize(string clientId, string scope) { }
                public static void RequestScopes(IEnumerable<string> scopes) { }
                public static void Apply(ApiPermissions permissions) { }
                public static void Send(string path, object body) { }
            }
            """;

        /// <summary>Wraps statements in an async method that has every SDK client as a parameter.</summary>
        public static string InMethod(string body) => Usings + """
            class C
            {
                async Task M(BybitRestClient bybit, BinanceRestClient binance, KucoinRestClient kucoin, HTXRestClient htx,
                    MexcRestClient mexc, OKXRestClient okx, HttpClient http, KeyRequest request, string apiKey, string otp, ApiPermissions current)
                {

            """ + body + """

                    await Task.CompletedTask;
                }
            }
            """ + OwnTypes;

        public static readonly string[] Stubs =
        {
            PermissionStubs.CryptoExchange, PermissionStubs.Bybit, PermissionStubs.Binance, PermissionStubs.Kucoin,
            PermissionStubs.Htx, PermissionStubs.Mexc, PermissionStubs.Okx, PermissionStubs.ExchangeSharp, PermissionStubs.Ccxt,
        };
    }
}
