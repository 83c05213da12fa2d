using System;
using System.Net.Http;
using System.Text;
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

        private bool PrintMembers(StringBuilder builder)
        {
            builder.Append("Exchange = ").Append(Exchange);
            builder.Append(", ApiKey = ***");
            builder.Append(", ApiSecret = ***");
            return true;
        }
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
            var apiKey = _credentials.ApiKey;
            var shown = apiKey.Length > 6 ? apiKey.Substring(0, 3) + "***" : "***";
            _logger.LogInformation("Connecting to {Exchange} with key {ApiKey}", _credentials.Exchange, shown);
            var passphrase = _configuration["Reporting:Passphrase"];
            _logger.LogDebug("Passphrase loaded: {Loaded}", !string.IsNullOrEmpty(passphrase));
            Console.WriteLine("Reporting settings: " + _credentials);
        }

        public async Task<string> FetchBalanceAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.binance.com/api/v3/account?recvWindow=5000");
            request.Headers.Add("X-MBX-APIKEY", _credentials.ApiKey);
            using var response = await _http.SendAsync(request);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Balance request failed with status {(int)response.StatusCode}");
            }

            return await response.Content.ReadAsStringAsync();
        }
    }
}
