using System.Linq;
using SecretsAnalyzers.Internal.ConfigFiles;

namespace SecretsAnalyzers.Tests.Internal
{
    /// <summary>The gitignore matcher behind EXK105's respect_gitignore, case by case from gitignore(5).</summary>
    public class GitIgnoreTests
    {
        private static bool Ignored(string file, params (string Path, string Text)[] ignoreFiles) =>
            GitIgnoreSet.From(ignoreFiles).IsIgnored(file);

        private static bool Ignored(string patterns, string relativeFile) =>
            Ignored("/r/" + relativeFile, ("/r/.gitignore", patterns));

        [Theory]
        [InlineData("build/", "build", true, true)]               // a folder pattern matches the folder itself
        [InlineData("build/", "build", false, false)]             // but not a file of that name
        [InlineData("build", "build", true, true)]
        [InlineData("*.log", "logs", true, false)]
        [InlineData("logs/\n!logs/keep", "logs/keep", true, true)] // nothing below an ignored folder comes back
        public void Judges_folders_as_folders(string patterns, string relative, bool isDirectory, bool expected) =>
            Assert.Equal(expected, GitIgnoreSet.From(new[] { ("/r/.gitignore", patterns.Replace("\\n", "\n")) }).IsIgnored("/r/" + relative, isDirectory));

        [Theory]
        [InlineData(".env", ".env")]
        [InlineData(".env", "a/b/.env")]                          // no slash: any depth
        [InlineData("*.json", "src/appsettings.json")]
        [InlineData("appsettings.*.json", "src/appsettings.Local.json")]
        [InlineData("?env", "x/.env")]
        [InlineData(".env*", ".env.local")]
        [InlineData("[.]env", ".env")]
        [InlineData(".[a-f]nv", ".env")]
        [InlineData(".[!a]nv", ".env")]
        [InlineData("/.env", ".env")]                              // anchored at the root
        [InlineData("src/.env", "src/.env")]                       // a middle slash anchors too
        [InlineData("**/.env", "a/b/c/.env")]
        [InlineData("**/b/.env", "b/.env")]                        // ** matches zero folders
        [InlineData("a/**/.env", "a/.env")]
        [InlineData("a/**/.env", "a/x/y/.env")]
        [InlineData("a/**", "a/x/.env")]                           // everything inside a
        [InlineData("secrets/", "secrets/.env")]                   // a folder pattern hides its content
        [InlineData("bin", "bin/x/.env")]
        [InlineData(".env   ", ".env")]                            // trailing spaces are dropped
        [InlineData("\\#.env", "#.env")]                            // escaped comment sign
        [InlineData("\\!.env", "!.env")]                            // escaped negation sign
        [InlineData("a\\ b", "a b")]                                // escaped space
        [InlineData("# comment\n\n.env\n", ".env")]
        [InlineData(".env\r\n", ".env")]
        [InlineData("a**b", "axxb")]                               // ** inside a segment is *
        [InlineData("*.env", "dir.env/x")]                         // a matching folder hides its content
        public void Ignores(string patterns, string file) => Assert.True(Ignored(patterns, file));

        [Theory]
        [InlineData(".env", ".envrc")]
        [InlineData("*.json", "src/appsettings.jsonc")]
        [InlineData("/.env", "src/.env")]                          // anchored: not deeper
        [InlineData("src/.env", "lib/src/.env")]
        [InlineData(".env/", ".env")]                              // folders only
        [InlineData("a/**", "a")]                                  // not a itself
        [InlineData("a/**/.env", "b/a/.env")]
        [InlineData("# .env", ".env")]                             // a comment
        [InlineData(".[!e]nv", ".env")]
        [InlineData("[a-c]", "d")]
        [InlineData("a?b", "a/b")]                                 // ? never matches '/'
        [InlineData("a*b", "a/b")]                                 // * never matches '/'
        [InlineData("[.env", ".env")]                              // unclosed bracket is literal
        [InlineData("", ".env")]
        [InlineData("/", ".env")]
        public void Does_not_ignore(string patterns, string file) => Assert.False(Ignored(patterns, file));

        [Fact]
        public void Negation_re_includes_and_the_last_match_wins()
        {
            Assert.False(Ignored("*.json\n!appsettings.json", "appsettings.json"));
            Assert.True(Ignored("*.json\n!appsettings.json\nappsettings.json", "appsettings.json"));
            Assert.True(Ignored("!appsettings.json\n*.json", "appsettings.json"));
        }

        [Fact]
        public void A_file_inside_an_ignored_folder_cannot_be_re_included()
        {
            Assert.True(Ignored("config/\n!config/.env", "config/.env"));
            Assert.False(Ignored("config/*\n!config/.env", "config/.env"));  // the folder itself is not ignored
        }

        [Fact]
        public void Deeper_gitignore_wins_over_a_higher_one_and_both_over_info_exclude()
        {
            Assert.False(Ignored("/r/src/.env", ("/r/.gitignore", ".env"), ("/r/src/.gitignore", "!.env")));
            Assert.False(Ignored("/r/src/.env", ("/r/src/.gitignore", "!.env"), ("/r/.gitignore", ".env")));   // order of the list does not matter
            Assert.True(Ignored("/r/src/.env", ("/r/.gitignore", "!.env"), ("/r/src/.gitignore", ".env")));
            Assert.False(Ignored("/r/src/.env", ("/r/.git/info/exclude", ".env"), ("/r/.gitignore", "!.env")));
            Assert.True(Ignored("/r/src/.env", ("/r/.git/info/exclude", "src/.env")));
        }

        [Fact]
        public void Patterns_are_relative_to_their_own_folder()
        {
            Assert.True(Ignored("/r/src/bot/.env", ("/r/src/.gitignore", "/bot/.env")));
            Assert.False(Ignored("/r/bot/.env", ("/r/src/.gitignore", "/bot/.env")));
            Assert.False(Ignored("/r/.env", ("/r/src/.gitignore", ".env")));                                 // above its folder
        }

        [Fact]
        public void Windows_paths_match_without_case()
        {
            Assert.True(Ignored(@"C:\repo\src\Bot\.ENV", (@"C:\repo\.gitignore", ".env")));
            Assert.True(Ignored(@"C:\Repo\src\appsettings.Local.json", (@"C:\repo\.gitignore", "appsettings.local.json")));
            Assert.False(Ignored("/r/.ENV", ("/r/.gitignore", ".env")));                                    // case matters elsewhere
        }

        [Theory]
        [InlineData("[")]
        [InlineData("[]")]
        [InlineData("[!]")]
        [InlineData("[z-a]")]
        [InlineData("\\")]
        [InlineData("!")]
        [InlineData("!/")]
        [InlineData("**/**/**")]
        [InlineData("/**/")]
        [InlineData("a/**/**/b/**")]
        [InlineData("***")]
        [InlineData("\0\u00ff\uffff")]
        [InlineData("[\\")]
        [InlineData("[a-")]
        public void Malformed_patterns_never_throw(string patterns)
        {
            var set = GitIgnoreSet.From(new[] { ("/r/.gitignore", patterns + "\n" + patterns + "/\n!" + patterns) });
            foreach (var file in new[] { "/r/.env", "/r/a/b/.env", "/r/[/x", "/r/\\", "/r/a/**/b/c", "/r//.env", "/r/" })
                _ = set.IsIgnored(file);
            _ = GitIgnoreSet.From(new[] { ("C:\\r\\.gitignore", patterns) }).IsIgnored("C:\\r\\.env");
        }

        [Fact]
        public void Long_patterns_and_paths_stay_fast()
        {
            var pattern = string.Concat(Enumerable.Repeat("*a", 200)) + "b";
            var name = new string('a', 5000);
            var path = "/r/" + string.Join("/", Enumerable.Repeat("d", 300)) + "/" + name;
            var set = GitIgnoreSet.From(new[] { ("/r/.gitignore", pattern + "\n**/d/**/" + pattern + "\n" + string.Concat(Enumerable.Repeat("**/", 100)) + "x") });
            var watch = System.Diagnostics.Stopwatch.StartNew();
            Assert.False(set.IsIgnored(path));
            Assert.True(watch.Elapsed < System.TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        }

        [Fact]
        public void Other_files_and_no_files_ignore_nothing()
        {
            Assert.False(Ignored("/r/.env", ("/r/notes.txt", ".env")));
            Assert.False(GitIgnoreSet.Empty.IsIgnored("/r/.env"));
            Assert.False(Ignored("/r/.env", Enumerable.Empty<(string, string)>().ToArray()));
        }
    }
}
