using System;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TradingBot
{
    /// <summary>API settings of the reporting account, bound from the "Reporting" section.</summary>
    public sealed record ReportingCredentials
    {
        public string Exchange { get; init; } = "Binance";

        public string ApiKey { get; init; } = "";

        public string ApiSecret { get; init; } = "";
    }

    /// <summary>Reads balances for the daily report and logs what it does.</summary>
    public sealed class AccountReporter
    {
        private readonly ILogger<AccountReporter> _logger;
        private readonly IConfiguration _configuration;
        private readonly ReportingCredentials _credentials;
        private readonly HttpClient _http;

        public AccountReporter(ILogger<AccountReporter> logger, IConfiguration configuration,
            IOptions<ReportingCredentials> credentials, HttpClient http)
        {
            _logger = logger;
            _configuration = configuration;
            _credentials = credentials.Value;
            _http = http;
        }

        public void LogStartup()
        {
            _logger.LogInformation("Connecting to {Exchange} with key {ApiKey}", _credentials.Exchange, _credentials.ApiKey);
            var passphrase = _configuration["Reporting:Passphrase"];
            _logger.LogDebug($"Passphrase loaded: {passphrase}");
            Console.WriteLine("Reporting settings: " + _credentials);
        }

        public async Task<string> FetchBalanceAsync()
        {
            var secret = Environment.GetEnvironmentVariable("REPORTING_API_SECRET") ?? "";
            var url = $"https://api.binance.com/api/v3/account?recvWindow=5000&secret={secret}";
            using var response = await _http.GetAsync(url);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Balance request failed for secret {_credentials.ApiSecret}");
            }

            return await response.Content.ReadAsStringAsync();
        }
    }
}
