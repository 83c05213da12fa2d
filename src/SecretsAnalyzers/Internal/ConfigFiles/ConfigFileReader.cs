using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SecretsAnalyzers.Internal.ConfigFiles
{
    /// <summary>
    /// Entry point of the lenient configuration-file reader shared by the rule families (EXK105 committed secrets,
    /// transport and permission rules reading endpoints and flags from appsettings). It never throws on content:
    /// comments, trailing commas, a byte-order mark, single-quoted strings, deep nesting, arrays, huge values and
    /// truncated files all give entries plus, for broken files, a <see cref="ConfigReadError"/>.
    /// </summary>
    /// <example>
    /// <code>
    /// context.RegisterAdditionalFileAction(c =>
    /// {
    ///     if (!ConfigFileReader.TryRead(c.AdditionalFile, c.CancellationToken, out var file)) return;
    ///     foreach (var entry in file.Entries)
    ///         if (entry.IsString &amp;&amp; entry.Value.StartsWith("http://")) c.ReportDiagnostic(Diagnostic.Create(rule, file.GetLocation(entry)));
    /// });
    /// </code>
    /// </example>
    internal static class ConfigFileReader
    {
        /// <summary>Files larger than this (in characters) are not read; <see cref="TryRead"/> returns an error.</summary>
        public const int MaxFileLength = 4 * 1024 * 1024;

        /// <summary>
        /// One parsed model per file text, shared by every rule that reads configuration files (EXK105/EXK106, EXK201,
        /// EXK301/EXK302): the compiler and the IDE hand every analyzer the same <see cref="SourceText"/> for an
        /// additional file, so it is parsed once. The model is immutable and held only as long as the text is.
        /// </summary>
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SourceText, ConfigFile> Parsed =
            new System.Runtime.CompilerServices.ConditionalWeakTable<SourceText, ConfigFile>();

        /// <summary>Classifies a path by its file name: appsettings*.json, launchSettings.json, .env / .env.* / *.env,
        /// App.config / Web.config and their transforms (App.Release.config).
        /// Files under a <c>bin</c> or <c>obj</c> folder are <see cref="ConfigFileKind.None"/> (build copies).</summary>
        public static ConfigFileKind Classify(string? path)
        {
            if (string.IsNullOrEmpty(path)) return ConfigFileKind.None;
            var name = FileName(path!);
            if (name.Length == 0 || IsUnderBuildOutput(path!)) return ConfigFileKind.None;

            if (name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) &&
                name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) &&
                (name.Length == "appsettings.json".Length || name["appsettings".Length] == '.'))
                return ConfigFileKind.AppSettings;

            if (name.Equals("launchSettings.json", StringComparison.OrdinalIgnoreCase)) return ConfigFileKind.LaunchSettings;

            if (IsXmlConfigName(name)) return ConfigFileKind.XmlConfig;

            if (name.Equals(".env", StringComparison.OrdinalIgnoreCase) ||
                name.StartsWith(".env.", StringComparison.OrdinalIgnoreCase) ||
                (name.EndsWith(".env", StringComparison.OrdinalIgnoreCase) && name.Length > 4))
                return ConfigFileKind.DotEnv;

            return ConfigFileKind.None;
        }

        /// <summary>Reads an additional file when <see cref="Classify"/> knows its kind. False for other files and
        /// for files without text. A file too large to read gives a <see cref="ConfigFile"/> with an error.</summary>
        public static bool TryRead(AdditionalText file, CancellationToken cancellationToken, out ConfigFile result)
        {
            result = null!;
            if (file is null) return false;
            var kind = Classify(file.Path);
            if (kind == ConfigFileKind.None) return false;
            SourceText? text;
            try
            {
                text = file.GetText(cancellationToken);
            }
            catch (Exception e) when (e is System.IO.IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                text = null;
            }

            if (text is null) return false;
            var path = file.Path;
            result = Parsed.GetValue(text, t => Read(path, t, kind, cancellationToken));
            if (result.Path != path || result.Kind != kind) result = Read(path, text, kind, cancellationToken);   // one text under two names
            return true;
        }

        /// <summary>Reads <paramref name="text"/> as a file of <paramref name="kind"/> (JSON for appsettings and
        /// launchSettings, dotenv for .env files, XML for App.config and Web.config).</summary>
        public static ConfigFile Read(string path, SourceText text, ConfigFileKind kind, CancellationToken cancellationToken)
        {
            if (text.Length > MaxFileLength)
            {
                var error = new ConfigReadError("larger than " + (MaxFileLength / (1024 * 1024)) + " MB", new TextSpan(0, 0), default);
                return new ConfigFile(path, kind, ImmutableArray<ConfigEntry>.Empty, error);
            }

            return kind switch
            {
                ConfigFileKind.DotEnv => DotEnvReader.Read(path, text, cancellationToken),
                ConfigFileKind.XmlConfig => XmlConfigReader.Read(path, text, cancellationToken),
                _ => JsonConfigReader.Read(path, text, kind, cancellationToken),
            };
        }

        /// <summary>
        /// True for files that configure a development or test environment: appsettings.Development.json (also Dev,
        /// Local, Test, Testing, QA, Sandbox, Demo, Debug, CI, UAT), launchSettings.json (read only by dotnet run and
        /// IDEs) and .env.development / .env.local / .env.test (and the same names). Staging and Production are not.
        /// </summary>
        public static bool IsNonProductionEnvironment(string? path)
        {
            if (string.IsNullOrEmpty(path)) return false;
            var name = FileName(path!);
            if (name.Equals("launchSettings.json", StringComparison.OrdinalIgnoreCase)) return true;
            var lower = name.ToLowerInvariant();
            foreach (var part in lower.Split('.'))
            {
                switch (part)
                {
                    case "development": case "dev": case "local": case "test": case "testing": case "tests": case "qa":
                    case "sandbox": case "demo": case "debug": case "ci": case "uat": case "example": case "sample":
                    case "template":
                        return true;
                }
            }

            return false;
        }

        /// <summary><c>App.config</c>, <c>Web.config</c>, <c>App.Debug.config</c>, <c>Web.Release.config</c> (not packages.config or NuGet.config).</summary>
        public static bool IsXmlConfigName(string name) =>
            name.EndsWith(".config", StringComparison.OrdinalIgnoreCase) &&
            (name.StartsWith("App.", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Web.", StringComparison.OrdinalIgnoreCase)) &&
            name.IndexOf('.') == 3;

        /// <summary>The file name of a path written with '/' or '\' separators.</summary>
        public static string FileName(string path)
        {
            var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
            return slash >= 0 ? path.Substring(slash + 1) : path;
        }

        private static bool IsUnderBuildOutput(string path)
        {
            var p = path.Replace('\\', '/');
            return p.IndexOf("/bin/", StringComparison.OrdinalIgnoreCase) >= 0 ||
                   p.IndexOf("/obj/", StringComparison.OrdinalIgnoreCase) >= 0 ||
                   p.StartsWith("bin/", StringComparison.OrdinalIgnoreCase) ||
                   p.StartsWith("obj/", StringComparison.OrdinalIgnoreCase);
        }

        internal static ConfigReadError MakeError(SourceText text, string reason, int position)
        {
            position = Math.Max(0, Math.Min(position, text.Length));
            var span = new TextSpan(position, 0);
            var line = text.Lines.GetLinePositionSpan(span);
            var message = reason + " at line " + (line.Start.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) +
                          ", column " + (line.Start.Character + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new ConfigReadError(message, span, line);
        }
    }
}
