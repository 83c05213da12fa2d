using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SecretsAnalyzers.Logging;
using Xunit;

namespace SecretsAnalyzers.Tests.Logging
{
    /// <summary>The namespace questions of the logging rules, answered without building the namespace text.</summary>
    public class LoggingKnownTypesTests
    {
        private const string Source = """
            namespace Serilog.Sinks.File { public class FileSink { } }
            namespace SerilogTimings { public class Operation { } }
            namespace Seri { public class Short { } }
            namespace System.Networking { public class Peer { } }
            namespace System.Net.Http { public class Client { } }
            namespace System { public class Root { } }
            public class Global { }
            """;

        private static INamedTypeSymbol Type(string metadataName)
        {
            var compilation = CSharpCompilation.Create("Sample", new[] { CSharpSyntaxTree.ParseText(Source) },
                new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            return compilation.GetSymbolsWithName(metadataName.Split('.').Last(), SymbolFilter.Type).OfType<INamedTypeSymbol>()
                .Single(t => t.ToDisplayString() == metadataName);
        }

        [Theory]
        [InlineData("Serilog.Sinks.File.FileSink", "Serilog", true)]
        [InlineData("Serilog.Sinks.File.FileSink", "Serilog.Sinks", true)]
        [InlineData("Serilog.Sinks.File.FileSink", "Serilog.Sinks.Fi", true)]
        [InlineData("Serilog.Sinks.File.FileSink", "Serilog.Sinks.File", true)]
        [InlineData("Serilog.Sinks.File.FileSink", "Serilog.Sinks.File.", false)]
        [InlineData("Serilog.Sinks.File.FileSink", "Serilog.Sinks.FileX", false)]
        [InlineData("Serilog.Sinks.File.FileSink", "Sinks", false)]
        [InlineData("SerilogTimings.Operation", "Serilog", true)]
        [InlineData("Seri.Short", "Serilog", false)]
        [InlineData("System.Networking.Peer", "System.Net", true)]
        [InlineData("System.Net.Http.Client", "System.Net", true)]
        [InlineData("System.Root", "System.Net", false)]
        [InlineData("System.Root", "System", true)]
        [InlineData("Global", "System", false)]
        [InlineData("Global", "", true)]
        public void NamespaceStartsWith_agrees_with_the_namespace_text(string type, string prefix, bool expected)
        {
            var symbol = Type(type);
            Assert.Equal(expected, LoggingKnownTypes.NamespaceStartsWith(symbol, prefix));
            Assert.Equal(expected, LoggingKnownTypes.NamespaceOf(symbol).StartsWith(prefix, StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("System.Net.Http.Client", "System.Net.Http", true)]
        [InlineData("System.Net.Http.Client", "System.Net", false)]
        [InlineData("System.Net.Http.Client", "Net.Http", false)]
        [InlineData("System.Root", "System", true)]
        [InlineData("Global", "System", false)]
        public void NamespaceIs_agrees_with_the_namespace_text(string type, string dotted, bool expected)
        {
            var symbol = Type(type);
            Assert.Equal(expected, LoggingKnownTypes.NamespaceIs(symbol, dotted));
            Assert.Equal(expected, LoggingKnownTypes.NamespaceOf(symbol) == dotted);
        }
    }
}
