using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace SecretsAnalyzers.Internal
{
    /// <summary>
    /// The one place that resolves types by metadata name: one instance per compilation (<see cref="GetOrCreate"/>),
    /// shared by every analyzer and fixer, so each name is looked up once however many rules ask for it. The family
    /// views (<c>TransportKnownTypes</c>, <c>LoggingKnownTypes</c>, <c>PermissionKnownTypes</c>,
    /// <c>HardcodedKnownTypes</c>, <c>SigningKnownTypes</c>) are built from it once per compilation through
    /// <see cref="View{T}"/>. <c>Compilation.GetTypeByMetadataName</c> is banned everywhere else (src/BannedSymbols.txt).
    /// </summary>
    internal sealed class KnownTypes
    {
        private static readonly ConditionalWeakTable<Compilation, KnownTypes> PerCompilation = new ConditionalWeakTable<Compilation, KnownTypes>();
        private static readonly ConditionalWeakTable<Compilation, KnownTypes>.CreateValueCallback Create = c => new KnownTypes(c);

        private readonly ConcurrentDictionary<string, INamedTypeSymbol?> _types = new ConcurrentDictionary<string, INamedTypeSymbol?>(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<Type, object> _views = new ConcurrentDictionary<Type, object>();
        private readonly Func<string, INamedTypeSymbol?> _resolve;
        private int _isTestProject;   // 0 unknown, 1 no, 2 yes

        private KnownTypes(Compilation compilation)
        {
            Compilation = compilation;
            _resolve = Resolve;
        }

        public Compilation Compilation { get; }

        /// <summary>The provider of <paramref name="compilation"/>, created on first use and kept as long as the compilation lives.</summary>
        public static KnownTypes GetOrCreate(Compilation compilation) => PerCompilation.GetValue(compilation, Create);

        /// <summary>The type named <paramref name="metadataName"/> (<c>System.ReadOnlySpan`1</c>), or null when it is not referenced or ambiguous.</summary>
        public INamedTypeSymbol? Get(string metadataName) => _types.GetOrAdd(metadataName, _resolve);

        /// <summary>See <see cref="ProjectContext.IsTestProject"/>; computed on first use.</summary>
        public bool IsTestProject
        {
            get
            {
                if (_isTestProject == 0) _isTestProject = ProjectContext.ComputeIsTestProject(Compilation) ? 2 : 1;
                return _isTestProject == 2;
            }
        }

        /// <summary>A family's view of the known types, built once per compilation by <paramref name="create"/>.</summary>
        public T View<T>(Func<KnownTypes, T> create)
            where T : class =>
            (T)_views.GetOrAdd(typeof(T), _ => create(this));

        private INamedTypeSymbol? Resolve(string metadataName)
        {
#pragma warning disable RS0030 // The one allowed call: every other lookup goes through this per-compilation cache.
            return Compilation.GetTypeByMetadataName(metadataName);
#pragma warning restore RS0030
        }
    }
}
