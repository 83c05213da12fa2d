using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretsAnalyzers.Internal;
using SecretsAnalyzers.Internal.ConfigFiles;
using SecretsAnalyzers.Options;

namespace SecretsAnalyzers.HardcodedSecrets
{
    /// <summary>
    /// EXK105: a secret committed in appsettings*.json, launchSettings.json (its environmentVariables) or a .env file
    /// (read as AdditionalFiles; the package's build targets add them). A value under a secret-named key path
    /// (<c>Binance:ApiSecret</c>) that looks real, a secret pair inside a connection string, or a value with an exchange
    /// credential shape is reported at its exact line and column. Development-environment files are reported one level
    /// lower, except a real key format in appsettings.Development.json (templates create and commit it). Files the
    /// repository's .gitignore files ignore are skipped (respect_gitignore). EXK106: a file that cannot be read gets one
    /// Info diagnostic at the point where reading stopped.
    /// </summary>
    public sealed class EXK105ConfigFileSecretAnalyzer : DiagnosticAnalyzer
    {
        internal const string MinLengthDefaultKey = OptionKeys.MinLength;

        /// <summary><c>secrets_analyzers.EXK105.respect_gitignore</c> (default true): skip files the repository's ignore files exclude.</summary>
        internal const string RespectGitIgnoreKey = OptionKeys.RespectGitIgnore;

        /// <summary>Message advice for a .env file, which exists to stay out of source control.</summary>
        internal const string DotEnvAdvice = "keep the file out of source control (list it in .gitignore) and rotate the key";

        /// <summary>Message advice for appsettings*.json and launchSettings.json, which are committed with the project.</summary>
        internal const string SettingsAdvice = "use user secrets, environment variables or a vault";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.EXK105SecretInConfigFile, Descriptors.EXK106ConfigFileUnreadable);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start =>
            {
                var cache = new SecretsOptionsCache(start.Options);
                var additionalFiles = start.Options.AdditionalFiles;
                var cancellation = start.CancellationToken;
                var ignore = new Lazy<GitIgnoreSet>(() => ReadIgnoreFiles(additionalFiles, cancellation));
                start.RegisterAdditionalFileAction(c => AnalyzeFile(c, cache, ignore));
            });
        }

        private static void AnalyzeFile(AdditionalFileAnalysisContext context, SecretsOptionsCache cache, Lazy<GitIgnoreSet> ignore)
        {
            if (ConfigFileReader.Classify(context.AdditionalFile.Path) == ConfigFileKind.None) return;
            var options = cache.For(context.AdditionalFile);
            var global = cache.Global;

            // A file git ignores never reaches the repository (a .env, appsettings.Local.json): nothing is committed.
            if (options.GetBool(RuleIds.EXK105, RespectGitIgnoreKey, global.GetBool(RuleIds.EXK105, RespectGitIgnoreKey, true)) &&
                ignore.Value.IsIgnored(context.AdditionalFile.Path))
                return;

            if (!ConfigFileReader.TryRead(context.AdditionalFile, context.CancellationToken, out var file)) return;
            var minLength = options.GetInt(RuleIds.EXK105, SecretsOptions.MinLengthKey, global.GetInt(RuleIds.EXK105, SecretsOptions.MinLengthKey, SecretValues.DefaultMinLength));
            var minEntropy = options.GetDouble(RuleIds.EXK105, SecretsOptions.MinEntropyKey, global.GetDouble(RuleIds.EXK105, SecretsOptions.MinEntropyKey, 2.5));
            var names = options.Names;
            var fileName = ConfigFileReader.FileName(file.Path);
            var lower = ConfigFileReader.IsNonProductionEnvironment(file.Path);
            var templateFile = IsTemplateDevelopmentFile(fileName);

            foreach (var entry in file.Entries)
            {
                if (!entry.IsString || entry.Value.Length == 0) continue;
                if (file.Kind == ConfigFileKind.LaunchSettings && !IsLaunchEnvironmentVariable(entry.Path)) continue;

                var reason = Evaluate(entry, names, minLength, minEntropy, out var exchangeFormat);
                if (reason is null) continue;

                // appsettings.Development.json comes with the project templates and is committed: a value in a real
                // exchange key format there is as exposed as in appsettings.json. Name-only findings stay one level lower.
                var descriptor = Descriptors.EXK105SecretInConfigFile;
                context.ReportDiagnostic(Report.Create(descriptor, file.GetLocation(entry), lower && !(templateFile && exchangeFormat), properties: null,
                    ConfigKeyDisplay.Path(entry.Path), fileName, reason, file.Kind == ConfigFileKind.DotEnv ? DotEnvAdvice : SettingsAdvice));
            }

            if (file.Error is { } error)
            {
                var format = file.Kind switch { ConfigFileKind.DotEnv => "a .env file", ConfigFileKind.XmlConfig => "XML", _ => "JSON" };
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.EXK106ConfigFileUnreadable,
                    Location.Create(file.Path, error.Span, error.LineSpan), fileName, format, error.Message));
            }
        }

        /// <summary>The repository's ignore files among the AdditionalFiles (the package's build targets add them).</summary>
        private static GitIgnoreSet ReadIgnoreFiles(ImmutableArray<AdditionalText> files, System.Threading.CancellationToken cancellationToken)
        {
            List<(string Path, string Text)>? ignoreFiles = null;
            foreach (var file in files)
            {
                var path = file.Path;
                if (!path.EndsWith(".gitignore", StringComparison.OrdinalIgnoreCase) &&
                    !path.Replace('\\', '/').EndsWith("/.git/info/exclude", StringComparison.OrdinalIgnoreCase))
                    continue;
                Microsoft.CodeAnalysis.Text.SourceText? text;
                try
                {
                    text = file.GetText(cancellationToken);
                }
                catch (Exception e) when (e is System.IO.IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
                {
                    text = null;
                }

                if (text is null || text.Length > ConfigFileReader.MaxFileLength) continue;
                (ignoreFiles ??= new List<(string, string)>()).Add((path, text.ToString()));
            }

            return ignoreFiles is null ? GitIgnoreSet.Empty : GitIgnoreSet.From(ignoreFiles);
        }

        /// <summary>Why the entry holds a secret (for the message; never the value), or null. <paramref name="exchangeFormat"/>
        /// says the value matched a published credential format (not only a secret-named key).</summary>
        internal static string? Evaluate(in ConfigEntry entry, SecretNameModel names, int minLength, double minEntropy, out bool exchangeFormat)
        {
            exchangeFormat = false;
            var value = entry.Value.Trim();
            if (value.Length < Math.Max(1, minLength) || SecretValues.IsPublicExampleKey(value, out _)) return null;

            var self = CredentialShapes.PassesGate(value) ? CredentialShapes.MatchSelfIdentifying(value) : default;
            if (self.IsMatch)
            {
                exchangeFormat = true;
                return self.Format;
            }

            var tail = TailOf(entry.Node);
            var kind = names.Classify(tail);
            if (kind == SecretKind.None && IsKeyOfSigningSection(tail)) kind = SecretKind.SigningKey;
            if (CredentialShapes.PassesGate(value))
            {
                var shapeContext = new ShapeContext
                {
                    Exchange = ExchangeNames.FindIn(entry.Node.Tail(8)),
                    CredentialPosition = kind != SecretKind.None,
                };
                if (shapeContext.Exchange is not null || shapeContext.CredentialPosition)
                {
                    var shape = CredentialShapes.MatchInContext(value, shapeContext);
                    if (shape.IsMatch)
                    {
                        exchangeFormat = true;
                        return shape.Format;
                    }
                }
            }

            if (kind != SecretKind.None && SecretValues.LooksReal(value, kind, minLength, minEntropy))
                return "secret-named key, " + value.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " characters";

            // "Server=…;User Id=bot;Password=…": a secret pair inside a connection-string-like value.
            if (value.IndexOf(';') > 0 && value.IndexOf('=') > 0)
            {
                foreach (var part in value.Split(';'))
                {
                    var eq = part.IndexOf('=');
                    if (eq <= 0) continue;
                    var name = part.Substring(0, eq).Trim();
                    var inner = part.Substring(eq + 1).Trim();
                    var innerKind = names.Classify(name);
                    if (innerKind != SecretKind.None && SecretValues.LooksReal(inner, innerKind, minLength, minEntropy))
                        return "'" + ConfigKeyDisplay.Segment(name) + "' pair in a connection string";
                }
            }

            return null;
        }

        /// <summary>The development settings file the project templates create and commit: appsettings.Development.json.</summary>
        private static bool IsTemplateDevelopmentFile(string fileName) =>
            fileName.Equals("appsettings.Development.json", StringComparison.OrdinalIgnoreCase);

        /// <summary>"Jwt:Key", "JwtSettings:SecretKey", "Encryption:Key", "Signing:Key": a bare Key under a signing or encryption section.</summary>
        private static bool IsKeyOfSigningSection(string tail)
        {
            var words = NameWords.Split(tail);
            if (words.Count < 2 || words[words.Count - 1] != "key") return false;
            foreach (var w in words)
            {
                switch (w)
                {
                    case "jwt": case "signing": case "encryption": case "hmac": case "token": case "tokens": case "bearer": case "webhook":
                        return true;
                }
            }

            return false;
        }

        /// <summary>launchSettings.json: only <c>profiles:{name}:environmentVariables:{VAR}</c> holds values a program reads.</summary>
        private static bool IsLaunchEnvironmentVariable(string path)
        {
            var index = path.IndexOf(":environmentVariables:", StringComparison.OrdinalIgnoreCase);
            return index > 0 && path.StartsWith("profiles:", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>The last two named segments of a key path ("Exchanges:0:Binance:Secret" → "Binance:Secret"), so the
        /// section can qualify a bare "Key" while a long path stays within the name model's limit.</summary>
        private static string TailOf(ConfigPath path)
        {
            var tail = path.Tail(2);
            return tail.Length > 120 ? tail.Substring(tail.Length - 120) : tail;
        }
    }
}
