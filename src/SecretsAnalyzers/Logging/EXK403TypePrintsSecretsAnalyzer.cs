using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretsAnalyzers.Internal;
using SecretsAnalyzers.Options;

namespace SecretsAnalyzers.Logging
{
    /// <summary>
    /// EXK403: a record (class or struct) whose compiler-generated ToString prints a secret-named member, a type whose
    /// user ToString/PrintMembers reads one, or a type with secret members logged through <c>[LogProperties]</c>.
    /// Reported once per type, on its first printed secret member.
    /// </summary>
    public sealed class EXK403TypePrintsSecretsAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Diagnostic property: "record", "class" or "logproperties" (what the code fix rewrites).</summary>
        public const string ShapeProperty = "Shape";

        /// <summary>Diagnostic property: the printed secret members' names, comma-separated (names only, never values).</summary>
        public const string MembersProperty = "Members";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.EXK403TypePrintsSecrets);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var known = LoggingKnownTypes.From(start.Compilation);
                var sources = new SecretSources(known);
                var cache = new SecretsOptionsCache(start.Options);
                var reported = new ConcurrentDictionary<INamedTypeSymbol, bool>(SymbolEqualityComparer.Default);

                start.RegisterSymbolAction(c => OnNamedType(c, sources, cache, reported), SymbolKind.NamedType);
                if (known.LogPropertiesAttribute is not null)
                    start.RegisterSymbolAction(c => OnMethod(c, sources, cache, reported), SymbolKind.Method);
            });
        }

        private static void OnNamedType(SymbolAnalysisContext context, SecretSources sources, SecretsOptionsCache cache,
            ConcurrentDictionary<INamedTypeSymbol, bool> reported)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (type.TypeKind != TypeKind.Class && type.TypeKind != TypeKind.Struct) return;
            if (type.Locations.IsDefaultOrEmpty || !type.Locations[0].IsInSource) return;
            var names = cache.For(type.Locations[0].SourceTree!).Names;
            var printing = sources.Printing(type, names);
            if (printing is null || printing.Members.IsDefaultOrEmpty) return;
            if (!reported.TryAdd(type, true)) return;
            var shape = printing.Via.StartsWith("compiler", System.StringComparison.Ordinal) ? "record"
                : printing.Via == SecretSources.InheritedSerialisingToString ? "inherited" : "class";
            Report(context.ReportDiagnostic, type, printing.Members, printing.Via, shape, OnlyPublicKeys(printing.Members, names));
        }

        private static void OnMethod(SymbolAnalysisContext context, SecretSources sources, SecretsOptionsCache cache,
            ConcurrentDictionary<INamedTypeSymbol, bool> reported)
        {
            var method = (IMethodSymbol)context.Symbol;
            foreach (var parameter in method.Parameters)
            {
                var logsProperties = false;
                foreach (var attribute in parameter.GetAttributes())
                {
                    if (LoggingKnownTypes.Is(attribute.AttributeClass, sources.Known.LogPropertiesAttribute)) logsProperties = true;
                }

                if (!logsProperties || parameter.Type is not INamedTypeSymbol type || type.DeclaringSyntaxReferences.IsDefaultOrEmpty) continue;
                var tree = type.Locations[0].SourceTree;
                if (tree is null) continue;
                var names = cache.For(tree).Names;
                var members = new List<ISymbol>();
                foreach (var member in type.GetMembers())
                {
                    if (member.IsStatic || member.DeclaredAccessibility != Accessibility.Public || member is not IPropertySymbol { IsIndexer: false } p) continue;
                    if (sources.IsSecretNamedSymbol(p, p.Type, names) && !HasRedaction(p)) members.Add(p);
                }

                if (members.Count == 0 || !reported.TryAdd(type.OriginalDefinition, true)) continue;
                var printed = members.ToImmutableArray();
                Report(context.ReportDiagnostic, type, printed, "[LogProperties] logging", "logproperties", OnlyPublicKeys(printed, names));
            }
        }

        private static bool HasRedaction(ISymbol member)
        {
            foreach (var attribute in member.GetAttributes())
            {
                var name = attribute.AttributeClass?.Name ?? "";
                if (name == "LogPropertyIgnoreAttribute" || name.EndsWith("DataAttribute", System.StringComparison.Ordinal) ||
                    name.IndexOf("Redact", System.StringComparison.Ordinal) >= 0 || name.IndexOf("Sensitive", System.StringComparison.Ordinal) >= 0)
                    return true;
            }

            return false;
        }

        /// <summary>
        /// True when every printed member is a public API key (the identifying half of a key pair, <c>ApiKey</c>):
        /// printing it is hygiene, not a leak of the signing secret, so the finding is one level lower (Info).
        /// </summary>
        private static bool OnlyPublicKeys(ImmutableArray<ISymbol> members, SecretNameModel names)
        {
            foreach (var member in members)
            {
                if (names.Classify(member.Name) != SecretKind.ApiKey) return false;
            }

            return true;
        }

        private static void Report(System.Action<Diagnostic> report, INamedTypeSymbol type, ImmutableArray<ISymbol> members, string via, string shape, bool onlyPublicKeys)
        {
            var first = members[0];
            if (first.Locations.IsDefaultOrEmpty || !first.Locations[0].IsInSource) return;
            var memberNames = new List<string>();
            foreach (var member in members) memberNames.Add(member.Name);

            var properties = ImmutableDictionary<string, string?>.Empty.Add(ShapeProperty, shape).Add(MembersProperty, string.Join(",", memberNames));
            var severity = onlyPublicKeys ? DiagnosticSeverity.Info : Descriptors.EXK403TypePrintsSecrets.DefaultSeverity;
            report(Diagnostic.Create(Descriptors.EXK403TypePrintsSecrets, first.Locations[0], severity, null, properties,
                type.Name, string.Join("', '", memberNames), via));
        }
    }
}
