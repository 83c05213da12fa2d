using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using SecretsAnalyzers.Internal.ConfigFiles;

namespace SecretsAnalyzers.Tests.HardcodedSecrets
{
    /// <summary>The lenient reader other rule families reuse: paths, spans, kinds, and robustness on every cut of a file.</summary>
    public class ConfigFileReaderTests
    {
        private const string Sample = "\uFEFF// comment\n{\n  \"Binance\": { \"ApiKey\": \"k\\u0041y\", \"Testnet\": true, \"Port\": 9443, },\n  /* block */ \"Hosts\": [ \"a\", { \"Url\": \"http://x\" }, null ],\n  'Single': 'q',\n}\n";

        private static ConfigFile Read(string path, string text) =>
            ConfigFileReader.Read(path, SourceText.From(text), ConfigFileReader.Classify(path), CancellationToken.None);

        [Fact]
        public void Reads_paths_values_kinds_and_positions()
        {
            var file = Read("/p/appsettings.json", Sample);
            Assert.True(file.IsComplete);
            Assert.Equal(new[] { "Binance:ApiKey", "Binance:Testnet", "Binance:Port", "Hosts:0", "Hosts:1:Url", "Hosts:2", "Single" }, file.Entries.Select(e => e.Path));
            var key = file.Entries[0];
            Assert.Equal("kAy", key.Value);
            Assert.Equal("ApiKey", key.Key);
            Assert.Equal(2, key.ValueLineSpan.Start.Line);
            Assert.Equal("k\\u0041y", Sample.Substring(key.ValueSpan.Start, key.ValueSpan.Length));
            Assert.Equal("ApiKey", Sample.Substring(key.KeySpan.Start, key.KeySpan.Length));
            Assert.Equal(ConfigValueKind.True, file.Entries[1].Kind);
            Assert.Equal(ConfigValueKind.Number, file.Entries[2].Kind);
            Assert.Equal(ConfigValueKind.Null, file.Entries[5].Kind);
            Assert.Equal("q", file.Entries[6].Value);
        }

        [Theory]
        [InlineData("/p/appsettings.json", "AppSettings")]
        [InlineData("C:\\src\\Bot\\appsettings.Production.json", "AppSettings")]
        [InlineData("/p/Properties/launchSettings.json", "LaunchSettings")]
        [InlineData("/p/.env", "DotEnv")]
        [InlineData("/p/.env.production", "DotEnv")]
        [InlineData("/p/prod.env", "DotEnv")]
        [InlineData("/p/App.config", "XmlConfig")]
        [InlineData("/p/Web.config", "XmlConfig")]
        [InlineData("/p/Web.Release.config", "XmlConfig")]
        [InlineData("/p/packages.config", "None")]
        [InlineData("/p/NuGet.config", "None")]
        [InlineData("/p/bin/Debug/Bot.exe.config", "None")]
        [InlineData("/p/appsettingsBackup.json", "None")]
        [InlineData("/p/bin/Release/appsettings.json", "None")]
        [InlineData("/p/package.json", "None")]
        public void Classifies_files(string path, string kind) => Assert.Equal(kind, ConfigFileReader.Classify(path).ToString());

        [Fact]
        public void Reads_app_settings_connection_strings_and_settings_of_xml_configuration()
        {
            const string xml = "<?xml version=\"1.0\"?>\n<configuration>\n  <!-- <add key=\"Commented\" value=\"x\"/> -->\n" +
                "  <appSettings>\n    <add key=\"Binance:ApiSecret\" value=\"a&amp;b\" />\n    <add key='Symbol' value='BTC&gt;USDT'/>\n  </appSettings>\n" +
                "  <connectionStrings><add name=\"Trades\" connectionString=\"Server=db;Password=p\" providerName=\"x\"/></connectionStrings>\n" +
                "  <applicationSettings><Bot.Settings><setting name=\"ApiKey\" serializeAs=\"String\"><value>k&#65;y</value></setting></Bot.Settings></applicationSettings>\n" +
                "</configuration>\n";
            var file = Read("/p/App.config", xml);
            Assert.True(file.IsComplete);
            Assert.Equal(new[] { "Binance:ApiSecret", "Symbol", "ConnectionStrings:Trades", "ApiKey" }, file.Entries.Select(e => e.Path));
            Assert.Equal(new[] { "a&b", "BTC>USDT", "Server=db;Password=p", "kAy" }, file.Entries.Select(e => e.Value));
            Assert.Equal("a&amp;b", xml.Substring(file.Entries[0].ValueSpan.Start, file.Entries[0].ValueSpan.Length));
            Assert.Equal("Binance:ApiSecret", xml.Substring(file.Entries[0].KeySpan.Start, file.Entries[0].KeySpan.Length));
            Assert.Equal(4, file.Entries[0].ValueLineSpan.Start.Line);
            Assert.Equal("ApiSecret", file.Entries[0].Key);

            var broken = Read("/p/Web.config", "<configuration><appSettings><add key=\"A\" value=\"1\"/><add key=\"B\" value=\"2");
            Assert.False(broken.IsComplete);
            Assert.Equal(new[] { "A" }, broken.Entries.Select(e => e.Path));
        }

        [Fact]
        public void Reads_env_names_with_double_underscore_as_sections()
        {
            var file = Read("/p/.env", "export Binance__ApiSecret = \"a\\nb\" # c\nPLAIN=v1 # note\n");
            Assert.Equal(new[] { "Binance:ApiSecret", "PLAIN" }, file.Entries.Select(e => e.Path));
            Assert.Equal("a\nb", file.Entries[0].Value);
            Assert.Equal("v1", file.Entries[1].Value);
            Assert.Equal("Binance__ApiSecret", file.Entries[0].Key);
        }

        [Fact]
        public void Never_throws_on_any_truncation_or_corruption()
        {
            var samples = new[]
            {
                Sample, "A=1\nB=\"two\nC='x'\n", "[[[{\"a\":[1,2,{\"b\":\"\\\"\"}]}]]]",
                "<configuration><!-- c --><appSettings><add key=\"k\" value=\"a&#x41;&amp;\"/></appSettings><setting name=\"s\"><value>v</value></setting><![CDATA[x]]></configuration>",
            };
            foreach (var sample in samples)
            {
                foreach (var path in new[] { "/p/appsettings.json", "/p/.env", "/p/App.config" })
                {
                    for (var cut = 0; cut <= sample.Length; cut++)
                    {
                        var file = Read(path, sample.Substring(0, cut));
                        Assert.NotNull(file);
                        var corrupted = sample.Substring(0, cut) + "\"\\" + sample.Substring(cut);
                        Assert.NotNull(Read(path, corrupted));
                    }
                }
            }
        }

        [Fact]
        public void Truncated_json_keeps_entries_read_before_the_error()
        {
            var file = Read("/p/appsettings.json", "{ \"a\": \"1\", \"b\": [ \"2\"");
            Assert.False(file.IsComplete);
            Assert.Equal(new[] { "a", "b:0" }, file.Entries.Select(e => e.Path));
            Assert.StartsWith("unexpected end of file", file.Error!.Message);
        }

        [Fact]
        public void Huge_values_are_read_whole()
        {
            var big = new string('z', 1_000_000);
            var file = Read("/p/appsettings.json", "{\"Big\":\"" + big + "\"}");
            Assert.True(file.IsComplete);
            Assert.Equal(big.Length, file.Entries.Single().Value.Length);
        }

        [Fact]
        public void Builds_key_paths_from_parent_and_segment()
        {
            var file = Read("/p/appsettings.json",
                "{ \"\": { \"x\": 1 }, \"A\": [ [ 1, { \"B\": [ true ] } ], { } ], \"C\": { \"D\": { \"E\": \"e\" } }, \"F\": 2 }");
            Assert.True(file.IsComplete);
            Assert.Equal(new[] { ":x", "A:0:0", "A:0:1:B:0", "C:D:E", "F" }, file.Entries.Select(e => e.Path));
            Assert.Equal(new[] { "x", "0", "0", "E", "F" }, file.Entries.Select(e => e.Key));
            Assert.Equal(new[] { "", "0", "B", "D", null }, file.Entries.Select(e => e.ParentKey));
            Assert.Equal("D:E", file.Entries[3].Node.Tail(2));
            Assert.Equal("B:0", file.Entries[2].Node.Tail(1));
            Assert.Equal("A:0:0", file.Entries[1].Node.Tail(2));
        }

        [Fact]
        public void A_root_scalar_and_a_root_array_have_short_paths()
        {
            Assert.Equal(new[] { "" }, Read("/p/appsettings.json", "\"v\"").Entries.Select(e => e.Path));
            Assert.Equal(new[] { "0", "1" }, Read("/p/appsettings.json", "[1, 2]").Entries.Select(e => e.Path));
        }

        [Fact]
        public void Reads_a_999_deep_object_around_a_large_array()
        {
            const int depth = 999;
            const int numbers = 50_000;
            var text = new System.Text.StringBuilder();
            for (var i = 0; i < depth; i++) text.Append("{\"k").Append(i % 10).Append("\":");
            text.Append('[');
            for (var i = 0; i < numbers; i++) text.Append(i == 0 ? "" : ",").Append(i);
            text.Append(']');
            text.Append('}', depth);

            var file = Read("/p/appsettings.json", text.ToString());
            Assert.True(file.IsComplete, file.Error?.Message);
            Assert.Equal(numbers, file.Entries.Length);
            var last = file.Entries[numbers - 1];
            Assert.Equal("49999", last.Key);
            Assert.Equal("k8", last.ParentKey);
            Assert.Equal("k8:49999", last.Node.Tail(1));
            var expected = string.Join(":", Enumerable.Range(0, depth).Select(i => "k" + (i % 10))) + ":49999";
            Assert.Equal(expected, last.Path);
            Assert.Same(file.Entries[0].Node.Parent, last.Node.Parent);
        }

        [Fact]
        public void Nesting_deeper_than_the_limit_is_an_error_not_a_crash()
        {
            var text = new string('[', JsonConfigReader.MaxDepth + 1) + new string(']', JsonConfigReader.MaxDepth + 1);
            var file = Read("/p/appsettings.json", text);
            Assert.False(file.IsComplete);
            Assert.StartsWith("nesting deeper than", file.Error!.Message);
        }

        [Fact]
        public void One_file_is_parsed_once_for_every_rule()
        {
            var text = new FileText("/p/appsettings.json", "{ \"Binance\": { \"ApiSecret\": \"x\" } }");
            Assert.True(ConfigFileReader.TryRead(text, CancellationToken.None, out var first));
            Assert.True(ConfigFileReader.TryRead(text, CancellationToken.None, out var second));
            Assert.Same(first, second);
            Assert.Equal("Binance:ApiSecret", second.Entries.Single().Path);

            var renamed = new FileText("/p/.env", text.GetText()!);
            Assert.True(ConfigFileReader.TryRead(renamed, CancellationToken.None, out var other));
            Assert.Equal(ConfigFileKind.DotEnv, other.Kind);
        }

        private sealed class FileText : Microsoft.CodeAnalysis.AdditionalText
        {
            private readonly SourceText _text;

            public FileText(string path, string text) : this(path, SourceText.From(text)) { }

            public FileText(string path, SourceText text)
            {
                Path = path;
                _text = text;
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
        }
    }
}
