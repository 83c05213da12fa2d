using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using SecretsAnalyzers.Internal;

namespace SecretsAnalyzers.Transport
{
    /// <summary>
    /// EXK204: SSL 2/3, TLS 1.0 or TLS 1.1 is assigned or passed as an SslProtocols / SecurityProtocolType value,
    /// alone or combined with newer flags. Comparisons, HasFlag, switch patterns and masks that remove the old
    /// flags (<c>&amp;= ~Tls</c>) only read the value and are not reported.
    /// </summary>
    public sealed class EXK204ObsoleteTlsAnalyzer : DiagnosticAnalyzer
    {
        internal const string FormProperty = "Form";
        internal const string ServicePointForm = "ServicePoint";
        internal const string ValueForm = "Value";

        // SslProtocols and SecurityProtocolType share their bit values.
        private const long Ssl2 = 12, Ssl3 = 48, Tls10 = 192, Tls11 = 768;
        private const long Obsolete = Ssl2 | Ssl3 | Tls10 | Tls11;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.EXK204ObsoleteTlsVersion);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var known = TransportKnownTypes.From(start.Compilation);
                if (known.SslProtocols is null && known.SecurityProtocolType is null) return;
                var severity = ProjectContext.Severity(Descriptors.EXK204ObsoleteTlsVersion, ProjectContext.IsTestProject(start.Compilation));
                start.RegisterOperationAction(c => OnAssignment(c, known, severity), OperationKind.SimpleAssignment, OperationKind.CompoundAssignment);
                start.RegisterOperationAction(c => OnArgument(c, known, severity), OperationKind.Argument);
                start.RegisterOperationAction(c => OnInitializer(c, known, severity),
                    OperationKind.FieldInitializer, OperationKind.PropertyInitializer, OperationKind.VariableInitializer,
                    OperationKind.ParameterInitializer);
                start.RegisterSyntaxTreeAction(c => OnInactiveBranches(c, severity));
            });
        }

        private static void OnAssignment(OperationAnalysisContext c, TransportKnownTypes known, DiagnosticSeverity severity)
        {
            var assignment = (IAssignmentOperation)c.Operation;
            if (assignment is ICompoundAssignmentOperation { OperatorKind: not BinaryOperatorKind.Or }) return;
            if (!known.IsProtocolEnum(assignment.Target.Type)) return;
            var (name, isServicePoint) = assignment.Target switch
            {
                IPropertyReferenceOperation p => (p.Property.ContainingType?.Name + "." + p.Property.Name,
                    SymbolEqualityComparer.Default.Equals(p.Property.ContainingType, known.ServicePointManager)),
                IFieldReferenceOperation f => (f.Field.Name, false),
                ILocalReferenceOperation l => (l.Local.Name, false),
                IParameterReferenceOperation p => (p.Parameter.Name, false),
                _ => ("value", false),
            };
            Check(c, assignment.Value, name, isServicePoint && assignment.Parent is IExpressionStatementOperation ? ServicePointForm : ValueForm, severity);
        }

        private static void OnArgument(OperationAnalysisContext c, TransportKnownTypes known, DiagnosticSeverity severity)
        {
            var argument = (IArgumentOperation)c.Operation;
            if (argument.Parameter is not { } parameter || !known.IsProtocolEnum(parameter.Type)) return;
            Check(c, argument.Value, parameter.Name, ValueForm, severity);
        }

        private static void OnInitializer(OperationAnalysisContext c, TransportKnownTypes known, DiagnosticSeverity severity)
        {
            var initializer = (ISymbolInitializerOperation)c.Operation;
            ISymbol? symbol = initializer switch
            {
                IFieldInitializerOperation f when f.InitializedFields.Length > 0 => f.InitializedFields[0],
                IPropertyInitializerOperation p when p.InitializedProperties.Length > 0 => p.InitializedProperties[0],
                IParameterInitializerOperation p => p.Parameter,
                IVariableInitializerOperation { Parent: IVariableDeclaratorOperation d } => d.Symbol,
                _ => null,
            };
            if (symbol is null) return;
            var type = symbol switch
            {
                IFieldSymbol f => f.Type,
                IPropertySymbol p => p.Type,
                IParameterSymbol p => p.Type,
                ILocalSymbol l => l.Type,
                _ => null,
            };
            if (!known.IsProtocolEnum(type)) return;
            Check(c, initializer.Value, symbol.Name, ValueForm, severity);
        }

        private static void Check(OperationAnalysisContext c, IOperation value, string target, string form, DiagnosticSeverity severity)
        {
            long bits = 0;
            Collect(value, ref bits, 0);
            bits &= Obsolete;
            if (bits == 0) return;
            var properties = ImmutableDictionary<string, string?>.Empty.Add(FormProperty, form);
            c.ReportDiagnostic(Diagnostic.Create(Descriptors.EXK204ObsoleteTlsVersion, value.Syntax.GetLocation(), severity,
                additionalLocations: null, properties, target, Describe(bits)));
        }

        /// <summary>Gathers the protocol bits a value sets: constants, | combinations and both branches of a conditional.
        /// Masks (&amp;, ~) and anything computed at run time contribute nothing.</summary>
        private static void Collect(IOperation value, ref long bits, int depth)
        {
            if (depth > 12) return;
            if (value.ConstantValue is { HasValue: true } constant && constant.Value is not null)
            {
                bits |= ToLong(constant.Value);
                return;
            }

            switch (value)
            {
                case IConversionOperation conversion:
                    Collect(conversion.Operand, ref bits, depth + 1);
                    break;
                case IParenthesizedOperation paren:
                    Collect(paren.Operand, ref bits, depth + 1);
                    break;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Or } or:
                    Collect(or.LeftOperand, ref bits, depth + 1);
                    Collect(or.RightOperand, ref bits, depth + 1);
                    break;
                case IConditionalOperation conditional:
                    Collect(conditional.WhenTrue, ref bits, depth + 1);
                    if (conditional.WhenFalse is { } whenFalse) Collect(whenFalse, ref bits, depth + 1);
                    break;
                case ICoalesceOperation coalesce:
                    Collect(coalesce.WhenNull, ref bits, depth + 1);
                    break;
            }
        }

        private static long ToLong(object value) => value switch
        {
            int i => i,
            long l => l,
            uint u => u,
            short s => s,
            ushort us => us,
            byte b => b,
            sbyte sb => sb,
            ulong ul => unchecked((long)ul),
            _ => 0,
        };

        // ---------------- inactive #if branches ----------------

        private static readonly Regex ObsoleteMember = new Regex(
            @"\b(?:SslProtocols|SecurityProtocolType)\.(Ssl2|Ssl3|Tls11|Tls)\b",
            RegexOptions.CultureInvariant, System.TimeSpan.FromMilliseconds(100));

        /// <summary>
        /// Old TLS forced in a branch the current build leaves out (<c>#if NET462</c> … <c>SecurityProtocolType.Tls</c>):
        /// the other target's build still ships it. Read from the disabled text; reported with "(only in … builds)".
        /// </summary>
        private static void OnInactiveBranches(SyntaxTreeAnalysisContext c, DiagnosticSeverity severity)
        {
            if (ConditionalDirectives.Collect(c.Tree, c.CancellationToken) is not { } directives) return;
            var conditions = new List<string>();
            foreach (var entry in directives)
            {
                var d = entry.Directive;
                string? condition = null;
                var taken = true;
                switch (d)
                {
                    case IfDirectiveTriviaSyntax i:
                        conditions.Add(i.Condition.ToString());
                        (condition, taken) = (i.Condition.ToString(), i.BranchTaken);
                        break;
                    case ElifDirectiveTriviaSyntax e when conditions.Count > 0:
                        conditions[conditions.Count - 1] = e.Condition.ToString();
                        (condition, taken) = (e.Condition.ToString(), e.BranchTaken);
                        break;
                    case ElseDirectiveTriviaSyntax e when conditions.Count > 0:
                        (condition, taken) = ("!(" + conditions[conditions.Count - 1] + ")", e.BranchTaken);
                        break;
                    case EndIfDirectiveTriviaSyntax when conditions.Count > 0:
                        conditions.RemoveAt(conditions.Count - 1);
                        break;
                }

                if (taken || condition is null || !entry.HasDisabledText) continue;
                var disabled = entry.DisabledText;
                var text = disabled.ToString();
                if (text.IndexOf("Protocol", System.StringComparison.Ordinal) < 0) continue;          // cheap test first
                try
                {
                    foreach (Match match in ObsoleteMember.Matches(text))
                    {
                        if (IsReadOrMask(text, match.Index)) continue;
                        var span = new TextSpan(disabled.SpanStart + match.Index, match.Length);
                        var bits = match.Groups[1].Value switch { "Ssl2" => Ssl2, "Ssl3" => Ssl3, "Tls11" => Tls11, _ => Tls10 };
                        c.ReportDiagnostic(Diagnostic.Create(Descriptors.EXK204ObsoleteTlsVersion, Location.Create(c.Tree, span), severity,
                            additionalLocations: null, properties: null, match.Value, Describe(bits) + " (only in " + condition + " builds)"));
                    }
                }
                catch (RegexMatchTimeoutException)
                {
                    // Skip pathological text.
                }
            }
        }

        /// <summary>The statement around the match only reads or removes the flag: ==, !=, HasFlag, case, ~.</summary>
        private static bool IsReadOrMask(string text, int index)
        {
            var start = text.LastIndexOfAny(new[] { ';', '{', '}', '\n' }, index > 0 ? index - 1 : 0) + 1;
            var end = text.IndexOfAny(new[] { ';', '{', '}', '\n' }, index);
            var statement = text.Substring(start, (end < 0 ? text.Length : end) - start);
            if (statement.IndexOf("==", System.StringComparison.Ordinal) >= 0 || statement.IndexOf("!=", System.StringComparison.Ordinal) >= 0 ||
                statement.IndexOf("HasFlag", System.StringComparison.Ordinal) >= 0 || statement.TrimStart().StartsWith("case ", System.StringComparison.Ordinal))
                return true;
            for (var i = index - 1; i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] == '('); i--)
            {
                if (i > 0 && text[i - 1] == '~') return true;
            }

            return index > 0 && text[index - 1] == '~';
        }

        private static string Describe(long bits)
        {
            var names = new List<string>(4);
            if ((bits & Ssl2) != 0) names.Add("SSL 2.0");
            if ((bits & Ssl3) != 0) names.Add("SSL 3.0");
            if ((bits & Tls10) != 0) names.Add("TLS 1.0");
            if ((bits & Tls11) != 0) names.Add("TLS 1.1");
            return string.Join(", ", names);
        }
    }
}
