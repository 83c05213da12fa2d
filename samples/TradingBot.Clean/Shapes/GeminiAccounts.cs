using System;
using System.Collections.Generic;

namespace TradingBot
{
    /// <summary>The Gemini sub-accounts the bot trades on, by label.</summary>
    public static class GeminiAccounts
    {
        public static readonly IReadOnlyDictionary<string, string> ByLabel = new Dictionary<string, string>
        {
            ["primary"] = Environment.GetEnvironmentVariable("GEMINI_PRIMARY_ACCOUNT_KEY") ?? "",
            ["hedge"] = Environment.GetEnvironmentVariable("GEMINI_HEDGE_ACCOUNT_KEY") ?? "",
        };
    }
}
