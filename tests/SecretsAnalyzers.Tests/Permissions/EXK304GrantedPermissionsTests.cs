using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Verify = SecretsAnalyzers.Tests.CSharpAnalyzerVerifier<SecretsAnalyzers.Permissions.EXK304GrantedPermissionsAnalyzer>;

namespace SecretsAnalyzers.Tests.Permissions
{
    /// <summary>EXK304 (call needs an ungranted permission), EXK305 (granted permission never used) and EXK306 (least set).</summary>
    public class EXK304GrantedPermissionsTests
    {
        private const string Usings = """
            using System.Threading.Tasks;
            using Binance.Net.Clients;
            using Binance.Net.Enums;
            using Bybit.Net.Clients;
            using ExchangeSharp;

            """;

        private const string Granted = "secrets_analyzers.granted_permissions = ";

        private static Verify.Test Create(string source, string? editorConfig = null, params DiagnosticResult[] expected)
        {
            var test = new Verify.Test { TestCode = Usings + source };
            foreach (var stub in PermissionTestCode.Stubs) test.AddStub(stub);
            if (editorConfig is not null) test.WithEditorConfig(editorConfig);
            test.ExpectedDiagnostics.AddRange(expected);
            return test;
        }

        private const string ReadAndTrade = """
            class Bot
            {
                async Task Run(BinanceRestClient binance)
                {
                    var ticker = await binance.SpotApi.ExchangeData.{|#0:GetTickerAsync|}("BTCUSDT");
                    var account = await binance.SpotApi.Account.GetAccountInfoAsync();
                    await binance.SpotApi.Trading.PlaceOrderAsync("BTCUSDT", OrderSide.Buy, SpotOrderType.Market, 1m);
                    await binance.SpotApi.Trading.CancelOrderAsync("BTCUSDT", 42);
                }
            }
            """;

        // ---------------- without the option: EXK306 lists the least set ----------------

        [Fact]
        public Task Lists_least_permissions_without_the_option() =>
            Create(ReadAndTrade, null, Verify.Diagnostic("EXK306").WithLocation(0).WithArguments("read, trade")).RunAsync();

        [Fact]
        public Task Lists_every_class_of_ccxt_calls() => Create("""
            class Bot
            {
                async Task Run(ccxt.binance exchange)
                {
                    await exchange.{|#0:fetchBalance|}();
                    await exchange.fetchTicker("BTC/USDT");
                    await exchange.createOrder("BTC/USDT", "limit", "buy", 1, 60000);
                    await exchange.cancelOrder("42", "BTC/USDT");
                    await exchange.withdraw("USDT", 100, "TXYZ1234567890abcdefghijklmnopqrst");
                    await exchange.transfer("USDT", 100, "spot", "funding");
                }
            }
            """, null, Verify.Diagnostic("EXK306").WithLocation(0).WithArguments("read, trade, transfer, withdraw")).RunAsync();

        [Fact]
        public Task Lists_exchangesharp_calls() => Create("""
            class Bot
            {
                async Task Run()
                {
                    var api = await ExchangeAPI.GetExchangeAPIAsync<ExchangeBinanceAPI>();
                    var amounts = await api.{|#0:GetAmountsAsync|}();
                    await api.PlaceOrderAsync(new ExchangeOrderRequest { MarketSymbol = "BTCUSDT", Amount = 1m, Price = 60000m, IsBuy = true });
                }
            }
            """, null, Verify.Diagnostic("EXK306").WithLocation(0).WithArguments("read, trade")).RunAsync();

        [Fact]
        public Task Lists_read_only_for_a_monitoring_tool() => Create("""
            class Monitor
            {
                async Task Run(BybitRestClient bybit)
                {
                    await bybit.V5Api.Account.{|#0:GetBalancesAsync|}(Bybit.Net.Enums.AccountType.Unified);
                    await bybit.V5Api.Trading.GetOrdersAsync(Bybit.Net.Enums.Category.Spot);
                }
            }
            """, null, Verify.Diagnostic("EXK306").WithLocation(0).WithArguments("read")).RunAsync();

        [Fact]
        public Task Lists_least_permissions_across_files()
        {
            var test = Create("""
                class Reader
                {
                    async Task Run(BinanceRestClient binance) => await binance.SpotApi.ExchangeData.{|#0:GetTickerAsync|}("BTCUSDT");
                }
                """, null, Verify.Diagnostic("EXK306").WithLocation(0).WithArguments("read, trade, withdraw"));
            test.TestState.Sources.Add(("/0/Test1.cs", Usings + """
                class Trader
                {
                    async Task Run(BinanceRestClient binance) => await binance.SpotApi.Trading.PlaceOrderAsync("BTCUSDT", OrderSide.Sell, SpotOrderType.Market, 1m);
                }
                """));
            test.TestState.Sources.Add(("/0/Test2.cs", Usings + """
                class Treasury
                {
                    async Task Run(BinanceRestClient binance) => await binance.SpotApi.Account.WithdrawAsync("USDT", "TXYZ1234567890abcdefghijklmnopqrst", 10m);
                }
                """));
            return test.RunAsync();
        }

        [Fact]
        public Task Unknown_option_words_count_as_unset() =>
            Create(ReadAndTrade, Granted + "everything", Verify.Diagnostic("EXK306").WithLocation(0).WithArguments("read, trade")).RunAsync();

        // ---------------- with the option: EXK304 and EXK305 ----------------

        [Fact]
        public Task Silent_when_the_granted_set_matches_the_calls() => Create(ReadAndTrade.Replace("{|#0:", "").Replace("|}", ""), Granted + "read, trade").RunAsync();

        [Fact]
        public Task Accepts_permission_aliases() => Create(ReadAndTrade.Replace("{|#0:", "").Replace("|}", ""), Granted + "view, trading").RunAsync();

        [Fact]
        public Task Reports_withdraw_call_not_granted() => Create("""
            class Bot
            {
                async Task Run(BinanceRestClient binance)
                {
                    var account = await binance.SpotApi.Account.GetAccountInfoAsync();
                    await binance.SpotApi.Trading.PlaceOrderAsync("BTCUSDT", OrderSide.Buy, SpotOrderType.Market, 1m);
                    await binance.SpotApi.Account.{|#0:WithdrawAsync|}("USDT", "TXYZ1234567890abcdefghijklmnopqrst", 10m);
                }
            }
            """, Granted + "read, trade", Verify.Diagnostic("EXK304").WithLocation(0).WithArguments("WithdrawAsync", "withdraw")).RunAsync();

        [Fact]
        public Task Reports_transfer_calls_not_granted() => Create("""
            class Bot
            {
                async Task Run(BinanceRestClient binance, BybitRestClient bybit)
                {
                    await binance.SpotApi.Account.GetAccountInfoAsync();
                    await binance.SpotApi.Trading.PlaceOrderAsync("BTCUSDT", OrderSide.Buy, SpotOrderType.Market, 1m);
                    await binance.SpotApi.Account.{|EXK304:TransferAsync|}(UniversalTransferType.MainToFunding, "USDT", 10m);
                    await bybit.V5Api.Account.{|EXK304:CreateInternalTransferAsync|}("USDT", 10m, Bybit.Net.Enums.AccountType.Unified, Bybit.Net.Enums.AccountType.Fund);
                }
            }
            """, Granted + "read, trade").RunAsync();

        [Fact]
        public Task Reports_trade_calls_on_a_read_only_key() => Create("""
            class Bot
            {
                async Task Run(ccxt.binance exchange)
                {
                    await exchange.fetchBalance();
                    await exchange.{|EXK304:createOrder|}("BTC/USDT", "market", "buy", 1);
                    await exchange.{|EXK304:cancelOrder|}("42", "BTC/USDT");
                }
            }
            """, Granted + "read").RunAsync();

        [Fact]
        public Task Reports_exchangesharp_withdrawal_not_granted() => Create("""
            class Bot
            {
                async Task Run(IExchangeAPI api)
                {
                    await api.GetTickerAsync("BTCUSDT");
                    await api.PlaceOrderAsync(new ExchangeOrderRequest { MarketSymbol = "BTCUSDT", Amount = 1m });
                    await api.{|EXK304:WithdrawAsync|}(new ExchangeWithdrawalRequest { Currency = "USDT", Address = "TXYZ1234567890abcdefghijklmnopqrst", Amount = 5m });
                }
            }
            """, Granted + "read, trade").RunAsync();

        [Fact]
        public Task Reports_granted_permission_never_used() =>
            Create(ReadAndTrade, Granted + "read, trade, withdraw", Verify.Diagnostic("EXK305").WithLocation(0).WithArguments("withdraw")).RunAsync();

        [Fact]
        public Task Reports_each_unused_granted_permission() => Create(ReadAndTrade, Granted + "read, trade, transfer, withdraw",
            Verify.Diagnostic("EXK305").WithLocation(0).WithArguments("transfer"),
            Verify.Diagnostic("EXK305").WithLocation(0).WithArguments("withdraw")).RunAsync();

        [Fact]
        public Task Reads_the_option_from_a_globalconfig()
        {
            var test = Create("""
                class Bot
                {
                    async Task Run(BinanceRestClient binance)
                    {
                        await binance.SpotApi.Account.{|#0:GetAccountInfoAsync|}();
                        await binance.SpotApi.Account.{|#1:TransferAsync|}(UniversalTransferType.MainToFunding, "USDT", 10m);
                    }
                }
                """, null,
                Verify.Diagnostic("EXK304").WithLocation(1).WithArguments("TransferAsync", "transfer"),
                Verify.Diagnostic("EXK305").WithLocation(0).WithArguments("trade"));
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nsecrets_analyzers.granted_permissions = read, trade\n"));
            return test.RunAsync();
        }

        [Fact]
        public Task Checks_every_file_of_a_multi_file_project()
        {
            var test = Create("""
                class Reader
                {
                    async Task Run(BinanceRestClient binance) => await binance.SpotApi.ExchangeData.GetTickerAsync("BTCUSDT");
                }
                """, Granted + "read, trade");
            test.TestState.Sources.Add(("/0/Test1.cs", Usings + """
                class Trader
                {
                    async Task Run(BinanceRestClient binance) => await binance.SpotApi.Trading.PlaceOrderAsync("BTCUSDT", OrderSide.Sell, SpotOrderType.Market, 1m);
                }
                """));
            test.TestState.Sources.Add(("/0/Test2.cs", Usings + """
                class Treasury
                {
                    async Task Run(BinanceRestClient binance) => await binance.SpotApi.Account.{|EXK304:WithdrawAsync|}("USDT", "TXYZ1234567890abcdefghijklmnopqrst", 10m);
                }
                """));
            return test.RunAsync();
        }

        // ---------------- silence ----------------

        [Theory]
        [InlineData("Binance.Net")]
        [InlineData("Binance.Net.UnitTests")]
        [InlineData("Binance.UnitTests")]
        [InlineData("ExchangeSharpConsole")]
        public Task Silent_on_the_sdks_own_source_tree(string assemblyName)
        {
            var test = Create(assemblyName.StartsWith("Binance", System.StringComparison.Ordinal)
                ? ReadAndTrade.Replace("{|#0:", "").Replace("|}", "")
                : """
                class Tool
                {
                    async Task Run()
                    {
                        var api = await ExchangeAPI.GetExchangeAPIAsync<ExchangeBinanceAPI>();
                        await api.PlaceOrderAsync(new ExchangeOrderRequest());
                    }
                }
                """, Granted + "read");
            test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectAssemblyName(projectId, assemblyName));
            return test.RunAsync();
        }

        [Theory]
        [InlineData("BinanceBot")]
        [InlineData("Binance.Bot")]
        [InlineData("BinanceBot.Tests")]
        public Task Lists_least_permissions_in_a_bot_named_after_an_exchange(string assemblyName)
        {
            var test = Create(ReadAndTrade, null, Verify.Diagnostic("EXK306").WithLocation(0).WithArguments("read, trade"));
            test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectAssemblyName(projectId, assemblyName));
            return test.RunAsync();
        }

        // ---------------- raw REST requests (catalog C2 paths) ----------------

        private const string RawBot = """
            using System.Net.Http;

            class RawBot
            {
                async Task Run(HttpClient http, string query, string sig)
                {
                    await http.{|#0:GetAsync|}("https://api.binance.com/api/v3/account?" + query);
                    await http.PostAsync($"https://api.binance.com/api/v3/order?{query}&signature={sig}", null);
                    await http.PostAsync("https://api.bybit.com/v5/order/create", new StringContent("{}"));
                    using var withdraw = {|#1:new HttpRequestMessage(HttpMethod.Post, "/sapi/v1/capital/withdraw/apply?" + query)|};
                    await http.SendAsync(withdraw);
                    await http.GetAsync("https://api.binance.com/api/v3/ticker/price");
                    await http.PostAsync("https://api.kraken.com/0/private/WithdrawStatus", null);
                    await http.GetAsync("https://api.kucoin.com/api/v1/withdrawals?currency=BTC");
                }
            }
            """;

        [Fact]
        public Task Lists_least_permissions_of_raw_rest_calls() =>
            Create(RawBot.Replace("{|#1:", "").Replace(")|};", ");"), null,
                Verify.Diagnostic("EXK306").WithLocation(0).WithArguments("read, trade, withdraw")).RunAsync();

        [Fact]
        public Task Reports_raw_withdrawal_request_not_granted() =>
            Create(RawBot.Replace("{|#0:", "").Replace("|}(\"https://api.binance.com/api/v3/account", "(\"https://api.binance.com/api/v3/account"), Granted + "read, trade",
                Verify.Diagnostic("EXK304").WithLocation(1).WithArguments("POST /sapi/v1/capital/withdraw/apply", "withdraw")).RunAsync();

        [Fact]
        public Task Silent_for_public_and_unknown_rest_paths() => Create("""
            using System.Net.Http;

            class MarketData
            {
                async Task Run(HttpClient http)
                {
                    await http.GetAsync("https://api.binance.com/api/v3/ticker/price");
                    await http.GetAsync("https://api.kraken.com/0/public/Ticker?pair=XBTUSD");
                    await http.PostAsync("https://hooks.corp.net/api/v3/orders-export", null);
                    await http.PostAsync("https://api.kraken.com/0/private/WithdrawStatus", null);
                }
            }
            """, null).RunAsync();

        [Fact]
        public Task Silent_without_classified_calls() => Create("""
            class KeyAdmin
            {
                async Task Run(BybitRestClient bybit, BinanceRestClient binance)
                {
                    var api = await ExchangeAPI.GetExchangeAPIAsync<ExchangeBinanceAPI>();
                    await bybit.V5Api.SubAccount.CreateSubAccountApiKeyAsync("1001", true, ipRestrictions: "203.0.113.7");
                    await binance.SpotApi.Account.GetAPIKeyPermissionsAsync();
                }
            }
            """, null).RunAsync();

        [Fact]
        public Task Silent_without_any_exchange_sdk()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    using System.Threading.Tasks;
                    class Orders
                    {
                        public Task PlaceOrderAsync() => Task.CompletedTask;
                        public Task WithdrawAsync() => Task.CompletedTask;
                        async Task Run() { await PlaceOrderAsync(); await WithdrawAsync(); }
                    }
                    """,
            };
            return test.WithEditorConfig(Granted + "read").RunAsync();
        }

        [Fact]
        public Task Silent_for_own_methods_named_like_sdk_calls() => Create("""
            class Wallet
            {
                public Task WithdrawAsync() => Task.CompletedTask;
                async Task Run(BinanceRestClient binance)
                {
                    await WithdrawAsync();
                    await binance.SpotApi.Account.GetAccountInfoAsync();
                }
            }
            """, Granted + "read").RunAsync();
    }
}
