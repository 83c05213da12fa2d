using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecretsAnalyzers.Internal
{
    /// <summary>
    /// The names each tree uses in constant-only positions (another const's initialiser, an attribute argument, a case
    /// label, a constant pattern, a parameter default), computed once per tree per compilation: a const used there
    /// cannot become a configuration lookup. One walk per tree instead of one walk per const.
    /// </summary>
    internal sealed class ConstantOnlyNames
    {
        /// <summary>Name → the const declarator using it (the only one), or null when a non-declarator constant position
        /// or several declarators use it.</summary>
        private readonly ConcurrentDictionary<SyntaxTree, Dictionary<string, VariableDeclaratorSyntax?>> _byTree = new();

        /// <summary>Is the const declared by <paramref name="declarator"/> named in a constant-only position of its tree
        /// (other than its own initialiser)?</summary>
        public bool IsUsedAsConstant(VariableDeclaratorSyntax declarator, CancellationToken cancellationToken)
        {
            var names = _byTree.GetOrAdd(declarator.SyntaxTree, tree => Collect(tree.GetRoot(cancellationToken), cancellationToken));
            return names.TryGetValue(declarator.Identifier.ValueText, out var user) && user != declarator;
        }

        private static Dictionary<string, VariableDeclaratorSyntax?> Collect(SyntaxNode root, CancellationToken cancellationToken)
        {
            var names = new Dictionary<string, VariableDeclaratorSyntax?>(System.StringComparer.Ordinal);
            foreach (var node in root.DescendantNodes())
            {
                if (node is not IdentifierNameSyntax id) continue;
                cancellationToken.ThrowIfCancellationRequested();
                var name = id.Identifier.ValueText;
                foreach (var ancestor in id.Ancestors())
                {
                    if (ancestor is AttributeArgumentSyntax or SwitchLabelSyntax or ConstantPatternSyntax or ParameterSyntax)
                    {
                        names[name] = null;
                        break;
                    }

                    if (ancestor is VariableDeclaratorSyntax declarator &&
                        (declarator.Parent?.Parent is LocalDeclarationStatementSyntax { IsConst: true } ||
                         declarator.Parent?.Parent is FieldDeclarationSyntax f && f.Modifiers.Any(SyntaxKind.ConstKeyword)))
                    {
                        names[name] = names.TryGetValue(name, out var previous) && previous != declarator ? null : declarator;
                        break;
                    }

                    if (ancestor is StatementSyntax or MemberDeclarationSyntax) break;
                }
            }

            return names;
        }
    }
}
