using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SecretsAnalyzers.Internal.ConfigFiles;

namespace SecretsAnalyzers.Cli
{
    /// <summary>
    /// A compilation built without MSBuild: the .cs files below a folder, the configuration files the package's build
    /// targets would add (appsettings*.json, Properties/launchSettings.json, .env files) as AdditionalFiles, the
    /// .editorconfig/.globalconfig files that apply, the SDK's implicit global usings, and the running runtime's
    /// assemblies as references.
    /// </summary>
    internal static class LooseProject
    {
        private const string ImplicitUsings = """
            global using global::System;
            global using global::System.Collections.Generic;
            global using global::System.IO;
            global using global::System.Linq;
            global using global::System.Net.Http;
            global using global::System.Threading;
            global using global::System.Threading.Tasks;
            """;

        private const string ImplicitUsingsFile = "secrets-scan.GlobalUsings.g.cs";

        public static bool IsImplicitUsings(string path) => path.EndsWith(ImplicitUsingsFile, StringComparison.Ordinal);

        /// <param name="configFilesBelow">
        /// True for a folder without projects: configuration files anywhere below it are added; false for a project's
        /// fallback: only those the package's build targets would add (its folder and Properties/launchSettings.json).
        /// </param>
        public static Project Create(string folder, string name, PathFilter filter, ImmutableArray<MetadataReference> references, bool configFilesBelow = false)
        {
            var workspace = new AdhocWorkspace();
            var projectId = ProjectId.CreateNewId(name);
            var documents = filter.Walk(folder, f => f.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
                .Select(f => Document(projectId, f))
                .ToList();
            var usingsPath = Path.Combine(folder, "obj", ImplicitUsingsFile);
            documents.Add(DocumentInfo.Create(DocumentId.CreateNewId(projectId), Path.GetFileName(usingsPath),
                loader: TextLoader.From(TextAndVersion.Create(SourceText.From(ImplicitUsings), VersionStamp.Default, usingsPath)),
                filePath: usingsPath, isGenerated: true));
            var configFiles = configFilesBelow
                ? filter.Walk(folder, f => IsConfigFile(Path.GetFileName(f)))
                : ConfigFilesIn(folder).Where(f => filter.Includes(f));
            var additional = configFiles.Select(f => Document(projectId, f)).ToList();
            var configs = AnalyzerConfigFiles(folder).Select(f => Document(projectId, f)).ToList();

            var info = ProjectInfo.Create(projectId, VersionStamp.Default, name, name, LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: new CSharpParseOptions(LanguageVersion.Preview),
                documents: documents,
                metadataReferences: references,
                additionalDocuments: additional)
                .WithAnalyzerConfigDocuments(configs);
            return workspace.AddProject(info);
        }

        private static bool IsConfigFile(string name) =>
            name.StartsWith("appsettings.", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            || name.Equals("launchSettings.json", StringComparison.OrdinalIgnoreCase)
            || name.Equals(".env", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith(".env.", StringComparison.OrdinalIgnoreCase)
            || ConfigFileReader.IsXmlConfigName(name);

        /// <summary>The configuration files the package's build targets add as AdditionalFiles for a project in <paramref name="folder"/>.</summary>
        public static IEnumerable<string> ConfigFilesIn(string folder)
        {
            if (!Directory.Exists(folder)) yield break;
            foreach (var file in Directory.GetFiles(folder).OrderBy(f => f, StringComparer.Ordinal))
            {
                var name = Path.GetFileName(file);
                if (name.Equals("appsettings.json", StringComparison.OrdinalIgnoreCase)
                    || name.StartsWith("appsettings.", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                    || name.Equals(".env", StringComparison.OrdinalIgnoreCase)
                    || name.StartsWith(".env.", StringComparison.OrdinalIgnoreCase)
                    || ConfigFileReader.IsXmlConfigName(name))
                    yield return file;
            }

            var launch = Path.Combine(folder, "Properties", "launchSettings.json");
            if (File.Exists(launch)) yield return launch;
            var rootLaunch = Path.Combine(folder, "launchSettings.json");
            if (File.Exists(rootLaunch)) yield return rootLaunch;
        }

        public static SourceText ReadText(string path)
        {
            using var stream = File.OpenRead(path);
            return SourceText.From(stream);
        }

        // .editorconfig files from the folder up to the file system root (Roslyn stops at 'root = true'), and .globalconfig files there.
        private static IEnumerable<string> AnalyzerConfigFiles(string folder)
        {
            for (var current = new DirectoryInfo(folder); current is not null; current = current.Parent)
            {
                foreach (var name in new[] { ".editorconfig", ".globalconfig" })
                {
                    var file = Path.Combine(current.FullName, name);
                    if (File.Exists(file)) yield return file;
                }
            }
        }

        private static DocumentInfo Document(ProjectId projectId, string path) =>
            DocumentInfo.Create(DocumentId.CreateNewId(projectId), Path.GetFileName(path),
                loader: TextLoader.From(TextAndVersion.Create(ReadText(path), VersionStamp.Default, path)),
                filePath: path);
    }
}
