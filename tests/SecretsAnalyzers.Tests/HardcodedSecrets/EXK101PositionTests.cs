using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using SecretsAnalyzers.Tests.Stubs;
using static SecretsAnalyzers.Tests.HardcodedSecrets.HardcodedTestSecrets;
using Verify = SecretsAnalyzers.Tests.CSharpAnalyzerVerifier<SecretsAnalyzers.HardcodedSecrets.EXK101HardcodedCredentialAnalyzer>;

namespace SecretsAnalyzers.Tests.HardcodedSecrets
{
    /// <summary>
    /// The position matrix of issue 10 for EXK101: a constant reaches a credential API from every position a value can
    /// take on its way (the neutral names keep EXK102 out of it), and the same path fed from configuration stays silent.
    /// </summary>
    public class EXK101PositionTests
    {
        private static Task Run(string members) => EXK101HardcodedCredentialTests.Create(members).RunAsync();

        [Theory]
        // Accessor bodies and returns of named members read by the sink.
        [InlineData($$"""static string S { get { return {|EXK101:"{{Secret}}"|}; } } object M() => new HMACCredential({|EXK101:"{{Key}}"|}, S);""")]
        // Local functions and lambdas.
        [InlineData($$"""object M() { object Make() => new HMACCredential({|EXK101:"{{Key}}"|}, {|EXK101:"{{Secret}}"|}); return Make(); }""")]
        [InlineData($$"""Func<object> M() => () => new HMACCredential({|EXK101:"{{Key}}"|}, {|EXK101:"{{Secret}}"|});""")]
        // Named and positional arguments, object initialisers, with.
        [InlineData($$"""object M() => new HMACCredential(key: {|EXK101:"{{Key}}"|}, secret: {|EXK101:"{{Secret}}"|});""")]
        [InlineData($$"""object M() => new BinanceRestClient(o => { o.ApiCredentials = new BinanceCredentials({|EXK101:"{{Key}}"|}, {|EXK101:"{{Secret}}"|}); });""")]
        // Conditional, coalesce and switch values.
        [InlineData($$"""object M(bool live, IConfiguration c) => new HMACCredential(c["k"]!, live ? c["s"]! : {|EXK101:"{{Secret}}"|});""")]
        [InlineData($$"""object M(IConfiguration c) => new HMACCredential(c["k"]!, c["s"] ?? {|EXK101:"{{Secret}}"|});""")]
        [InlineData($$"""object M(int env, IConfiguration c) => new HMACCredential(c["k"]!, env switch { 0 => {|EXK101:"{{Secret}}"|}, _ => c["s"]! });""")]
        // Through a deconstructed tuple into locals.
        [InlineData($$"""object M() { var (a, b) = ({|EXK101:"{{Key}}"|}, {|EXK101:"{{Secret}}"|}); return new HMACCredential(a, b); }""")]
        // Through a readonly field set in the constructor.
        [InlineData($$"""private readonly string _b; C() { _b = {|EXK101:"{{Secret}}"|}; } object M() => new HMACCredential({|EXK101:"{{Key}}"|}, _b);""")]
        // Through a nested type's const.
        [InlineData($$"""static class Keys { public const string A = {|EXK101:"{{Key}}"|}; public const string B = {|EXK101:"{{Secret}}"|}; } object M() => new HMACCredential(Keys.A, Keys.B);""")]
        // Header values.
        [InlineData($$"""void M(HttpClient http) => http.DefaultRequestHeaders.Add("X-MBX-APIKEY", {|EXK101:"{{Key}}"|});""")]
        public Task Reports_every_position(string members) => Run(members);

        [Theory]
        [InlineData("""static string S { get { return Environment.GetEnvironmentVariable("S") ?? ""; } } object M(IConfiguration c) => new HMACCredential(c["k"]!, S);""")]
        [InlineData("""object M(IConfiguration c) { object Make() => new HMACCredential(c["k"]!, c["s"]!); return Make(); }""")]
        [InlineData("""object M(bool live, IConfiguration c) => new HMACCredential(c["k"]!, live ? c["s"]! : "");""")]
        [InlineData("""object M(IConfiguration c) { var (a, b) = (c["k"]!, c["s"]!); return new HMACCredential(a, b); }""")]
        [InlineData("""object M() { var (a, b) = ("<api-key>", "<api-secret>"); return new HMACCredential(a, b); }""")]
        [InlineData("""private readonly string _b; C(IConfiguration c) { _b = c["s"]!; } object M(IConfiguration c) => new HMACCredential(c["k"]!, _b);""")]
        [InlineData("""void M(HttpClient http, IConfiguration c) => http.DefaultRequestHeaders.Add("X-MBX-APIKEY", c["Binance:ApiKey"]);""")]
        public Task Stays_silent_when_the_same_path_is_fed_from_configuration(string members) => Run(members);

        [Fact]
        public Task Reports_in_top_level_statements()
        {
            var test = new Verify.Test
            {
                TestCode = EXK101HardcodedCredentialTests.Usings + $$"""
                    var key = {|EXK101:"{{Key}}"|};
                    var credential = new HMACCredential(key, {|EXK101:"{{Secret}}"|});
                    Console.WriteLine(credential);
                    """,
            };
            test.TestState.OutputKind = OutputKind.ConsoleApplication;
            foreach (var stub in ExchangeSdkStubs.All) test.AddStub(stub);
            return test.RunAsync();
        }
    }
}
