using Microsoft.CodeAnalysis;

namespace SecretsAnalyzers
{
    /// <summary>
    /// Every descriptor of the package, built through one helper that fixes the help link.
    /// Messages name the symbol, sink or format; they never contain a secret value, not even partly.
    /// </summary>
    internal static class Descriptors
    {
        public const string DocsRoot = "https://github.com/secretsanalyzers/SecretsAnalyzers/blob/main/docs/rules/";

        // ---------------- EXK1xx: hard-coded secrets ----------------

        internal static readonly DiagnosticDescriptor EXK101HardcodedCredential = Make(
            RuleIds.EXK101, Categories.Hardcoded, DiagnosticSeverity.Error,
            title: "Exchange credential is hard-coded",
            message: "{0} receives a hard-coded exchange credential ({1}); load it from configuration, an environment variable or a secret store",
            description: "A constant string reaches a credential parameter or property of an exchange SDK or an exchange authentication header. Keys embedded in source end up in version control, build output, decompiled binaries and logs; anyone holding them can trade, and often withdraw, on the account.");

        internal static readonly DiagnosticDescriptor EXK102SecretInSecretNamedSymbol = Make(
            RuleIds.EXK102, Categories.Hardcoded, DiagnosticSeverity.Warning,
            title: "Secret is hard-coded in a secret-named symbol",
            message: "'{0}' is initialised with a hard-coded secret ({1}); load it from configuration, an environment variable or a secret store",
            description: "A real-looking constant string is stored in a symbol, member, dictionary entry or connection-string pair whose name says it is a secret (API key, secret, passphrase, private key, password, mnemonic, token).");

        internal static readonly DiagnosticDescriptor EXK103CredentialShapedLiteral = Make(
            RuleIds.EXK103, Categories.Hardcoded, DiagnosticSeverity.Warning,
            title: "Literal has the shape of an exchange credential",
            message: "String literal matches the {0}; move the credential out of source code",
            description: "A literal matches the published format of an exchange API key, secret or private key, either self-identifying or in an exchange context, whatever the variable is called.");

        internal static readonly DiagnosticDescriptor EXK104HardcodedSigningKey = Make(
            RuleIds.EXK104, Categories.Hardcoded, DiagnosticSeverity.Error,
            title: "Signing key material is hard-coded",
            message: "{0} is keyed with constant key material; load the key from configuration or a secret store",
            description: "Constant bytes reach a keyed hash (HMAC) or a signature key import. The key signs exchange requests: whoever reads the binary can sign for the account.");

        /// <summary>
        /// EXK104 for key material that reaches the sink through a parameter or field of another member or type
        /// (<c>new RequestSigner("…")</c> ending in <c>new HMACSHA256(_key)</c>): the same rule, joined at compilation end,
        /// so this twin carries the CompilationEnd tag (RS1037); the IDE shows it after a build or with full-solution analysis.
        /// </summary>
        internal static readonly DiagnosticDescriptor EXK104HardcodedSigningKeyFlow = CompilationEndTwin(EXK104HardcodedSigningKey);

        internal static readonly DiagnosticDescriptor EXK105SecretInConfigFile = Make(
            RuleIds.EXK105, Categories.Hardcoded, DiagnosticSeverity.Warning,
            title: "Secret committed in a configuration file",
            message: "'{0}' in '{1}' holds a secret value ({2}); {3}",
            description: "A value under a secret-named key, or a value with the shape of an exchange credential, sits in appsettings*.json, launchSettings.json or a .env file that is committed with the project.");

        internal static readonly DiagnosticDescriptor EXK106ConfigFileUnreadable = Make(
            RuleIds.EXK106, Categories.Hardcoded, DiagnosticSeverity.Info,
            title: "Configuration file could not be read",
            message: "'{0}' could not be read as {1} ({2}); the rest of the file was not checked for secrets",
            description: "A configuration file that SecretsAnalyzers reads for committed secrets is malformed; it was skipped.");

        internal static readonly DiagnosticDescriptor EXK107PublicExampleKey = Make(
            RuleIds.EXK107, Categories.Hardcoded, DiagnosticSeverity.Info,
            title: "Value is a published documentation example key",
            message: "{0} uses a public example key from {1}; it is not a secret, but a real key must never replace it in source",
            description: "The literal is a key or secret published in an exchange's API documentation. It carries no access, but code that ships with it is where a real key is usually pasted next.");

        // ---------------- EXK2xx: insecure transport ----------------

        internal static readonly DiagnosticDescriptor EXK201PlainHttpEndpoint = Make(
            RuleIds.EXK201, Categories.Transport, DiagnosticSeverity.Warning,
            title: "Exchange endpoint uses plain HTTP",
            message: "{0} uses plain HTTP to '{1}'; use https so API keys and signatures are not readable on the network",
            description: "An http:// URL to a non-loopback host reaches an HTTP endpoint. Request headers such as X-MBX-APIKEY or OK-ACCESS-PASSPHRASE travel in clear text.");

        internal static readonly DiagnosticDescriptor EXK202PlainWebSocketEndpoint = Make(
            RuleIds.EXK202, Categories.Transport, DiagnosticSeverity.Warning,
            title: "WebSocket endpoint is unencrypted",
            message: "{0} opens an unencrypted WebSocket to '{1}'; use wss",
            description: "A ws:// URL to a non-loopback host reaches a WebSocket client. Login frames carrying API keys and signatures travel in clear text.");

        internal static readonly DiagnosticDescriptor EXK203CertificateValidationDisabled = Make(
            RuleIds.EXK203, Categories.Transport, DiagnosticSeverity.Error,
            title: "TLS certificate validation is disabled",
            message: "{0} accepts every server certificate{1}; remove the callback so the platform validates the certificate",
            description: "A certificate validation callback returns true on every path, so any man-in-the-middle can read and alter authenticated exchange traffic.");

        internal static readonly DiagnosticDescriptor EXK204ObsoleteTlsVersion = Make(
            RuleIds.EXK204, Categories.Transport, DiagnosticSeverity.Warning,
            title: "Obsolete TLS version is forced",
            message: "'{0}' forces obsolete protocol {1}; let the operating system choose (or use Tls12 | Tls13)",
            description: "SSL 2/3, TLS 1.0 and TLS 1.1 are broken or deprecated; exchanges reject them and forcing them weakens every connection.");

        // ---------------- EXK3xx: over-permissive scopes ----------------

        internal static readonly DiagnosticDescriptor EXK301WithdrawOrTransferPermission = Make(
            RuleIds.EXK301, Categories.Permissions, DiagnosticSeverity.Warning,
            title: "API key is granted withdrawal or transfer rights",
            message: "{0} grants the API key the '{1}' permission; a trading bot's key should not be able to move funds",
            description: "A key that can withdraw or transfer turns a leak into a loss of funds. Trading keys need read and trade rights only.");

        internal static readonly DiagnosticDescriptor EXK302WildcardScope = Make(
            RuleIds.EXK302, Categories.Permissions, DiagnosticSeverity.Warning,
            title: "Scope is a wildcard or full access",
            message: "{0} requests '{1}', which grants every permission; request only the scopes the code uses",
            description: "Wildcard or full-access scopes include withdrawal and administration rights the code does not need.");

        internal static readonly DiagnosticDescriptor EXK303NoIpWhitelist = Make(
            RuleIds.EXK303, Categories.Permissions, DiagnosticSeverity.Warning,
            title: "API key is not bound to IP addresses",
            message: "{0} leaves the API key usable from any IP address ({1}); bind it to the bot's addresses",
            description: "An IP-bound key is useless to whoever steals it from another network. Several exchanges also expire or restrict unbound keys.");

        internal static readonly DiagnosticDescriptor EXK304PermissionNotGranted = Make(
            RuleIds.EXK304, Categories.Permissions, DiagnosticSeverity.Warning,
            title: "Code needs a permission the key is not declared to have",
            message: "'{0}' needs the '{1}' permission, which secrets_analyzers.granted_permissions does not grant",
            description: "The project declares the permissions its exchange key holds; this call needs one more. Either the call is unintended or the declaration is out of date.");

        internal static readonly DiagnosticDescriptor EXK305PermissionNeverUsed = Make(
            RuleIds.EXK305, Categories.Permissions, DiagnosticSeverity.Warning,
            title: "Declared permission is never used",
            message: "The '{0}' permission is granted in secrets_analyzers.granted_permissions but no call in the project needs it; remove it from the key",
            description: "A permission the code never uses only widens what a leaked key can do.",
            compilationEnd: true);

        internal static readonly DiagnosticDescriptor EXK306LeastPermissions = Make(
            RuleIds.EXK306, Categories.Permissions, DiagnosticSeverity.Info,
            title: "Least API-key permissions this project needs",
            message: "The exchange calls in this project need only these API-key permissions: {0}",
            description: "Lists the least set of permissions the project's exchange calls need, so the key can be created with exactly those. Set secrets_analyzers.granted_permissions to check it continuously.",
            compilationEnd: true);

        // ---------------- EXK4xx: secret logging ----------------

        internal static readonly DiagnosticDescriptor EXK401SecretLogged = Make(
            RuleIds.EXK401, Categories.Logging, DiagnosticSeverity.Warning,
            title: "Secret is written to a log",
            message: "{0} reaches {1}; redact it before logging",
            description: "Logs are copied to files, aggregators, tickets and chat. A secret logged once is leaked for good.");

        /// <summary>
        /// EXK401 for a secret handed to a helper of another type of the compilation that logs it (or returns it to a
        /// log): the same rule, joined at compilation end, so this twin carries the CompilationEnd tag (RS1037); the IDE
        /// shows it after a build or with full-solution analysis.
        /// </summary>
        internal static readonly DiagnosticDescriptor EXK401SecretLoggedThroughHelper = CompilationEndTwin(EXK401SecretLogged);

        internal static readonly DiagnosticDescriptor EXK402SecretInException = Make(
            RuleIds.EXK402, Categories.Logging, DiagnosticSeverity.Warning,
            title: "Secret is put in an exception message",
            message: "{0} flows into the message of {1}; exception messages are logged and shown",
            description: "Exception messages and Data end up in logs, crash reports and error pages.");

        internal static readonly DiagnosticDescriptor EXK403TypePrintsSecrets = Make(
            RuleIds.EXK403, Categories.Logging, DiagnosticSeverity.Warning,
            title: "Type prints its secrets",
            message: "'{0}' prints secret member '{1}' in its {2}; override it to print '***'",
            description: "Records print every public member in their compiler-generated ToString; logging or interpolating such an object prints its secrets.");

        internal static readonly DiagnosticDescriptor EXK404SecretInUrl = Make(
            RuleIds.EXK404, Categories.Logging, DiagnosticSeverity.Warning,
            title: "Secret is sent in a URL",
            message: "{0} is placed in a URL; URLs are written to proxy, server and browser logs",
            description: "Query strings and paths are logged by every hop. Send secrets in headers or signed bodies.");

        internal static readonly DiagnosticDescriptor EXK405SdkLogsSignedRequests = Make(
            RuleIds.EXK405, Categories.Logging, DiagnosticSeverity.Warning,
            title: "Exchange SDK is told to log its signed requests",
            message: "{0} makes the exchange SDK log full requests, including API-key headers",
            description: "ccxt verbose mode, the Binance connector's logging handler and Debug/Trace logging of CryptoExchange.Net clients write authentication headers to the log.");

        private static DiagnosticDescriptor Make(string id, string category, DiagnosticSeverity severity,
            string title, string message, string description, bool compilationEnd = false) =>
            new DiagnosticDescriptor(id, title, message, category, severity, isEnabledByDefault: true,
                description: description, helpLinkUri: DocsRoot + id + ".md",
                customTags: compilationEnd ? new[] { WellKnownDiagnosticTags.CompilationEnd } : System.Array.Empty<string>());

        /// <summary>The same rule reported from a compilation-end join: every field of <paramref name="rule"/>, plus the CompilationEnd tag.</summary>
        private static DiagnosticDescriptor CompilationEndTwin(DiagnosticDescriptor rule) =>
            Make(rule.Id, rule.Category, rule.DefaultSeverity, rule.Title.ToString(), rule.MessageFormat.ToString(), rule.Description.ToString(), compilationEnd: true);
    }
}
