using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SecretsAnalyzers.Internal.ConfigFiles
{
    /// <summary>The kinds of configuration file the reader knows.</summary>
    internal enum ConfigFileKind
    {
        None = 0,
        /// <summary><c>appsettings.json</c>, <c>appsettings.{Environment}.json</c>.</summary>
        AppSettings,
        /// <summary><c>Properties/launchSettings.json</c>.</summary>
        LaunchSettings,
        /// <summary><c>.env</c>, <c>.env.*</c>, <c>*.env</c>.</summary>
        DotEnv,
        /// <summary><c>App.config</c>, <c>Web.config</c> and their transforms (<c>Web.Release.config</c>): .NET Framework XML configuration.</summary>
        XmlConfig,
    }

    /// <summary>
    /// A configuration file read leniently: every scalar found (in document order) and, when the file could not
    /// be read to its end, the first error. Entries before the error are kept.
    /// </summary>
    internal sealed class ConfigFile
    {
        public ConfigFile(string path, ConfigFileKind kind, ImmutableArray<ConfigEntry> entries, ConfigReadError? error)
        {
            Path = path;
            Kind = kind;
            Entries = entries;
            Error = error;
        }

        /// <summary>The path of the file as the compiler knows it (<see cref="AdditionalText.Path"/>).</summary>
        public string Path { get; }

        public ConfigFileKind Kind { get; }

        public ImmutableArray<ConfigEntry> Entries { get; }

        /// <summary>Null when the whole file was read.</summary>
        public ConfigReadError? Error { get; }

        public bool IsComplete => Error is null;

        /// <summary>The location of an entry's value, for <c>Diagnostic.Create</c>.</summary>
        public Location GetLocation(in ConfigEntry entry) => entry.GetLocation(Path);
    }
}
