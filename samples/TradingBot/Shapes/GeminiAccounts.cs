using System.Collections.Generic;

namespace TradingBot
{
    /// <summary>The Gemini sub-accounts the bot trades on, by label.</summary>
    public static class GeminiAccounts
    {
        public static readonly IReadOnlyDictionary<string, string> ByLabel = new Dictionary<string, string>
        {
            ["primary"] = "account-iDvDlr3qBiwBNPBACZMz",
            ["hedge"] = "master-la6MkXpsaCoKaEF7UV2P",
        };
    }
}
