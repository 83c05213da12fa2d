using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SecretsAnalyzers.HardcodedSecrets;
using S = SecretsAnalyzers.Tests.HardcodedSecrets.ShapeSecrets;
using Verify = SecretsAnalyzers.Tests.CSharpAnalyzerVerifier<SecretsAnalyzers.HardcodedSecrets.EXK105ConfigFileSecretAnalyzer>;

namespace SecretsAnalyzers.Tests.HardcodedSecrets
{
    public class EXK105ConfigFileSecretTests
    {
        private static Task VerifyFile(string path, string text, params DiagnosticResult[] expected)
        {
            var test = new Verify.Test { TestCode = "class Program { static void Main() { } }" };
            test.TestState.AdditionalFiles.Add((path, text));
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        private static DiagnosticResult Info(int location, string key, string file) =>
            Verify.Diagnostic(Descriptors.EXK105SecretInConfigFile).WithSeverity(DiagnosticSeverity.Info).WithLocation(location)
                .WithArguments(key, file, "Binance API key or secret format", Advice(file));

        private static string Advice(string file) =>
            file.StartsWith(".env", System.StringComparison.Ordinal) ? EXK105ConfigFileSecretAnalyzer.DotEnvAdvice : EXK105ConfigFileSecretAnalyzer.SettingsAdvice;

        // ---------------------------------------------------------------- positives

        [Fact]
        public Task Reports_secret_under_nested_secret_named_key_with_path_in_message() =>
            VerifyFile("/0/appsettings.json", $$"""
                {
                  "Binance": {
                    "ApiKey": "{|#0:{{S.Binance64B}}|}",
                    "ApiSecret": "{|#1:{{S.Binance64}}|}"
                  }
                }
                """,
                Verify.Diagnostic(Descriptors.EXK105SecretInConfigFile).WithLocation(0).WithArguments("Binance:ApiKey", "appsettings.json", "Binance API key or secret format", Advice("appsettings.json")),
                Verify.Diagnostic(Descriptors.EXK105SecretInConfigFile).WithLocation(1).WithArguments("Binance:ApiSecret", "appsettings.json", "Binance API key or secret format", Advice("appsettings.json")));

        [Theory]
        [InlineData("\"Kraken\": { \"PrivateKey\": \"{|EXK105:" + S.Kraken88 + "|}\" }")]
        [InlineData("\"Kraken\": { \"Credentials\": { \"Value\": \"{|EXK105:" + S.Kraken88B + "|}\" } }")]
        [InlineData("\"Exchanges\": { \"Kucoin\": { \"Key\": \"{|EXK105:" + S.KucoinKey + "|}\", \"Secret\": \"{|EXK105:" + S.Uuid + "|}\", \"Passphrase\": \"{|EXK105:q7Rv2LmZp9Ws|}\" } }")]
        [InlineData("\"Gemini\": { \"Account\": \"{|EXK105:" + S.GeminiAccount + "|}\" }")]
        [InlineData("\"Trading\": { \"Primary\": \"{|EXK105:" + S.GeminiMaster + "|}\" }")]
        [InlineData("\"Bitget\": { \"Identity\": \"{|EXK105:" + S.Bitget + "|}\" }")]
        [InlineData("\"Mexc\": { \"User\": \"{|EXK105:" + S.Mexc + "|}\" }")]
        [InlineData("\"Coinbase\": { \"KeyName\": \"{|EXK105:" + S.CdpKeyName + "|}\" }")]
        [InlineData("\"Coinbase\": { \"PrivateKey\": \"{|EXK105:" + S.EcPemEscaped + "|}\" }")]
        [InlineData("\"Coinbase\": { \"Pem\": \"{|EXK105:" + S.EcPemEscaped + "|}\" }")]
        [InlineData("\"Accounts\": [ { \"Name\": \"main\", \"ApiSecret\": \"{|EXK105:" + S.Binance64 + "|}\" }, { \"Name\": \"hedge\" } ]")]
        [InlineData("\"ApiSecrets\": [ \"{|EXK105:" + S.Binance64 + "|}\", \"{|EXK105:" + S.Binance64B + "|}\" ]")]
        [InlineData("\"ConnectionStrings\": { \"Trades\": \"{|EXK105:Server=db01;User Id=bot;Password=Zq8vLm2RtX9pKw4N;|}\" }")]
        [InlineData("\"Alpaca\": { \"KeyId\": \"{|EXK105:" + S.AlpacaKey + "|}\", \"SecretKey\": \"{|EXK105:" + S.AlpacaSecret + "|}\" }")]
        [InlineData("\"Okx\": { \"ApiKey\": \"{|EXK105:" + S.Uuid2 + "|}\", \"SecretKey\": \"{|EXK105:" + S.OkxSecret + "|}\", \"Passphrase\": \"{|EXK105:Tr4d1ngB0t!2026|}\" }")]
        [InlineData("\"Wallet\": { \"Mnemonic\": \"{|EXK105:" + S.Mnemonic + "|}\" }")]
        [InlineData("\"Bitfinex\": { \"Key\": \"{|EXK105:" + S.Bitfinex + "|}\" }")]
        [InlineData("\"BitMEX\": { \"Secret\": \"{|EXK105:" + S.BitmexSecret + "|}\" }")]
        [InlineData("\"Signing\": { \"HmacKey\": \"{|EXK105:" + S.Generic + "|}\" }")]
        [InlineData("\"Deribit\": { \"ClientSecret\": \"{|EXK105:" + S.Generic40 + "|}\" }")]
        [InlineData("'Binance': { 'ApiSecret': '{|EXK105:" + S.Binance64 + "|}' }")]
        [InlineData("\"Jwt\": { \"Issuer\": \"bot\", \"Key\": \"{|EXK105:" + S.Generic40 + "|}\" }")]
        [InlineData("\"Serilog\": { \"WriteTo\": [ { \"Name\": \"Seq\", \"Args\": { \"serverUrl\": \"https://seq.internal\", \"apiKey\": \"{|EXK105:" + S.Generic + "|}\" } } ] }")]
        public Task Reports_secret_in_appsettings(string body) => VerifyFile("/0/appsettings.json", "{\n  " + body + "\n}\n");

        [Fact]
        public Task Reports_secrets_in_app_config_and_web_config() =>
            VerifyFiles(new[]
            {
                ("/0/App.config", $$"""
                    <?xml version="1.0" encoding="utf-8"?>
                    <configuration>
                      <appSettings>
                        <add key="BinanceApiKey" value="{|#0:{{S.Binance64B}}|}" />
                        <add key="BinanceApiSecret" value="{|#1:{{S.Binance64}}|}" />
                        <add key="Symbol" value="BTCUSDT" />
                        <add key="ApiSecret" value="YOUR_API_SECRET" />
                        <!-- <add key="OldSecret" value="{{S.Binance64}}" /> -->
                      </appSettings>
                      <connectionStrings>
                        <add name="Trades" connectionString="{|#2:Server=db01;User Id=bot;Password=Zq8vLm2RtX9pKw4N;|}" providerName="System.Data.SqlClient" />
                        <add name="Local" connectionString="Server=(localdb)\MSSQLLocalDB;Integrated Security=true" />
                      </connectionStrings>
                    </configuration>
                    """),
                ("/0/Web.Release.config", "<configuration><appSettings><add key=\"KrakenPrivateKey\" value=\"{|#3:" + S.Kraken88 + "|}\" xdt:Transform=\"SetAttributes\" /></appSettings></configuration>"),
                ("/0/packages.config", "<packages><package id=\"Binance.Net\" version=\"" + S.Binance64 + "\" /></packages>"),
            },
            null,
            Verify.Diagnostic(Descriptors.EXK105SecretInConfigFile).WithLocation(0).WithArguments("BinanceApiKey", "App.config", "Binance API key or secret format", Advice("App.config")),
            Verify.Diagnostic(Descriptors.EXK105SecretInConfigFile).WithLocation(1).WithArguments("BinanceApiSecret", "App.config", "Binance API key or secret format", Advice("App.config")),
            Verify.Diagnostic(Descriptors.EXK105SecretInConfigFile).WithLocation(2).WithArguments("ConnectionStrings:Trades", "App.config", "'Password' pair in a connection string", Advice("App.config")),
            Verify.Diagnostic(Descriptors.EXK105SecretInConfigFile).WithLocation(3).WithArguments("KrakenPrivateKey", "Web.Release.config", "Kraken API secret format", Advice("Web.Release.config")));

        [Theory]
        [InlineData("/0/appsettings.Production.json")]
        [InlineData("/0/appsettings.Staging.json")]
        [InlineData("/0/config/appsettings.json")]
        public Task Reports_in_production_environment_files_at_warning(string path) =>
            VerifyFile(path, "{ \"Binance\": { \"ApiSecret\": \"{|EXK105:" + S.Binance64 + "|}\" } }");

        [Theory]
        [InlineData("/0/appsettings.Local.json")]
        [InlineData("/0/.env.development")]
        [InlineData("/0/.env.local")]
        public Task Reports_development_files_one_level_lower(string path) =>
            VerifyFile(path, path.Contains(".env")
                    ? "BINANCE_API_SECRET={|#0:" + S.Binance64 + "|}\n"
                    : "{ \"Binance\": { \"ApiSecret\": \"{|#0:" + S.Binance64 + "|}\" } }",
                Info(0, path.Contains(".env") ? "BINANCE_API_SECRET" : "Binance:ApiSecret", path.Substring(3)));

        // appsettings.Development.json is created by the project templates and committed: a real key format there is a
        // Warning (it used to be Info like the other development files); a name-only finding stays one level lower.
        [Fact]
        public Task Exchange_key_format_in_appsettings_Development_is_a_warning() =>
            VerifyFile("/0/appsettings.Development.json", $$"""
                {
                  "Binance": { "ApiSecret": "{|#0:{{S.Binance64}}|}" },
                  "Gemini": { "Account": "{|#1:{{S.GeminiAccount}}|}" },
                  "Signing": { "HmacKey": "{|#2:{{S.Generic}}|}" }
                }
                """,
                Verify.Diagnostic(Descriptors.EXK105SecretInConfigFile).WithSeverity(DiagnosticSeverity.Warning).WithLocation(0)
                    .WithArguments("Binance:ApiSecret", "appsettings.Development.json", "Binance API key or secret format", Advice("appsettings.Development.json")),
                Verify.Diagnostic(Descriptors.EXK105SecretInConfigFile).WithSeverity(DiagnosticSeverity.Warning).WithLocation(1)
                    .WithArguments("Gemini:Account", "appsettings.Development.json", "Gemini API key format", Advice("appsettings.Development.json")),
                Verify.Diagnostic(Descriptors.EXK105SecretInConfigFile).WithSeverity(DiagnosticSeverity.Info).WithLocation(2)
                    .WithArguments("Signing:HmacKey", "appsettings.Development.json", "secret-named key, 32 characters", Advice("appsettings.Development.json")));

        [Fact]
        public Task Placeholders_in_appsettings_Development_stay_silent() =>
            VerifyFile("/0/appsettings.Development.json", """
                {
                  "Binance": { "ApiKey": "<your-binance-api-key>", "ApiSecret": "YOUR_API_SECRET", "BaseUrl": "https://testnet.binance.vision" },
                  "Kraken": { "ApiSecret": "${KRAKEN_API_SECRET}" },
                  "Okx": { "Passphrase": "changeme", "SecretKey": "" },
                  "Logging": { "LogLevel": { "Default": "Debug" } }
                }
                """);

        // ---------------------------------------------------------------- files git ignores are never committed

        private static Task VerifyFiles((string Path, string Text)[] files, string? globalConfig, params DiagnosticResult[] expected)
        {
            var test = new Verify.Test { TestCode = "class Program { static void Main() { } }" };
            foreach (var file in files) test.TestState.AdditionalFiles.Add(file);
            if (globalConfig is not null) test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig + "\n"));
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        [Theory]
        [InlineData("/repo/.gitignore", ".env")]
        [InlineData("/repo/.gitignore", "*.env*\n")]
        [InlineData("/repo/.gitignore", "# local secrets\n**/.env\n")]
        [InlineData("/repo/src/.gitignore", "/Bot/.env")]
        [InlineData("/repo/src/Bot/.gitignore", ".env\r\n")]
        [InlineData("/repo/.gitignore", "src/\n")]
        [InlineData("/repo/.gitignore", "src/**/.e[mn]v")]
        [InlineData("/repo/.git/info/exclude", ".env")]
        public Task Env_file_that_git_ignores_is_not_reported(string ignorePath, string patterns) =>
            VerifyFiles(new[] { (ignorePath, patterns), ("/repo/src/Bot/.env", "BINANCE_API_SECRET=" + S.Binance64 + "\n") }, null);

        [Theory]
        [InlineData("/repo/.gitignore", "/.env")]                                   // anchored to the root folder only
        [InlineData("/repo/.gitignore", ".env/")]                                   // folders named .env only
        [InlineData("/repo/.gitignore", ".env\n!src/Bot/.env")]                     // re-included
        [InlineData("/repo/other/.gitignore", ".env")]                              // another folder's file
        [InlineData("/repo/.gitignore", "#.env\n\\#.env")]                         // a comment, and a file named "#.env"
        public Task Env_file_that_git_does_not_ignore_is_reported(string ignorePath, string patterns) =>
            VerifyFiles(new[] { (ignorePath, patterns), ("/repo/src/Bot/.env", "BINANCE_API_SECRET={|EXK105:" + S.Binance64 + "|}\n") }, null);

        [Fact]
        public Task Deeper_gitignore_re_includes_what_a_higher_one_ignores() =>
            VerifyFiles(new[]
            {
                ("/repo/.gitignore", "appsettings.*.json\n"),
                ("/repo/src/Bot/.gitignore", "!appsettings.Staging.json\n"),
                ("/repo/src/Bot/appsettings.Staging.json", "{ \"Binance\": { \"ApiSecret\": \"{|EXK105:" + S.Binance64 + "|}\" } }"),
                ("/repo/src/Bot/appsettings.Production.json", "{ \"Binance\": { \"ApiSecret\": \"" + S.Binance64B + "\" } }"),
            }, null);

        [Fact]
        public Task Respect_gitignore_false_reports_ignored_files() =>
            VerifyFiles(new[] { ("/repo/.gitignore", ".env\n"), ("/repo/src/Bot/.env", "BINANCE_API_SECRET={|EXK105:" + S.Binance64 + "|}\n") },
                "secrets_analyzers.EXK105.respect_gitignore = false");

        // ---------------------------------------------------------------- the message never prints a key that is a credential

        [Fact]
        public Task Key_segment_that_is_a_credential_is_elided_in_the_message() =>
            VerifyFile("/0/appsettings.json", $$"""
                { "Binance": { "{{S.Binance64B}}": "{|#0:{{S.Binance64}}|}" } }
                """,
                Verify.Diagnostic(Descriptors.EXK105SecretInConfigFile).WithLocation(0)
                    .WithArguments("Binance:<elided>", "appsettings.json", "Binance API key or secret format", Advice("appsettings.json")));

        [Fact]
        public Task Launch_profile_named_with_a_credential_is_elided_in_the_message() =>
            VerifyFile("/0/Properties/launchSettings.json", $$"""
                {
                  "profiles": {
                    "{{S.AlpacaSecret}}": {
                      "commandName": "Project",
                      "environmentVariables": { "BINANCE_API_SECRET": "{|#0:{{S.Binance64}}|}" }
                    }
                  }
                }
                """, Info(0, "profiles:<elided>:environmentVariables:BINANCE_API_SECRET", "launchSettings.json"));

        [Fact]
        public Task Env_variable_named_with_a_credential_is_elided_in_the_message() =>
            VerifyFile("/0/.env", "FAKE" + S.KucoinKey + "={|#0:" + S.Bitget + "|}\nLOG_LEVEL=Information\n",
                Verify.Diagnostic(Descriptors.EXK105SecretInConfigFile).WithLocation(0)
                    .WithArguments("<elided>", ".env", "Bitget API key format", "keep the file out of source control (list it in .gitignore) and rotate the key"));

        [Fact]
        public Task Pem_label_outside_the_known_labels_is_not_echoed() =>
            VerifyFile("/0/appsettings.json", "{ \"Coinbase\": { \"PrivateKey\": \"{|#0:-----BEGIN FAKEQ7RV2LMZP9W PRIVATE KEY-----\\n" + S.PemBody + "\\n-----END FAKEQ7RV2LMZP9W PRIVATE KEY-----\\n|}\" } }",
                Verify.Diagnostic(Descriptors.EXK105SecretInConfigFile).WithLocation(0)
                    .WithArguments("Coinbase:PrivateKey", "appsettings.json", "private key (PEM)", Advice("appsettings.json")));

        [Fact]
        public Task Reports_env_file_lines_in_every_syntax() =>
            VerifyFile("/0/.env", $$"""
                # exchange credentials
                BINANCE_API_KEY={|EXK105:{{S.Binance64B}}|}
                export BINANCE_API_SECRET="{|EXK105:{{S.Binance64}}|}"
                KRAKEN_SECRET='{|EXK105:{{S.Kraken88}}|}'   
                Okx__Passphrase = {|EXK105:Tr4d1ngB0t!2026|} # inline comment
                GEMINI_KEY={|EXK105:{{S.GeminiAccount}}|}
                LOG_LEVEL=Information
                """);

        [Fact]
        public Task Reports_multi_line_pem_in_env_file_at_its_value() =>
            VerifyFile("/0/.env.production", "COINBASE_PRIVATE_KEY=\"{|EXK105:-----BEGIN EC PRIVATE KEY-----\n" + S.PemBody + "\n-----END EC PRIVATE KEY-----|}\"\nNEXT=1\n");

        [Fact]
        public Task Reports_launch_settings_environment_variables_one_level_lower() =>
            VerifyFile("/0/Properties/launchSettings.json", $$"""
                {
                  "profiles": {
                    "TradingBot": {
                      "commandName": "Project",
                      "environmentVariables": {
                        "DOTNET_ENVIRONMENT": "Development",
                        "BINANCE_API_SECRET": "{|#0:{{S.Binance64}}|}"
                      }
                    }
                  }
                }
                """, Info(0, "profiles:TradingBot:environmentVariables:BINANCE_API_SECRET", "launchSettings.json"));

        [Fact]
        public Task Reads_comments_trailing_commas_and_bom() =>
            VerifyFile("/0/appsettings.json", "\uFEFF" + $$"""
                // settings for the bot
                {
                  /* exchange */
                  "Binance": {
                    "ApiSecret": "{|EXK105:{{S.Binance64}}|}", // keep out of git!
                    "Symbols": [ "BTCUSDT", "ETHUSDT", ],
                  },
                }
                """);

        [Fact]
        public Task Reads_deeply_nested_values()
        {
            var sb = new StringBuilder();
            for (var i = 0; i < 200; i++) sb.Append("{\"L").Append(i).Append("\":");
            sb.Append("{\"ApiSecret\":\"{|EXK105:").Append(S.Binance64).Append("|}\"}");
            for (var i = 0; i < 200; i++) sb.Append('}');
            return VerifyFile("/0/appsettings.json", sb.ToString());
        }

        [Fact]
        public Task Reads_past_huge_values() =>
            VerifyFile("/0/appsettings.json", "{ \"Banner\": \"" + new string('q', 300_000) + "\", \"Binance\": { \"ApiSecret\": \"{|EXK105:" + S.Binance64 + "|}\" } }");

        [Fact]
        public Task Reports_secrets_before_truncation_and_one_info_for_the_rest() =>
            VerifyFile("/0/appsettings.json", "{ \"Binance\": { \"ApiSecret\": \"{|EXK105:" + S.Binance64 + "|}\", \"Other\": [ 1, 2{|#0:|}",
                Verify.Diagnostic(Descriptors.EXK106ConfigFileUnreadable).WithLocation(0).WithArguments("appsettings.json", "JSON", "unexpected end of file (missing ']') at line 1, column 112"));

        // ---------------------------------------------------------------- negatives

        [Theory]
        [InlineData("\"Binance\": { \"ApiSecret\": \"\" }")]
        [InlineData("\"Binance\": { \"ApiSecret\": \"   \" }")]
        [InlineData("\"Binance\": { \"ApiSecret\": \"<your-api-secret>\" }")]
        [InlineData("\"Binance\": { \"ApiSecret\": \"${BINANCE_API_SECRET}\" }")]
        [InlineData("\"Binance\": { \"ApiSecret\": \"YOUR_API_SECRET\" }")]
        [InlineData("\"Binance\": { \"ApiSecret\": \"changeme\" }")]
        [InlineData("\"Binance\": { \"ApiSecret\": \"********\" }")]
        [InlineData("\"Binance\": { \"ApiSecret\": \"bg_xxxxxxxxxxxxxxxxxxxx\" }")]
        [InlineData("\"Binance\": { \"ApiSecret\": null }")]
        [InlineData("\"Binance\": { \"ApiSecret\": 1234567890123456 }")]
        [InlineData("\"Binance\": { \"ApiKeyHeaderName\": \"X-MBX-APIKEY\" }")]
        [InlineData("\"Binance\": { \"SecretName\": \"binance-api-secret\" }")]
        [InlineData("\"Binance\": { \"BaseUrl\": \"https://api.binance.com/api/v3/account?recvWindow=5000&timestamp=1700000000000\" }")]
        [InlineData("\"Binance\": { \"KeyFile\": \"/etc/tradingbot/keys/binance-hmac.key\" }")]
        [InlineData("\"Binance\": { \"KeyPath\": \"C:\\\\bots\\\\keys\\\\binance.pem\" }")]
        [InlineData("\"Telemetry\": { \"InstanceId\": \"" + S.Uuid + "\" }")]
        [InlineData("\"Release\": { \"Sha256\": \"" + S.Sha256Hex + "\" }")]
        [InlineData("\"Banner\": { \"Text\": \"VHJhZGluZyBib3Qgc3RhcnRlZCBzdWNjZXNzZnVsbHk=\" }")]
        [InlineData("\"Recorded\": { \"LastOrder\": { \"orderId\": 28457193, \"clientOrderId\": \"web_Q4nT8kL2pZ9wRv\" } }")]
        [InlineData("\"Gemini\": { \"Model\": \"gemini-1.5-pro-002\", \"Endpoint\": \"https://generativelanguage.googleapis.com\" }")]
        [InlineData("\"GoogleAI\": { \"Gemini\": { \"ProjectNumber\": \"UBKiCUbyMJcxDWo7hq5onH1ap2Iy\" } }")]
        [InlineData("\"ConnectionStrings\": { \"Trades\": \"Server=db01;Database=trades;Integrated Security=true\" }")]
        [InlineData("\"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } }, \"AllowedHosts\": \"*\"")]
        [InlineData("\"Jwt\": { \"Issuer\": \"https://login.example.org\", \"Audience\": \"trading-bot\" }")]
        [InlineData("\"Binance\": { \"KeyVaultSecretName\": \"binance-api-secret\", \"ApiKeyId\": \"7\" }")]
        [InlineData("\"Binance\": { \"ApiSecret\": \"FAKE-secret\" }")]
        [InlineData("\"Binance\": { \"UseTestnet\": true, \"RecvWindow\": 5000 }")]
        [InlineData("\"Valr\": { \"ApiKey\": \"ENC:U2FsdGVkX19q8Lm2RtX9pKw4NZq8vLm2RtX9pKw4N7Gh3Ty6Ui9Op0As\", \"Secret\": \"ENC(Zq8vLm2RtX9pKw4NQm7Rt2Lx9Vb4Nc8Kd3Wz)\", \"Passphrase\": \"ENC[AES256_GCM,data:Zq8vLm2R,iv:Qm7Rt2Lx,tag:Vb4Nc8Kd,type:str]\" }")]
        public Task No_diagnostic_in_appsettings(string body) => VerifyFile("/0/appsettings.json", "{\n  " + body + "\n}\n");

        [Theory]
        [InlineData("/0/data/orders.json")]
        [InlineData("/0/bin/Debug/net8.0/appsettings.json")]
        [InlineData("/0/obj/appsettings.json")]
        [InlineData("/0/secrets.txt")]
        public Task No_diagnostic_for_files_that_are_not_project_config(string path) =>
            VerifyFile(path, "{ \"Binance\": { \"ApiSecret\": \"" + S.Binance64 + "\" } }");

        [Fact]
        public Task No_diagnostic_for_env_comments_empty_values_and_placeholders() =>
            VerifyFile("/0/.env", """
                # BINANCE_API_SECRET=FAKEbBRsk29cztUX1kmObfEjdpyHGfY5PBNaNKNYd7pMCapFTzdbKB1Ga8FPJsKb
                BINANCE_API_KEY=
                BINANCE_API_SECRET=<set me>
                KRAKEN_SECRET=${KRAKEN_SECRET}
                OKX_PASSPHRASE="changeme"
                not an assignment line
                """);

        [Fact]
        public Task No_diagnostic_for_launch_settings_outside_environment_variables() =>
            VerifyFile("/0/Properties/launchSettings.json", """
                {
                  "iisSettings": { "windowsAuthentication": false },
                  "profiles": {
                    "TradingBot": {
                      "commandName": "Project",
                      "applicationUrl": "https://localhost:7001",
                      "environmentVariables": { "ASPNETCORE_ENVIRONMENT": "Development", "BINANCE_API_SECRET": "" }
                    }
                  }
                }
                """);

        [Fact]
        public Task Thresholds_come_from_a_global_analyzer_config()
        {
            var test = new Verify.Test { TestCode = "class Program { static void Main() { } }" };
            test.TestState.AdditionalFiles.Add(("/0/appsettings.json", "{ \"Okx\": { \"Passphrase\": \"Tr4d1ngB0t!2026\" } }"));
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nsecrets_analyzers.EXK105.min_length = 20\n"));
            return test.RunAsync();
        }

        [Fact]
        public Task Env_example_files_are_reported_one_level_lower() =>
            VerifyFile("/0/.env.example", "BINANCE_API_SECRET={|#0:" + S.Binance64 + "|}\n", Info(0, "BINANCE_API_SECRET", ".env.example"));

        // ---------------------------------------------------------------- malformed files: one EXK106, never AD0001

        [Theory]
        [InlineData("{ \"a\": {|#0:|}\"unterminated", "unterminated string at line 1, column 8")]
        [InlineData("{ \"a\": 1 {|#0:|}\"b\": 2 }", "expected ',' or '}' at line 1, column 10")]
        [InlineData("{ \"a\": {|#0:|}bare }", "unexpected word (strings must be quoted) at line 1, column 8")]
        [InlineData("{ \"a\": 1 } {|#0:|}trailing", "unexpected content after the end of the document at line 1, column 12")]
        [InlineData("{ {|#0:|}/* never closed", "unterminated comment at line 1, column 3")]
        [InlineData("{ {|#0:|}a: 1 }", "expected a quoted property name at line 1, column 3")]
        [InlineData("{\n  \"a\": [1, 2\n{|#0:|}", "unexpected end of file (missing ']') at line 3, column 1")]
        public Task Malformed_json_gets_one_info(string text, string reason)
        {
            var test = new Verify.Test { TestCode = "class Program { static void Main() { } }" };
            test.TestState.AdditionalFiles.Add(("/0/appsettings.json", text));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic(Descriptors.EXK106ConfigFileUnreadable).WithLocation(0).WithArguments("appsettings.json", "JSON", reason));
            return test.RunAsync();
        }

        [Fact]
        public Task Nesting_beyond_the_limit_is_reported_not_crashed()
        {
            var text = new string('[', 1000) + "{|#0:|}" + new string('[', 4000) + new string(']', 5000);
            var test = new Verify.Test { TestCode = "class Program { static void Main() { } }" };
            test.TestState.AdditionalFiles.Add(("/0/appsettings.json", text));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic(Descriptors.EXK106ConfigFileUnreadable).WithLocation(0)
                .WithArguments("appsettings.json", "JSON", "nesting deeper than 1000 levels at line 1, column 1001"));
            return test.RunAsync();
        }

        [Fact]
        public Task Empty_file_is_silent() => VerifyFile("/0/appsettings.json", "");

        [Fact]
        public Task Unterminated_env_quote_gets_one_info() =>
            VerifyFile("/0/.env", "A=1\nBINANCE_API_SECRET={|#0:|}\"" + S.Binance64 + "\n",
                Verify.Diagnostic(Descriptors.EXK106ConfigFileUnreadable).WithLocation(0).WithArguments(".env", "a .env file", "unterminated quoted value at line 2, column 20"));
    }
}
