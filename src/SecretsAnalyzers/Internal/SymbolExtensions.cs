using System;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace SecretsAnalyzers.Internal
{
    /// <summary>The one set of namespace and inheritance questions every rule asks about a symbol.</summary>
    internal static class SymbolExtensions
    {
        // Namespace display names, built once per namespace symbol and dropped with it (symbols live as long as their compilation).
        private static readonly ConditionalWeakTable<INamespaceSymbol, string> NamespaceNames = new ConditionalWeakTable<INamespaceSymbol, string>();
        private static readonly ConditionalWeakTable<INamespaceSymbol, string>.CreateValueCallback DisplayName = ns => ns.ToDisplayString();

        /// <summary>The namespace of a symbol as text ("Serilog.Context"), empty for the global namespace.</summary>
        public static string NamespaceOf(this ISymbol? symbol)
        {
            var ns = symbol?.ContainingNamespace;
            return ns is null || ns.IsGlobalNamespace ? "" : NamespaceNames.GetValue(ns, DisplayName);
        }

        /// <summary>
        /// True when <paramref name="symbol"/> is declared in namespace <paramref name="ns"/> or one below it
        /// (<c>System.Net.Http.Headers</c> is in <c>System.Net</c>). Compares the segments without building a string.
        /// </summary>
        public static bool IsInNamespace(this ISymbol? symbol, string ns)
        {
            var current = symbol?.ContainingNamespace;
            var depth = 0;
            for (var n = current; n is { IsGlobalNamespace: false }; n = n.ContainingNamespace) depth++;
            var wanted = 1;
            foreach (var c in ns)
            {
                if (c == '.') wanted++;
            }

            if (ns.Length == 0 || depth < wanted) return false;
            for (; depth > wanted; depth--) current = current!.ContainingNamespace;
            var end = ns.Length;
            for (var n = current; n is { IsGlobalNamespace: false }; n = n.ContainingNamespace)
            {
                var name = n.Name;
                var start = end - name.Length;
                if (start < 0 || string.CompareOrdinal(ns, start, name, 0, name.Length) != 0) return false;
                if (start > 0 && ns[start - 1] != '.') return false;
                end = start - 1;
            }

            return end == -1;
        }

        /// <summary>True when <paramref name="ns"/> is exactly the dotted namespace <paramref name="dotted"/> (no allocation).</summary>
        public static bool IsNamespace(this INamespaceSymbol? ns, string dotted)
        {
            var end = dotted.Length;
            while (ns is not null && !ns.IsGlobalNamespace)
            {
                var start = dotted.LastIndexOf('.', end - 1) + 1;
                var part = ns.Name;
                if (end - start != part.Length || string.CompareOrdinal(dotted, start, part, 0, part.Length) != 0) return false;
                ns = ns.ContainingNamespace;
                end = start - 1;
                if (end < 0) return ns is null || ns.IsGlobalNamespace;
            }

            return false;
        }

        /// <summary>True when <paramref name="type"/> is <paramref name="baseType"/> or derives from it (generic definitions compared).</summary>
        public static bool DerivesFrom(this ITypeSymbol? type, INamedTypeSymbol? baseType)
        {
            if (baseType is null) return false;
            for (var t = type; t is not null; t = t.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(t.OriginalDefinition, baseType)) return true;
            }

            return false;
        }

        /// <summary>By name, for types the compilation may not reference: <paramref name="type"/> or a base is <c>ns.name</c>.</summary>
        public static bool DerivesFrom(this ITypeSymbol? type, string name, string ns)
        {
            for (var t = type; t is not null; t = t.BaseType)
            {
                if (t.Name == name && t.ContainingNamespace is { } containing && IsDisplayedAs(containing, ns)) return true;
            }

            return false;
        }

        // What ToDisplayString() == ns answered: the dotted name, or "<global namespace>" for the global one.
        private static bool IsDisplayedAs(INamespaceSymbol containing, string ns) =>
            containing.IsGlobalNamespace ? containing.ToDisplayString() == ns : containing.IsNamespace(ns);

        /// <summary>True when <paramref name="type"/> is <paramref name="iface"/> or implements it.</summary>
        public static bool Implements(this ITypeSymbol? type, INamedTypeSymbol? iface)
        {
            if (type is null || iface is null) return false;
            if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, iface)) return true;
            foreach (var i in type.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, iface)) return true;
            }

            return false;
        }
    }
}
