using System.Threading.Tasks;
using Verify = SecretsAnalyzers.Tests.CSharpAnalyzerVerifier<SecretsAnalyzers.HardcodedSecrets.EXK102SecretNamedSymbolAnalyzer>;

namespace SecretsAnalyzers.Tests.HardcodedSecrets
{
    /// <summary>
    /// Issue #12 in EXK102: the new secret words (token, auth, credentials, bearer, jwt, PIN, TOTP seeds), the password
    /// class (any chosen value), and credentials inside strings (pairs, query strings, URL userinfo, Basic and Bearer).
    /// Each positive has look-alikes that must stay silent.
    /// </summary>
    public class EXK102PasswordAndEmbeddedSecretTests
    {
        private static Task Run(string members) => EXK102SecretNamedSymbolTests.Create(members).RunAsync();

        // ---------------------------------------------------------------- names

        [Theory]
        [InlineData("""private const string Token = [|"Zk3Lm9Qp2Rv7Wx4Tb8NcQm7Rt"|];""")]
        [InlineData("""private const string TelegramBotToken = [|"Zk3Lm9Qp2Rv7Wx4Tb8NcQm7Rt"|];""")]
        [InlineData("""void M() { var refreshToken = [|"Zk3Lm9Qp2Rv7Wx4Tb8NcQm7Rt"|]; Console.WriteLine(refreshToken.Length); }""")]
        [InlineData("""private static readonly string DeribitToken = [|"Zk3Lm9Qp2Rv7Wx4Tb8NcQm7Rt"|];""")]
        [InlineData("""private const string Credentials = [|"Zk3Lm9Qp2Rv7Wx4Tb8NcQm7Rt"|];""")]
        [InlineData("""private const string SmtpCreds = [|"Zk3Lm9Qp2Rv7Wx4Tb8NcQm7Rt"|];""")]
        [InlineData("""private const string Jwt = [|"Zk3Lm9Qp2Rv7Wx4Tb8NcQm7Rt"|];""")]
        [InlineData("""private const string Bearer = [|"Zk3Lm9Qp2Rv7Wx4Tb8NcQm7Rt"|];""")]
        [InlineData("""private const string Auth = [|"Zk3Lm9Qp2Rv7Wx4Tb8NcQm7Rt"|];""")]
        [InlineData("""private const string TotpSeed = [|"JBSWY3DPEHPK3PXPQ7RZ"|];""")]
        [InlineData("""private const string WebhookSecret = [|"Zk3Lm9Qp2Rv7Wx4Tb8NcQm7Rt"|];""")]
        [InlineData("""private const string SignatureKey = [|"Zk3Lm9Qp2Rv7Wx4Tb8NcQm7Rt"|];""")]
        [InlineData("""object M() => new Dictionary<string, string> { ["token"] = [|"Zk3Lm9Qp2Rv7Wx4Tb8NcQm7Rt"|] };""")]
        public Task Reports_new_secret_words(string members) => Run(members);

        [Theory]
        [InlineData("""private const string TokenUrl = "https://auth.quotehub.io/oauth/token";""")]
        [InlineData("""private const string TokenType = "Bearer";""")]
        [InlineData("""private const string CsrfTokenHeader = "X-CSRF-Token-Zk3Lm9";""")]
        [InlineData("""private const string CredentialsPath = "Zk3Lm9Qp2Rv7Wx4Tb8NcQm7Rt";""")]
        [InlineData("""private const string AuthScheme = "Zk3Lm9Qp2Rv7Wx4Tb8NcQm7Rt";""")]
        [InlineData("""private const string TokenEndpoint = "Zk3Lm9Qp2Rv7Wx4Tb8NcQm7Rt";""")]
        [InlineData("""private const string UsdtToken = "0x52908400098527886E0F7030069857D2E4169EE7";""")]
        [InlineData("""private const string Token = "USDT";""")]
        [InlineData("""private const string NextPageToken = "Zk3Lm9Qp2Rv7Wx4Tb8NcQm7Rt";""")]
        [InlineData("""private const string TokenMint = "Zk3Lm9Qp2Rv7Wx4Tb8NcQm7Rt";""")]
        [InlineData("""private const string Token = "{token}";""")]
        [InlineData("""private const string Auth = "Basic";""")]
        public Task Labels_and_look_alikes_stay_silent(string members) => Run(members);

        // ---------------------------------------------------------------- password class

        [Theory]
        [InlineData("""private const string DbPassword = [|"hunter"|];""")]
        [InlineData("""void M() { string passwd = [|"qwe"|]; Console.WriteLine(passwd); }""")]
        [InlineData("""void M() { var pwd = [|"admin"|]; Console.WriteLine(pwd); }""")]
        [InlineData("""public string Passphrase { get; set; } = [|"okx-desk7"|];""")]
        [InlineData("""private const string WithdrawalPin = [|"4829"|];""")]
        [InlineData("""private const string TradingPin = [|"730915"|];""")]
        [InlineData("""private const string KucoinApiPass = [|"desk7"|];""")]
        [InlineData("""void M() { var pass = [|"Zk3Lm9Qp2Rv7Wx4"|]; Console.WriteLine(pass); }""")]
        [InlineData("""void M() { string password; password = [|"123456"|]; Console.WriteLine(password); }""")]
        [InlineData("""class Db { public string Password { get; set; } = ""; } object M() => new Db { Password = [|"Rb7q!"|] };""")]
        [InlineData("""private const string Password = [|"a{Zq9$x}"|];""")]
        [InlineData("""void M() { string foo, passwd = [|"q"|]; Console.WriteLine(passwd); }""")]
        [InlineData("""private const string Db = [|"foo=1;password=7"|];""")]
        public Task Reports_any_chosen_password(string members) => Run(members);

        [Theory]
        [InlineData("""private const string Password = "Password";""")]
        [InlineData("""private const string DbPassword = "db_password";""")]
        [InlineData("""void M() { var password = "Password:"; Console.WriteLine(password); }""")]
        [InlineData("""void M() { var passphrase = "Enter your passphrase"; Console.WriteLine(passphrase); }""")]
        [InlineData("""private const string Password = "{0}";""")]
        [InlineData("""private const string Password = "${DB_PASSWORD}";""")]
        [InlineData("""private const string Password = "{{ db_password }}";""")]
        [InlineData("""private const string Password = "%DB_PASSWORD%";""")]
        [InlineData("""private const string Password = "Login.Password";""")]
        [InlineData("""private const string Password = "DB_PASSWORD";""")]
        [InlineData("""private const string Password = "";""")]
        [InlineData("""private const string Password = "********";""")]
        [InlineData("""private const string Password = "x";""")]
        [InlineData("""private const string LedPin = "13";""")]
        [InlineData("""private const string DataPin = "GPIO17";""")]
        [InlineData("""private const string PasswordLabel = "hunter2";""")]
        [InlineData("""private const string PasswordPolicy = "min8";""")]
        [InlineData("""void M() { var passwordChar = "*"; Console.WriteLine(passwordChar); }""")]
        [InlineData("""void M() { var pass = "second"; Console.WriteLine(pass); }""")]
        [InlineData("""object M() => new System.Net.NetworkCredential("anonymous", "anonymous");""")]
        [InlineData("""private const string DbPassword = "ENC(Zq8vLm2RtX9pKw4N)"; private const string LokiPassword = "U2FsdGVkX19q8Lm2RtX9pKw4N";""")]
        public Task Prompts_labels_and_placeholders_stay_silent(string members) => Run(members);

        // ---------------------------------------------------------------- values inside strings

        [Theory]
        [InlineData("""private const string Db = [|"Server=db01;Database=fills;User Id=bot;Password=hunter2;"|];""")]
        [InlineData("""private const string Db = [|"Host=localhost;Username=postgres;Password=postgres2024"|];""")]
        [InlineData("""private const string Db = [|"Host=db01; Username=bot; Password = Rb7q2Lx9"|];""")]
        [InlineData("""string M(string host) => "Server=" + host + [|";Pwd=Rb7q2Lx9;"|];""")]
        [InlineData("""string M(string host) => $"Server={host}[|;Password=Rb7q2Lx9;|]";""")]
        [InlineData("""string M(string host) => string.Format([|"Server={0};Password=Rb7q2Lx9;"|], host);""")]
        [InlineData("""void M() { ReadOnlySpan<byte> conn = [|"Password=Rb7q2Lx9"u8|]; Console.WriteLine(conn.Length); }""")]
        [InlineData(""""private const string Db = [|"""Server=db01;Password=Rb7q2Lx9"""|];"""")]
        [InlineData("""private const string Quotes = [|"https://feeds.quotehub.io/v2/last?symbol=BTCUSD&api_key=Qm7Rt2Lx9Vb4Nc8Kd3Wz"|];""")]
        [InlineData("""private const string Quotes = [|"https://feeds.quotehub.io/v2/last?key=Qm7Rt2Lx9Vb4Nc8Kd3Wz"|];""")]
        [InlineData("""private const string Base = "https://feeds.quotehub.io/v2"; private const string ApiKey = [|"Qm7Rt2Lx9Vb4Nc8Kd3Wz"|]; string M() => $"{Base}/last?apikey={ApiKey}"; string N() => Base + "/last?apikey=" + ApiKey;""")]
        [InlineData("""private const string Base = "https://feeds.quotehub.io/v2"; private const string Suffix = "Qm7Rt2Lx9Vb4Nc8Kd3Wz"; string M() => [|$"{Base}/last?apikey={Suffix}"|];""")]
        [InlineData("""private const string Stream = [|"wss://stream.quotehub.io/ws?access_token=Zk3Lm9Qp2Rv7Wx4Tb8Nc"|];""")]
        [InlineData("""private const string Stream = [|"wss://stream.quotehub.io/ws?access_token=Zk3Lm9Qp%2BRv7Wx4Tb8Nc%3D"|];""")]
        [InlineData("""object M() => new System.Net.NetworkCredential("trader", [|"Rb7q2Lx9"|]);""")]
        [InlineData("""System.Net.Http.HttpContent M() { var body = [|"{\"ipRestrict\":\"true\",\"apiKey\":\"Qm7Rt2Lx9Vb4Nc8Kd3WzQm7Rt2Lx9Vb4Nc8Kd3Wz\"}"|]; return new System.Net.Http.StringContent(body); }""")]
        [InlineData("""private const string Broker = [|"amqp://bot:Rb7q2Lx9@broker.internal:5672/"|];""")]
        [InlineData("""string M() => Convert.ToBase64String(Encoding.UTF8.GetBytes([|"bot:Rb7q2Lx9"|]));""")]
        [InlineData("""string M() => Convert.ToBase64String(Encoding.ASCII.GetBytes([|"trader:hunter2"|]));""")]
        [InlineData("""private const string Header = [|"Authorization: Bearer Zk3Lm9Qp2Rv7Wx4Tb8NcQm7Rt"|];""")]
        [InlineData("""private const string Header = [|"Basic Ym90OlJiN3EyTHg5"|];""")]
        [InlineData("""void M() => Console.WriteLine([|"connecting with Password=Rb7q2Lx9"|]);""")]
        [InlineData("""void M() => throw new InvalidOperationException([|"login failed for amqp://bot:Rb7q2Lx9@broker.internal"|]);""")]
        public Task Reports_credentials_inside_strings(string members) => Run(members);

        [Theory]
        [InlineData("""private const string Db = "Server=db01;Integrated Security=true;";""")]
        [InlineData("""string M(string pwd) => "Server=db01;Password=" + pwd;""")]
        [InlineData("""string M(string pwd) => $"Server=db01;Password={pwd};";""")]
        [InlineData("""string M(string pwd) => string.Format("Server=db01;Password={0};", pwd);""")]
        [InlineData("""private const string Sql = "SELECT id FROM users WHERE password = @pwd";""")]
        [InlineData("""private const string Query = "grant_type=client_credentials&scope=read";""")]
        [InlineData("""private const string Quotes = "https://feeds.quotehub.io/v2/last?symbol=BTCUSD&limit=100";""")]
        [InlineData("""private const string Broker = "amqp://bot@broker.internal:5672/";""")]
        [InlineData("""private const string Broker = "amqp://bot:{password}@broker.internal:5672/";""")]
        [InlineData("""private const string Header = "Authorization: Bearer {0}";""")]
        [InlineData("""string M(string user, string pwd) => Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + pwd));""")]
        [InlineData("""byte[] M() => Encoding.UTF8.GetBytes("bot:Rb7q2Lx9");""")]
        [InlineData("""void M() => Console.WriteLine("Password=");""")]
        [InlineData("""void M() => Console.WriteLine("foo=1password=1");""")]
        [InlineData("""private const string Dev = "Host=localhost;Port=5432;Database=bot;Username=postgres;Password=postgres";""")]
        [InlineData("""private const string Dev = "Server=db01;User Id = trader ;Password=Trader;";""")]
        [InlineData("""private const string Expected = "wss://stream.example/feed?format=json&token=socket%20key&ACCESS_TOKEN=device%3Atoken";""")]
        [InlineData("""System.Net.Http.HttpResponseMessage M() { var responseContent = "{\"ipRestrict\":\"true\",\"apiKey\":\"Qm7Rt2Lx9Vb4Nc8Kd3WzQm7Rt2Lx9Vb4Nc8Kd3Wz\"}"; return new System.Net.Http.HttpResponseMessage { Content = new System.Net.Http.StringContent(responseContent) }; }""")]
        public Task In_string_look_alikes_stay_silent(string members) => Run(members);
    }
}
