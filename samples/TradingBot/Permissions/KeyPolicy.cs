using System;

namespace TradingBot
{
    [Flags]
    public enum KeyPermissions
    {
        None = 0,
        Read = 1,
        Trade = 2,
        Withdraw = 4,
        All = Read | Trade | Withdraw,
    }

    /// <summary>What the bot asks for when it provisions keys and OAuth tokens.</summary>
    public sealed class KeyPolicy
    {
        public const string CoinbaseScopes = "wallet:accounts:read,wallet:buys:create,wallet:transactions:send";

        public KeyPermissions StrategyPermissions { get; set; } = KeyPermissions.Read | KeyPermissions.Trade | KeyPermissions.Withdraw;

        public KeyPermissions OperatorPermissions { get; set; } = KeyPermissions.All;

        public bool CanWithdraw { get; set; } = true;

        public static string CoinbaseAuthorizeUrl(string clientId) =>
            "https://login.coinbase.com/oauth2/auth?response_type=code&client_id=" + Uri.EscapeDataString(clientId) +
            "&scope=" + CoinbaseScopes + "&account=all";
    }
}
