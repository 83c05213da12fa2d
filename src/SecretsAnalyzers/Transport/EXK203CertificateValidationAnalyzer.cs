using System.Collections.Generic;
using System.Collections.Immutable;
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
    /// EXK203: a certificate validation callback that accepts every certificate is installed. Any delegate whose
    /// signature takes <c>SslPolicyErrors</c> and returns bool counts as a validation callback, so every API is
    /// covered: ServicePointManager (= and +=), HttpClientHandler, SocketsHttpHandler.SslOptions,
    /// SslClientAuthenticationOptions, ClientWebSocket.Options, SslStream constructors, HttpWebRequest, WebRequestHandler
    /// and SDK options alike. Bypasses inside an inactive <c>#if DEBUG</c> region are read from the disabled text.
    /// </summary>
    public sealed class EXK203CertificateValidationAnalyzer : DiagnosticAnalyzer
    {
        internal const string DebugNote = " (in code compiled only under #if DEBUG, which still ships in Debug builds)";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.EXK203CertificateValidationDisabled);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var known = TransportKnownTypes.From(start.Compilation);
                if (known.SslPolicyErrors is null) return;
                var severity = ProjectContext.Severity(Descriptors.EXK203CertificateValidationDisabled, ProjectContext.IsTestProject(start.Compilation));
                start.RegisterOperationAction(c => OnAssignment(c, known, severity), OperationKind.SimpleAssignment, OperationKind.CompoundAssignment);
                // Arguments are checked from their call (far fewer callbacks than one per argument); indexer
                // arguments from the property reference, when it has any.
                start.RegisterOperationAction(c => OnCall(c, known, severity),
                    OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.FunctionPointerInvocation, OperationKind.PropertyReference);
                start.RegisterSyntaxTreeAction(c => OnTree(c, severity));
            });
        }

        private static void OnAssignment(OperationAnalysisContext c, TransportKnownTypes known, DiagnosticSeverity severity)
        {
            var assignment = (IAssignmentOperation)c.Operation;
            if (assignment is ICompoundAssignmentOperation { OperatorKind: not BinaryOperatorKind.Add }) return;
            var target = assignment.Target;
            if (target.Type is not { TypeKind: TypeKind.Delegate } || !known.IsCertificateCallback(target.Type)) return;
            string display = target switch
            {
                IPropertyReferenceOperation p => p.Property.ContainingType?.Name + "." + p.Property.Name,
                IFieldReferenceOperation f => f.Field.ContainingType?.Name + "." + f.Field.Name,
                IEventReferenceOperation e => e.Event.ContainingType?.Name + "." + e.Event.Name,
                _ => "",
            };
            if (display.Length == 0) return;                                    // a local holding a callback is not installed yet
            Check(c, assignment.Value, "'" + display + "'", severity);
        }

        private static void OnCall(OperationAnalysisContext c, TransportKnownTypes known, DiagnosticSeverity severity)
        {
            var arguments = c.Operation switch
            {
                IInvocationOperation invocation => invocation.Arguments,
                IObjectCreationOperation creation => creation.Arguments,
                IFunctionPointerInvocationOperation pointer => pointer.Arguments,
                IPropertyReferenceOperation property => property.Arguments,
                _ => ImmutableArray<IArgumentOperation>.Empty,
            };
            if (arguments.IsDefaultOrEmpty) return;
            foreach (var argument in arguments) OnArgument(c, argument, known, severity);
        }

        private static void OnArgument(OperationAnalysisContext c, IArgumentOperation argument, TransportKnownTypes known, DiagnosticSeverity severity)
        {
            // The value carries its conversion to the parameter's type: asked first, it spares most arguments the
            // parameter's type, which the public symbol model may build anew on every read.
            if (argument.Value?.Type is not { TypeKind: TypeKind.Delegate }) return;
            if (argument.Parameter is not { Type.TypeKind: TypeKind.Delegate } parameter || !known.IsCertificateCallback(parameter.Type)) return;
            if (parameter.ContainingSymbol is not IMethodSymbol method) return;
            var display = method.MethodKind == MethodKind.Constructor
                ? "new " + method.ContainingType?.Name
                : method.ContainingType?.Name + "." + method.Name;
            Check(c, argument.Value, "'" + display + "'", severity);
        }

        private static void Check(OperationAnalysisContext c, IOperation value, string display, DiagnosticSeverity severity)
        {
            var accepting = FindAcceptAll(value, 0);
            var note = "";
            if (accepting is null)
            {
                accepting = FindHostBypass(value);
                if (accepting is null) return;
                note = PartialNote;
            }

            var debug = CallbackBodies.IsUnderDebug(accepting.Syntax.SyntaxTree, accepting.Syntax.SpanStart, c.CancellationToken);
            c.ReportDiagnostic(Diagnostic.Create(Descriptors.EXK203CertificateValidationDisabled, accepting.Syntax.GetLocation(),
                severity, additionalLocations: null, properties: null, display, note + (debug ? DebugNote : "")));
        }

        internal const string PartialNote = " for the hosts it names (a partial bypass)";

        /// <summary>A lambda or method that accepts any certificate for the hosts it compares with, else validates.</summary>
        private static IOperation? FindHostBypass(IOperation value)
        {
            while (value is IConversionOperation or IDelegateCreationOperation or IParenthesizedOperation)
            {
                value = value switch
                {
                    IConversionOperation conversion => conversion.Operand,
                    IDelegateCreationOperation creation => creation.Target,
                    IParenthesizedOperation paren => paren.Operand,
                    _ => value,
                };
            }

            switch (value)
            {
                case IAnonymousFunctionOperation { Syntax: AnonymousFunctionExpressionSyntax f }:
                    return CallbackBodies.AcceptsAnyForSomeHosts((SyntaxNode?)f.ExpressionBody ?? f.Block) ? value : null;
                case IMethodReferenceOperation methodReference:
                    foreach (var reference in methodReference.Method.DeclaringSyntaxReferences)
                    {
                        if (reference.GetSyntax() is MethodDeclarationSyntax m &&
                            CallbackBodies.AcceptsAnyForSomeHosts((SyntaxNode?)m.ExpressionBody?.Expression ?? m.Body))
                            return value;
                    }

                    return null;
                default:
                    return null;
            }
        }

        /// <summary>The operation (the value itself or a branch of it) that installs an accept-all callback, or null.</summary>
        private static IOperation? FindAcceptAll(IOperation value, int depth)
        {
            if (depth > 6) return null;
            switch (value)
            {
                case IConversionOperation conversion:
                    return FindAcceptAll(conversion.Operand, depth + 1) is { } inner ? (inner == conversion.Operand ? value : inner) : null;
                case IParenthesizedOperation paren:
                    return FindAcceptAll(paren.Operand, depth + 1);
                case IDelegateCreationOperation creation:
                    return FindAcceptAll(creation.Target, depth + 1) is not null ? value : null;
                case IAnonymousFunctionOperation function:
                    return CallbackBodies.IsAcceptAllFunction(function.Syntax) ? value : null;
                case IMethodReferenceOperation methodReference:
                    return CallbackBodies.IsAcceptAllMethod(methodReference.Method) ? value : null;
                case IPropertyReferenceOperation property:
                    return property.Property.Name == CallbackBodies.DangerousValidator || CallbackBodies.IsAcceptAllHolder(property.Property)
                        ? value
                        : null;
                case IFieldReferenceOperation field:
                    return CallbackBodies.IsAcceptAllHolder(field.Field) ? value : null;
                case ILocalReferenceOperation local:
                    return CallbackBodies.IsAcceptAllHolder(local.Local) ? value : null;
                case IInvocationOperation factory:
                    // handler.ServerCertificateCustomValidationCallback = Insecure(); a method that returns an accept-all callback.
                    return CallbackBodies.IsAcceptAllFactory(factory.TargetMethod) ? value : null;
                case IConditionalOperation conditional:
                    return FindAcceptAll(conditional.WhenTrue, depth + 1) ??
                           (conditional.WhenFalse is { } whenFalse ? FindAcceptAll(whenFalse, depth + 1) : null);
                case ICoalesceOperation coalesce:
                    return FindAcceptAll(coalesce.Value, depth + 1) ?? FindAcceptAll(coalesce.WhenNull, depth + 1);
                default:
                    return null;
            }
        }

        // ---------------- inactive #if DEBUG regions ----------------

        private const string WrapperPrefix = "class __Exk203 { void __M() {\n";
        private const string WrapperSuffix = "\n} }";

        private static void OnTree(SyntaxTreeAnalysisContext c, DiagnosticSeverity severity)
        {
            if (ConditionalDirectives.Collect(c.Tree, c.CancellationToken) is not { } directives) return;
            var stack = new List<int>();
            foreach (var entry in directives)
            {
                var d = entry.Directive;
                CallbackBodies.Track(stack, d);
                var taken = d switch
                {
                    IfDirectiveTriviaSyntax i => i.BranchTaken,
                    ElifDirectiveTriviaSyntax e => e.BranchTaken,
                    ElseDirectiveTriviaSyntax e => e.BranchTaken,
                    _ => true,
                };
                if (taken || stack.Count == 0 || !AnyDebug(stack) || !entry.HasDisabledText) continue;
                var disabled = entry.DisabledText;
                var text = disabled.ToString();
                if (text.IndexOf("Certificate", System.StringComparison.Ordinal) < 0) continue;   // cheap test first
                TypeDeclarationSyntax? enclosingType = null;
                for (var n = disabled.Token.Parent; n is not null && enclosingType is null; n = n.Parent) enclosingType = n as TypeDeclarationSyntax;
                AnalyzeDisabledText(c, text, disabled.SpanStart, enclosingType, severity);
            }
        }

        private static bool AnyDebug(List<int> stack)
        {
            foreach (var s in stack)
            {
                if (s > 0) return true;
            }

            return false;
        }

        private static void AnalyzeDisabledText(SyntaxTreeAnalysisContext c, string text, int start, TypeDeclarationSyntax? enclosingType,
            DiagnosticSeverity severity)
        {
            var parsed = CSharpSyntaxTree.ParseText(WrapperPrefix + text + WrapperSuffix, (CSharpParseOptions)c.Tree.Options,
                cancellationToken: c.CancellationToken);
            var offset = start - WrapperPrefix.Length;
            foreach (var node in parsed.GetRoot(c.CancellationToken).DescendantNodes())
            {
                switch (node)
                {
                    case AssignmentExpressionSyntax assignment
                        when (assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) || assignment.IsKind(SyntaxKind.AddAssignmentExpression)) &&
                             IsCallbackName(assignment.Left.RightmostName()) &&
                             CallbackBodies.IsAcceptAllExpression(assignment.Right, null, 0, enclosingType):
                        Report(c, assignment.Right, offset, "'" + assignment.Left.RightmostName() + "'", severity);
                        break;
                    case BaseObjectCreationExpressionSyntax creation
                        when creation is ObjectCreationExpressionSyntax { Type: var type } && type.RightmostName() == "SslStream" &&
                             creation.ArgumentList is { } args:
                        foreach (var arg in args.Arguments)
                        {
                            if (arg.Expression is AnonymousFunctionExpressionSyntax && CallbackBodies.IsAcceptAllFunction(arg.Expression))
                                Report(c, arg.Expression, offset, "'new SslStream'", severity);
                        }

                        break;
                }
            }
        }

        private static void Report(SyntaxTreeAnalysisContext c, SyntaxNode node, int offset, string display, DiagnosticSeverity severity)
        {
            var span = new TextSpan(node.SpanStart + offset, node.Span.Length);
            if (span.Start < 0 || span.End > c.Tree.Length) return;
            c.ReportDiagnostic(Diagnostic.Create(Descriptors.EXK203CertificateValidationDisabled, Location.Create(c.Tree, span), severity,
                additionalLocations: null, properties: null, display, DebugNote));
        }

        private static bool IsCallbackName(string name) =>
            name.EndsWith("CertificateValidationCallback", System.StringComparison.Ordinal) ||
            name == "ServerCertificateCustomValidationCallback";

    }
}
