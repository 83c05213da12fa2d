using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = SecretsAnalyzers.Tests.CSharpAnalyzerVerifier<SecretsAnalyzers.Transport.EXK201ConfigFileEndpointAnalyzer>;

namespace SecretsAnalyzers.Tests.Transport
{
    /// <summary>EXK201/EXK202 in appsettings*.json, launchSettings.json and .env files read as AdditionalFiles.</summary>
    public class EXK201ConfigFileEndpointTests
    {
        private static Task Run(string path, string text, string? globalConfig = null, params DiagnosticResult[] expected)
        {
            var test = new Verify.Test { TestCode = "class C { }" };
            test.TestState.AdditionalFiles.Add((path, text));
            if (globalConfig is not null) test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig + "\n"));
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        [Fact]
        public Task Reports_http_and_ws_endpoints_in_appsettings() => Run("/0/appsettings.json", """
            {
              "Exchange": {
                "BaseUrl": "{|EXK201:http://gateway.corp.net/api|}",
                "SocketUrl": "{|EXK202:ws://feed.corp.net/ws|}",
                "RestEndpoint": "{|EXK201:http://gateway.corp.net|}",
                "Hosts": [ "{|EXK201:http://gateway.corp.net|}", "https://backup.corp.net" ]
              }
            }
            """);

        [Fact]
        public Task Reports_endpoints_in_app_config() => Run("/0/App.config", """
            <configuration>
              <appSettings>
                <add key="BinanceApiUrl" value="{|#0:http://api.binance.com|}" />
                <add key="FeedUrl" value="{|EXK202:ws://feed.corp.net/ws|}" />
                <add key="LocalUrl" value="http://localhost:5000" />
                <add key="SecureUrl" value="https://gateway.corp.net" />
              </appSettings>
            </configuration>
            """, null,
            Verify.Diagnostic("EXK201").WithLocation(0).WithSeverity(DiagnosticSeverity.Error)
                .WithArguments("'BinanceApiUrl' in 'App.config'", "api.binance.com"));

        [Fact]
        public Task Exchange_host_in_config_is_an_error() => Run("/0/appsettings.json", """
            { "Binance": { "ApiUrl": "{|#0:http://api.binance.com|}" } }
            """, null,
            Verify.Diagnostic("EXK201").WithLocation(0).WithSeverity(DiagnosticSeverity.Error)
                .WithArguments("'Binance:ApiUrl' in 'appsettings.json'", "api.binance.com"));

        [Theory]
        [InlineData("http://FAKEKEYuserinfo:pa/ss@api.binance.com/api")]
        [InlineData("http://FAKEKEYuserinfo:pa?ss@api.binance.com")]
        [InlineData("http://FAKEKEYuserinfo:pa#ss@api.binance.com")]
        public Task Userinfo_with_a_path_character_in_config_is_never_printed_as_the_host(string url) => Run("/0/appsettings.json",
            "{ \"Binance\": { \"ApiUrl\": \"{|#0:" + url + "|}\" } }", null,
            Verify.Diagnostic("EXK201").WithLocation(0).WithSeverity(DiagnosticSeverity.Error)
                .WithArguments("'Binance:ApiUrl' in 'appsettings.json'", "api.binance.com"));

        [Fact]
        public Task Userinfo_before_a_loopback_host_in_config_is_silent() => Run("/0/.env", """
            EXCHANGE_BASE_URL=http://FAKEKEYuserinfo:pa/ss@localhost:8080/api
            """);

        [Fact]
        public Task Development_file_reports_one_level_lower() => Run("/0/appsettings.Development.json", """
            { "Binance": { "StreamUrl": "{|#0:ws://stream.binance.com:9443/ws|}" } }
            """, null,
            Verify.Diagnostic("EXK202").WithLocation(0).WithSeverity(DiagnosticSeverity.Warning)
                .WithArguments("'Binance:StreamUrl' in 'appsettings.Development.json'", "stream.binance.com"));

        [Fact]
        public Task Reports_dotenv_endpoint() => Run("/0/.env", """
            APCA_API_BASE_URL={|EXK201:http://paper-api.alpaca.markets|}
            APCA_API_KEY_ID=
            """, null);

        [Fact]
        public Task Reports_launch_settings_environment_variable_only() => Run("/0/Properties/launchSettings.json", """
            {
              "profiles": {
                "Bot": {
                  "commandName": "Project",
                  "applicationUrl": "http://gateway.corp.net:5000",
                  "environmentVariables": { "Exchange__BaseUrl": "{|EXK201:http://gateway.corp.net|}" }
                }
              }
            }
            """);

        [Fact]
        public Task No_diagnostic_for_safe_or_non_endpoint_values() => Run("/0/appsettings.json", """
            {
              // comments are allowed
              "Urls": "http://gateway.corp.net:5000",
              "Kestrel": { "Endpoints": { "Http": { "Url": "http://gateway.corp.net:5000" } } },
              "Exchange": {
                "BaseUrl": "https://api.binance.com",
                "SocketUrl": "wss://stream.binance.com:9443",
                "LocalUrl": "http://localhost:8080",
                "LoopbackUrl": "http://127.0.0.1:9000",
                "V6Url": "http://[::1]:9000",
                "AnyUrl": "http://0.0.0.0:9000",
                "HelpUrl": "http://docs.corp.net/help",
                "Description": "http://gateway.corp.net is the old gateway",
                "Schema": "http://json-schema.org/draft-07/schema#",
                "Timeout": 30
              }
            }
            """);

        [Fact]
        public Task No_diagnostic_for_allowed_host() => Run("/0/appsettings.json", """
            { "Exchange": { "BaseUrl": "http://gateway.internal/api" } }
            """, "secrets_analyzers.allowed_hosts = *.internal");

        [Fact]
        public Task Production_file_with_exchange_stream_is_an_error() => Run("/0/appsettings.Production.json", """
            {
              "Exchange": {
                "RestUrl": "https://api.binance.com",
                "StreamUrl": "{|#0:ws://stream.binance.com:9443/ws|}"
              }
            }
            """, null,
            Verify.Diagnostic("EXK202").WithLocation(0).WithSeverity(DiagnosticSeverity.Error)
                .WithArguments("'Exchange:StreamUrl' in 'appsettings.Production.json'", "stream.binance.com"));

        [Fact]
        public Task Ignores_other_additional_files() => Run("/0/notes.json", """
            { "BaseUrl": "http://gateway.corp.net" }
            """);

        [Fact]
        public Task Survives_broken_json() => Run("/0/appsettings.json", """
            { "Exchange": { "BaseUrl": "{|EXK201:http://gateway.corp.net|}", "SocketUrl": "ws://feed.corp
            """);
    }
}
