using System.Threading.Tasks;
using Verify = SecretsAnalyzers.Tests.CSharpAnalyzerVerifier<SecretsAnalyzers.Logging.EXK401SecretLoggingAnalyzer>;

namespace SecretsAnalyzers.Tests.Logging
{
    /// <summary>
    /// The position matrix of issue 10 for EXK401: a secret reaches a log sink from every position a value can take on
    /// its way (built up with +=, held in a tuple, an anonymous object, an array, a collection, a dictionary, logged from a
    /// local function or a lambda), and the same shapes holding only non-secret values stay silent.
    /// </summary>
    public class EXK401PositionTests
    {
        private static Task Run(string body, string extraMembers = "") =>
            new Verify.Test { TestCode = LoggingTestCode.Method(body, extraMembers: extraMembers) }.RunAsync();

        [Theory]
        [InlineData("""var message = "key="; message += apiSecret; logger.LogInformation({|EXK401:message|});""")]
        [InlineData("""var pair = (Symbol: symbol, Secret: apiSecret); logger.LogInformation("{P}", {|EXK401:pair|});""")]
        [InlineData("""logger.LogInformation("{@C}", new { Symbol = symbol, Secret = {|EXK401:apiSecret|} });""")]
        [InlineData("""logger.LogInformation("{A}", new[] { symbol, {|EXK401:apiSecret|} });""")]
        [InlineData("""logger.LogInformation("{A}", string.Join(",", new[] { symbol, {|EXK401:passphrase|} }));""")]
        [InlineData("""var list = new System.Collections.Generic.List<string> { symbol, apiSecret }; logger.LogInformation("{L}", {|EXK401:list|});""")]
        [InlineData("""var map = new System.Collections.Generic.Dictionary<string, string> { ["secret"] = apiSecret }; logger.LogInformation("{M}", {|EXK401:map|});""")]
        [InlineData("""void Log() => logger.LogInformation("{K}", {|EXK401:apiSecret|}); Log();""")]
        [InlineData("""Action log = () => logger.LogInformation("{K}", {|EXK401:apiSecret|}); log();""")]
        [InlineData("""var sb = new StringBuilder(); sb.Append($"k={apiSecret}"); logger.LogInformation({|EXK401:sb.ToString()|});""")]
        [InlineData("""var sb = new StringBuilder(); sb.AppendFormat("k={0}", passphrase); Console.WriteLine({|EXK401:sb|});""")]
        [InlineData("""var text = string.Concat("k=", apiSecret); logger.LogInformation({|EXK401:text|});""")]
        [InlineData("""Debug.Assert(flag, $"bad key {{|EXK401:apiSecret|}}");""")]
        public Task Reports_every_position(string body) => Run(body);

        [Theory]
        [InlineData("""var message = "order="; message += orderId; logger.LogInformation(message);""")]
        [InlineData("""var pair = (Symbol: symbol, Id: orderId); logger.LogInformation("{P}", pair);""")]
        [InlineData("""logger.LogInformation("{@C}", new { Symbol = symbol, Order = orderId });""")]
        [InlineData("""logger.LogInformation("{A}", new[] { symbol, orderId });""")]
        [InlineData("""var map = new System.Collections.Generic.Dictionary<string, string> { ["secret"] = KeyFormatter.MaskSecret(apiSecret) }; logger.LogInformation("{M}", map);""")]
        [InlineData("""void Log() => logger.LogInformation("{K}", apiKeyId); Log();""")]
        [InlineData("""Action log = () => logger.LogInformation("{N}", apiSecret.Length); log();""")]
        [InlineData("""var sb = new StringBuilder(); sb.Append($"sym={symbol}"); logger.LogInformation(sb.ToString());""")]
        [InlineData("""Debug.Assert(flag, $"bad order {orderId}");""")]
        public Task Stays_silent_on_the_same_shapes_without_a_secret(string body) => Run(body);
    }
}
