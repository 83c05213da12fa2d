using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace SecretsAnalyzers.Benchmarks
{
    /// <summary>
    /// The .NET 8 reference assemblies, hermetic: read from the embedded resources of Basic.Reference.Assemblies.Net80
    /// (its typed API is compiled against a newer Roslyn than the package's 4.8 floor, so only its resources are used).
    /// </summary>
    internal static class ReferenceAssemblies
    {
        public static ImmutableArray<MetadataReference> Net80()
        {
            var assembly = Assembly.Load(new AssemblyName("Basic.Reference.Assemblies.Net80"));
            var builder = ImmutableArray.CreateBuilder<MetadataReference>();
            foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("net80.", StringComparison.OrdinalIgnoreCase)).OrderBy(n => n, StringComparer.Ordinal))
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                builder.Add(MetadataReference.CreateFromImage(copy.ToArray(), filePath: name.Substring("net80.".Length) + ".dll"));
            }
            if (builder.Count == 0) throw new InvalidOperationException("No reference assembly found in Basic.Reference.Assemblies.Net80");
            return builder.ToImmutable();
        }
    }
}
