using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace SecretsAnalyzers.Tests
{
    /// <summary>
    /// What test compilations reference: the .NET 8 reference assemblies, plus the real assemblies of the packages
    /// whose APIs the analyzers and fixes target. Those packages are PackageReferences of this test project (8.0-era
    /// versions, compatible with the .NET 8 reference assemblies) and are taken from its output folder, so no test
    /// downloads anything. Exchange SDK types are never referenced: they are stub sources in <c>Stubs/</c>.
    /// </summary>
    public static class TestReferences
    {
        public static readonly ReferenceAssemblies Net80 = ReferenceAssemblies.Net.Net80;

        /// <summary>Microsoft.Extensions.Configuration/Options/Logging abstractions: added to every test.</summary>
        public static readonly ImmutableArray<MetadataReference> Default = FromOutput(
            "Microsoft.Extensions.Configuration.Abstractions",
            "Microsoft.Extensions.Configuration.Binder",
            "Microsoft.Extensions.Options",
            "Microsoft.Extensions.Primitives",
            "Microsoft.Extensions.DependencyInjection.Abstractions",
            "Microsoft.Extensions.Logging.Abstractions");

        /// <summary>Azure Key Vault secrets (SecretClient) and Azure.Core.</summary>
        public static readonly ImmutableArray<MetadataReference> KeyVault = FromOutput(
            "Azure.Security.KeyVault.Secrets",
            "Azure.Core");

        /// <summary>Serilog, NLog and log4net.</summary>
        public static readonly ImmutableArray<MetadataReference> Loggers = FromOutput("Serilog", "NLog", "log4net");

        private static ImmutableArray<MetadataReference> FromOutput(params string[] assemblyNames)
        {
            var dir = AppContext.BaseDirectory;
            return assemblyNames
                .Select(name => Path.Combine(dir, name + ".dll"))
                .Select(path => File.Exists(path)
                    ? (MetadataReference)MetadataReference.CreateFromFile(path)
                    : throw new FileNotFoundException("Test reference missing from the test output folder", path))
                .ToImmutableArray();
        }
    }
}
