using System.Threading.Tasks;
using SecretsAnalyzers.Tests.Stubs;
using Verify = SecretsAnalyzers.Tests.CSharpAnalyzerVerifier<SecretsAnalyzers.Logging.EXK403TypePrintsSecretsAnalyzer>;

namespace SecretsAnalyzers.Tests.Logging
{
    public class EXK403TypePrintsSecretsTests
    {
        private const string Usings = "using System; using System.Security; using System.Text; using System.Text.Json;\n";

        private static Task Run(string types) => new Verify.Test { TestCode = Usings + types }.RunAsync();

        [Theory]
        [InlineData("public record ExchangeKeys(string Symbol, string [|ApiSecret|]);")]
        [InlineData("public record struct Keys(string [|Passphrase|]);")]
        [InlineData("public record class Cfg { public string [|ApiSecret|] { get; init; } public string Symbol { get; init; } }")]
        [InlineData("public sealed record Sealed(string [|PrivateKey|]);")]
        [InlineData("public record Multi(string [|ApiKey|], string ApiSecret);")]
        [InlineData("public record F { public string [|Password|]; }")]
        [InlineData("public class Opts { public string [|ApiSecret|] { get; set; } public override string ToString() => $\"Secret={ApiSecret}\"; }")]
        [InlineData("public class Opts2 { public string [|ApiSecret|] { get; set; } public override string ToString() => JsonSerializer.Serialize(this); }")]
        [InlineData("public record R9(string Symbol) { public string [|ApiSecret|] { get; init; } public override string ToString() => Symbol + ApiSecret; }")]
        [InlineData("public record R10(string [|ApiSecret|]) { protected virtual bool PrintMembers(StringBuilder b) { b.Append(ApiSecret); return true; } }")]
        [InlineData("public record Base(string Symbol); public record Derived(string Symbol, string [|ApiSecret|]) : Base(Symbol);")]
        [InlineData("public record R12(string [|ClientSecret|], int Port);")]
        [InlineData("#nullable enable\npublic record R13(string? [|Mnemonic|]);")]
        [InlineData("public record R14 { public string [|AccessToken|] { get; set; } }")]
        [InlineData("public class R15 { public string [|Passphrase|] { get; set; } public override string ToString() => string.Format(\"{0}\", Passphrase); }")]
        [InlineData("public readonly record struct R16(string Exchange, string [|SecretKey|]);")]
        [InlineData("public class LongPrefix { public string [|ApiSecret|] { get; set; } = \"\"; public override string ToString() => ApiSecret[..6] + \"****\"; }")]
        public Task Reports_type_that_prints_a_secret_member(string types) => Run(types);

        // The public API key alone (the identifying half of a pair) is hygiene: Info, not Warning.
        [Theory]
        [InlineData("public record BalanceUpdate(string Asset, decimal Free) { public string {|#0:ApiKey|} { get; init; } = \"\"; }", "BalanceUpdate", "compiler-generated ToString")]
        [InlineData("public class Opts2 { public string {|#0:ApiKey|} { get; set; } public override string ToString() => JsonSerializer.Serialize(this); }", "Opts2", "ToString override")]
        [InlineData("public record struct IpRestriction(string {|#0:ApiKey|}, string[] IpList);", "IpRestriction", "compiler-generated ToString")]
        public Task Reports_public_api_key_only_types_as_info(string types, string type, string via) => new Verify.Test
        {
            TestCode = Usings + types,
            ExpectedDiagnostics =
            {
                Verify.Diagnostic().WithLocation(0).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Info).WithArguments(type, "ApiKey", via),
            },
        }.RunAsync();

        [Fact]
        public Task Reports_a_key_pair_record_as_warning() => new Verify.Test
        {
            TestCode = Usings + "public record ApiKeyCreated(string SubAccountId, string {|#0:ApiKey|}, string ApiSecret);",
            ExpectedDiagnostics =
            {
                Verify.Diagnostic().WithLocation(0).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
                    .WithArguments("ApiKeyCreated", "ApiKey', 'ApiSecret", "compiler-generated ToString"),
            },
        }.RunAsync();

        [Fact]
        public Task Reports_type_inheriting_a_serialising_ToString() => new Verify.Test
        {
            TestCode = Usings + """
                public abstract class JsonPrintable { public override string ToString() => JsonSerializer.Serialize(this, GetType()); }
                public abstract class NewtonsoftPrintable { public override string ToString() => Newtonsoft.Json.JsonConvert.SerializeObject(this); }
                public abstract class ReflectionPrintable { public override string ToString() => Describe(this); static string Describe(object o) => o.GetType().Name; }
                public class Session : JsonPrintable { public string UserId { get; set; } = ""; public string {|#0:AccessToken|} { get; set; } = ""; }
                public class Creds : NewtonsoftPrintable { public string {|#1:ApiSecret|} { get; set; } = ""; }
                public class Plain : ReflectionPrintable { public string ApiSecret { get; set; } = ""; }
                public class Masked : JsonPrintable { public string Symbol { get; set; } = ""; public SecureString? Passphrase { get; set; } }
                namespace Newtonsoft.Json { public static class JsonConvert { public static string SerializeObject(object o) => ""; } }
                """,
            ExpectedDiagnostics =
            {
                Verify.Diagnostic().WithLocation(0).WithArguments("Session", "AccessToken", "inherited ToString that serialises the object"),
                Verify.Diagnostic().WithLocation(1).WithArguments("Creds", "ApiSecret", "inherited ToString that serialises the object"),
            },
        }.RunAsync();

        [Fact]
        public Task Reports_once_per_type_and_lists_members() => new Verify.Test
        {
            TestCode = Usings + "public record Keys(string {|#0:ApiKey|}, string ApiSecret, string Passphrase);",
            ExpectedDiagnostics =
            {
                Verify.Diagnostic().WithLocation(0).WithArguments("Keys", "ApiKey', 'ApiSecret', 'Passphrase", "compiler-generated ToString"),
            },
        }.RunAsync();

        [Fact]
        public Task Reports_type_logged_with_LogProperties()
        {
            var test = new Verify.Test
            {
                TestCode = Usings + """
                    using Microsoft.Extensions.Logging;
                    public class LoginInfo { public string User { get; set; } public string [|Password|] { get; set; } }
                    public static class Log
                    {
                        public static void LoggedIn(ILogger logger, [LogProperties] LoginInfo info) { }
                    }
                    """,
            };
            return test.AddStub(LoggingStubs.Telemetry).RunAsync();
        }

        [Theory]
        [InlineData("public record Order(string Id, decimal Qty);")]
        [InlineData("public record Keys(string ApiKeyId, string KeyLabel);")]
        [InlineData("public record SafeKeys(string ApiSecret) { public override string ToString() => \"SafeKeys { ApiSecret = *** }\"; }")]
        [InlineData("public sealed record SafePm(string ApiSecret) { private bool PrintMembers(StringBuilder b) { b.Append(\"ApiSecret = ***\"); return true; } }")]
        [InlineData("public class Plain { public string ApiSecret { get; set; } }")]
        [InlineData("public record Priv { private string ApiSecret { get; init; } public string Symbol { get; init; } }")]
        [InlineData("public record St { public static string ApiSecret = \"\"; }")]
        [InlineData("public record Sec(SecureString Passphrase);")]
        [InlineData("public record Bytes(byte[] SecretKey);")]
        [InlineData("public class Masked { public string ApiSecret { get; set; } public override string ToString() => $\"Secret={ApiSecret.Substring(0, 4)}***\"; }")]
        [InlineData("public class MaskedRange { public string ApiKey { get; set; } = \"\"; public string ApiSecret { get; set; } = \"\"; public override string ToString() => ApiKey[..6] + \"****\" + ApiSecret[..4] + \"****\"; }")]
        [InlineData("public class MaskedKey { public string ApiKey { get; set; } = \"\"; public override string ToString() => ApiKey.Substring(0, 6) + \"****\"; }")]
        [InlineData("public class LenOnly { public string ApiSecret { get; set; } public override string ToString() => $\"len={ApiSecret.Length}\"; }")]
        [InlineData("public record Ids(string OrderId, string ClientOrderId);")]
        [InlineData("public record Names(string SecretName, string ApiKeyHeaderName);")]
        [InlineData("public record P(string PasswordPolicy);")]
        [InlineData("public record R(string ApiSecret) { public override string ToString() => nameof(R); }")]
        [InlineData("public class SetOnly { public string ApiSecret { get; set; } public override string ToString() => string.IsNullOrEmpty(ApiSecret) ? \"unset\" : \"set\"; }")]
        [InlineData("public interface IKeys { string ApiSecret { get; } }")]
        public Task No_diagnostic_for_type_that_does_not_print_secrets(string types) => Run(types);

        [Fact]
        public Task No_diagnostic_for_LogProperties_type_without_secrets()
        {
            var test = new Verify.Test
            {
                TestCode = Usings + """
                    using Microsoft.Extensions.Logging;
                    public class LoginInfo { public string User { get; set; } }
                    public static class Log
                    {
                        public static void LoggedIn(ILogger logger, [LogProperties] LoginInfo info) { }
                    }
                    """,
            };
            return test.AddStub(LoggingStubs.Telemetry).RunAsync();
        }
    }
}
