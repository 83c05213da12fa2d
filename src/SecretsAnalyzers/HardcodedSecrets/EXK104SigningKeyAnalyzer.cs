using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SecretsAnalyzers.Internal;

namespace SecretsAnalyzers.HardcodedSecrets
{
    /// <summary>
    /// EXK104: constant key bytes reach a keyed hash or a private-key import: <c>new HMACSHA256(key)</c> and its
    /// siblings, <c>KeyedHashAlgorithm.Key</c>, <c>HMACSHA256.HashData(key, …)</c> (array and span overloads),
    /// <c>SymmetricSecurityKey</c>, and <c>ImportFromPem</c>/<c>ImportPkcs8PrivateKey</c>/<c>ImportECPrivateKey</c>/
    /// <c>ImportRSAPrivateKey</c> on ECDsa, RSA and the other asymmetric algorithms. Known-answer tests (a test method
    /// that asserts) are not reported: their constant keys are the published vectors.
    /// Keys written in (or held by a local, const or field of) the member are reported at once; keys that reach the sink
    /// through a parameter or field of another member or type are joined at compilation end by
    /// <see cref="EXK104SigningKeyFlowAnalyzer"/> (a separate analyzer, so this one stays free of compilation-end work).
    /// </summary>
    public sealed class EXK104SigningKeyAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.EXK104HardcodedSigningKey);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start => Register(start, reportInMember: true, joinFlow: false));
        }

        /// <summary>
        /// What the two EXK104 rules of one compilation share: whether constant keys found in a member are reported (this
        /// rule runs) and the fact table of the compilation-end join (<see cref="EXK104SigningKeyFlowAnalyzer"/> runs; null
        /// otherwise). Set while the compilation-start actions run, before any operation is visited.
        /// </summary>
        private sealed class Pass
        {
            public bool ReportInMember { get; set; }

            public SigningKeyFlow? Flow { get; set; }
        }

        /// <summary>
        /// Registers, once per compilation for both rules (<see cref="RuleHost.Shared{T}"/>: hosted by the package analyzer
        /// they share one sink walk; a rule run alone has its own), the walk of keyed hashes and key imports; with
        /// <paramref name="joinFlow"/> also the initialiser facts and the compilation-end join of <see cref="SigningKeyFlow"/>.
        /// A constant key found in the member is reported when a rule asks to <paramref name="reportInMember"/>, and marked
        /// in the flow when it runs, so the join reports only keys that needed another member or type.
        /// </summary>
        internal static void Register(CompilationStartAnalysisContext start, bool reportInMember, bool joinFlow)
        {
            var known = SigningKnownTypes.From(start.Compilation);
            if (!known.IsValid) return;
            var lower = ProjectContext.IsTestProject(start.Compilation);
            var pass = RuleHost.Shared(start, () => new Pass(), out var created);
            if (reportInMember) pass.ReportInMember = true;
            if (joinFlow)
            {
                // Compilation-level actions only (no per-symbol or per-block registrations), joined once at the end.
                var flow = pass.Flow ??= new SigningKeyFlow();
                start.RegisterOperationAction(c => OnInitializer(c, flow), OperationKind.FieldInitializer, OperationKind.PropertyInitializer);
                start.RegisterCompilationEndAction(c => flow.ReportAtEnd(c, lower));
            }

            if (!created) return;
            start.RegisterOperationAction(c => OnCreation(c, known, lower, pass.ReportInMember, pass.Flow), OperationKind.ObjectCreation);
            start.RegisterOperationAction(c => OnInvocation(c, known, lower, pass.ReportInMember, pass.Flow), OperationKind.Invocation);
            start.RegisterOperationAction(c => OnAssignment(c, known, lower, pass.ReportInMember, pass.Flow), OperationKind.SimpleAssignment);
        }

        // The sink walk of both EXK104 rules: constant keys are reported when `report` (EXK104SigningKeyAnalyzer runs) and
        // marked in the flow when there is one (the flow analyzer runs), which also records the other facts for its join.

        private static void OnCreation(OperationAnalysisContext context, SigningKnownTypes known, bool lower, bool report, SigningKeyFlow? flow)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (creation.Constructor is not { } ctor || creation.Arguments.Length == 0) return;
            var type = ctor.ContainingType;
            if (!known.IsKeyedHash(type) && !known.IsSymmetricSecurityKey(type))
            {
                flow?.RecordArguments(ctor, creation.Arguments, context.Compilation);
                return;
            }

            foreach (var argument in creation.Arguments)
            {
                if (argument.Parameter is { Name: "key" } && IsByteInput(argument.Parameter.Type))
                    Check(context, argument.Value, type.Name, lower, report, flow);
            }
        }

        private static void OnInitializer(OperationAnalysisContext context, SigningKeyFlow flow)
        {
            switch (context.Operation)
            {
                case IFieldInitializerOperation field:
                    flow.RecordInitializer(field.InitializedFields, ImmutableArray<IPropertySymbol>.Empty, field.Value);
                    break;
                case IPropertyInitializerOperation property:
                    flow.RecordInitializer(ImmutableArray<IFieldSymbol>.Empty, property.InitializedProperties, property.Value);
                    break;
            }
        }

        private static void OnInvocation(OperationAnalysisContext context, SigningKnownTypes known, bool lower, bool report, SigningKeyFlow? flow)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            flow?.RecordArguments(method, invocation.Arguments, context.Compilation);
            var name = method.Name;
            if (name == "HashData" || name == "TryHashData" || name == "HashDataAsync")
            {
                if (!method.IsStatic || !known.IsKeyedHash(method.ContainingType)) return;
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter is { Name: "key" }) Check(context, argument.Value, method.ContainingType.Name + "." + name, lower, report, flow);
                }

                return;
            }

            if (name == "ImportFromPem" || name == "ImportPkcs8PrivateKey" || name == "ImportECPrivateKey" || name == "ImportRSAPrivateKey" ||
                name == "ImportFromEncryptedPem" || name == "ImportEncryptedPkcs8PrivateKey")
            {
                if (method.IsStatic || !known.IsAsymmetric(method.ContainingType) || invocation.Arguments.Length == 0) return;
                var receiver = invocation.Instance?.Type as INamedTypeSymbol ?? method.ContainingType;
                var sink = receiver.Name + "." + name;
                foreach (var argument in invocation.Arguments)
                {
                    var p = argument.Parameter?.Name;
                    if (p != "input" && p != "source") continue;
                    if (name == "ImportFromPem" || name == "ImportFromEncryptedPem")
                    {
                        // A PEM string: only a private key block is key material (a public key is not a secret).
                        if (!ConstantKeyMaterial.TryGetConstantString(argument.Value, context.Compilation, out var pem, out var literal) || literal is null)
                            flow?.RecordSink(argument.Value, sink, privatePemOnly: true);
                        else if (pem.IndexOf("PRIVATE KEY", StringComparison.Ordinal) >= 0 && SecretValues.HasRealPemBody(pem))
                            Report(context, argument.Value, new KeyMaterial(literal, ConstantEncodings.Text, NameOf(argument.Value)), sink, lower, report, flow);
                    }
                    else
                    {
                        Check(context, argument.Value, sink, lower, report, flow);
                    }
                }
            }
        }

        private static void OnAssignment(OperationAnalysisContext context, SigningKnownTypes known, bool lower, bool report, SigningKeyFlow? flow)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (assignment.Target is IPropertyReferenceOperation { Property: { Name: "Key" } property } && known.IsKeyedHash(property.ContainingType))
            {
                Check(context, assignment.Value, "KeyedHashAlgorithm.Key", lower, report, flow);
                return;
            }

            flow?.RecordAssignment(assignment, context.ContainingSymbol, context.Compilation);
        }

        private static void Check(OperationAnalysisContext context, IOperation value, string sink, bool lower, bool report, SigningKeyFlow? flow)
        {
            var material = ConstantKeyMaterial.Find(value, context.Compilation);
            if (material.IsFound) Report(context, value, material, sink, lower, report, flow);
            else flow?.RecordSink(value, sink, privatePemOnly: false);
        }

        private static void Report(OperationAnalysisContext context, IOperation value, KeyMaterial material, string sink, bool lower, bool report, SigningKeyFlow? flow)
        {
            if (KnownAnswerTests.IsKnownAnswerTest(value.Syntax)) return;
            flow?.MarkReported(material.Constant);   // found by this member's own check: the join does not report it again
            if (!report) return;

            var descriptor = Descriptors.EXK104HardcodedSigningKey;
            var exchange = ExchangeNames.FindIn(material.Name) ?? EnclosingExchange(value.Syntax);
            var name = material.Name ?? (material.Decode == ConstantEncodings.Text ? "privateKey" : "signingKey");
            var kind = material.Decode == ConstantEncodings.Text ? SecretKind.PrivateKey : SecretKind.SigningKey;
            var canFix = !IsInConstantOnlyPosition(material.Constant);
            var properties = FixProperties.Create(exchange, name, kind, canFix, decode: material.Decode).Add(FixProperties.Sink, sink);
            // The squiggle goes where the fix applies (the key literal, u8 literal or byte array) when it is written in the same
            // member as the keyed call, with the call as the additional location. Key material held by a field, constant or
            // another member is reported at the call (a diagnostic must stay inside the member being analysed), with the
            // key as the additional location; from another file, at the call alone.
            var sameTree = material.Constant.SyntaxTree == value.Syntax.SyntaxTree;
            if (sameTree && IsInSameMember(material.Constant, value.Syntax))
            {
                context.ReportDiagnostic(Internal.Report.Create(descriptor, material.Constant.GetLocation(), lower, new[] { value.Syntax.GetLocation() }, properties, sink));
                return;
            }

            var additional = sameTree ? new[] { material.Constant.GetLocation() } : Array.Empty<Location>();
            context.ReportDiagnostic(Internal.Report.Create(descriptor, value.Syntax.GetLocation(), lower, additional, properties.Add(FixProperties.KeyAtCall, "true"), sink));
        }

        /// <summary>
        /// The cross-member diagnostic (<see cref="SigningKeyFlow"/>, at compilation end): on the constant, where a fix would
        /// apply, with the sink's key argument as the additional location (possibly in another file). <paramref name="through"/>
        /// names the parameter or member the key travelled through; the message never holds the key. No code fix: a
        /// compilation-end diagnostic is non-local, and IDEs never offer a fix for one (the light bulb only sees diagnostics of
        /// the document being analysed); EXK102/EXK103 on the same literal carry the lookup fix while you type.
        /// </summary>
        internal static Diagnostic FlowDiagnostic(SyntaxNode constant, string decode, string? throughName, Location sinkLocation, string sink, string through, bool lower)
        {
            var exchange = ExchangeNames.FindIn(throughName) ?? EnclosingExchange(constant);
            var name = throughName ?? "signingKey";
            var properties = FixProperties.Create(exchange, name, SecretKind.SigningKey, canFix: false, decode: decode).Add(FixProperties.Sink, sink);
            return Internal.Report.Create(Descriptors.EXK104HardcodedSigningKeyFlow, constant.GetLocation(), lower, new[] { sinkLocation }, properties,
                sink + " (through " + through + ")");
        }

        private static bool IsInSameMember(SyntaxNode constant, SyntaxNode call)
        {
            var member = call.FirstAncestorOrSelf<MemberDeclarationSyntax>();
            return member is not null && member.Span.Contains(constant.Span) && constant.FirstAncestorOrSelf<MemberDeclarationSyntax>() == member;
        }

        private static string? NameOf(IOperation value)
        {
            var v = value.WalkDownConversion();
            return v switch
            {
                ILocalReferenceOperation l => l.Local.Name,
                IFieldReferenceOperation f => f.Field.Name,
                _ => null,
            };
        }

        private static bool IsInConstantOnlyPosition(SyntaxNode node) =>
            node.FirstAncestorOrSelf<AttributeArgumentSyntax>() is not null ||
            node.FirstAncestorOrSelf<ParameterSyntax>() is not null ||
            node.FirstAncestorOrSelf<CaseSwitchLabelSyntax>() is not null;

        /// <summary>The exchange named by the enclosing type or namespace, for lookup names.</summary>
        internal static string? EnclosingExchange(SyntaxNode node)
        {
            for (var n = node.Parent; n is not null; n = n.Parent)
            {
                string? name = n switch
                {
                    BaseTypeDeclarationSyntax t => t.Identifier.ValueText,
                    BaseNamespaceDeclarationSyntax ns => ns.Name.ToString(),
                    MethodDeclarationSyntax m => m.Identifier.ValueText,
                    _ => null,
                };
                var exchange = ExchangeNames.FindIn(name);
                if (exchange is not null && exchange != "Gemini") return exchange;
            }

            return null;
        }

        /// <summary>
        /// Would EXK104 own this string literal? True when the literal (directly, or inside Encoding.GetBytes /
        /// Convert.FromBase64String / FromHexString / a u8 ToArray) is the key argument of a keyed hash or key import,
        /// is assigned to <c>KeyedHashAlgorithm.Key</c>, or initialises a local or field that is passed as such a key in the
        /// same member or type (matched by name). EXK103 uses it so that one literal gets one diagnostic.
        /// </summary>
        internal static bool IsSigningKeyLiteral(SyntaxNode literal, SymbolValueIndex? uses, ISymbol? declared)
        {
            var node = KeyValueOf(literal);
            if (IsKeySinkPosition(node)) return true;

            // Initialiser of a local or field whose value is later passed as a key (uses recorded for the type).
            if (uses is null || declared is null || node.Parent is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax }) return false;
            foreach (var reference in uses.UsesOf(declared))
            {
                SyntaxNode use = reference.Syntax;
                if (use.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax decode } } &&
                    InvokedName(decode) is "GetBytes" or "FromBase64String" or "FromHexString")
                    use = decode;
                if (IsKeySinkPosition(use)) return true;
            }

            return false;
        }

        /// <summary>The declarator a (possibly decoded) literal initialises, if any: its symbol's uses decide <see cref="IsSigningKeyLiteral"/>.</summary>
        internal static VariableDeclaratorSyntax? DeclaredBy(SyntaxNode literal) =>
            KeyValueOf(literal).Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } ? declarator : null;

        /// <summary>The literal climbed through parentheses, casts, <c>ToArray()</c> and decoding calls.</summary>
        private static SyntaxNode KeyValueOf(SyntaxNode literal)
        {
            var node = literal;
            for (var i = 0; i < 4; i++)
            {
                var parent = node.Parent;
                if (parent is ParenthesizedExpressionSyntax or CastExpressionSyntax) { node = parent; continue; }
                if (parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToArray" } && parent.Parent is InvocationExpressionSyntax toArray)
                {
                    node = toArray;
                    continue;
                }

                if (parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax decode } } &&
                    InvokedName(decode) is "GetBytes" or "FromBase64String" or "FromHexString")
                {
                    node = decode;
                    continue;
                }

                break;
            }

            return node;
        }

        private static bool IsKeySinkPosition(SyntaxNode node)
        {
            switch (node.Parent)
            {
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ObjectCreationExpressionSyntax creation } }:
                    var type = creation.Type.ToString();
                    return type.IndexOf("HMAC", StringComparison.Ordinal) >= 0 || type.EndsWith("SymmetricSecurityKey", StringComparison.Ordinal);
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ImplicitObjectCreationExpressionSyntax } }:
                    return false;
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } }:
                    return InvokedName(invocation) is "HashData" or "TryHashData" or "HashDataAsync" or "ImportFromPem" or "ImportFromEncryptedPem"
                        or "ImportPkcs8PrivateKey" or "ImportEncryptedPkcs8PrivateKey" or "ImportECPrivateKey" or "ImportRSAPrivateKey";
                case AssignmentExpressionSyntax { Left: var left } assignment when assignment.Right == node:
                    return left is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Key" } ||
                           left is IdentifierNameSyntax { Identifier.ValueText: "Key" } && assignment.Parent is InitializerExpressionSyntax { Parent: ObjectCreationExpressionSyntax init } &&
                           init.Type.ToString().IndexOf("HMAC", StringComparison.Ordinal) >= 0;
            }

            return false;
        }

        private static string? InvokedName(InvocationExpressionSyntax invocation) => invocation.Expression switch
        {
            MemberAccessExpressionSyntax m => m.Name.Identifier.ValueText,
            IdentifierNameSyntax id => id.Identifier.ValueText,
            _ => null,
        };

        private static bool IsByteInput(ITypeSymbol? type) =>
            type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte } ||
            type is INamedTypeSymbol { Name: "ReadOnlySpan" or "ReadOnlyMemory", TypeArguments.Length: 1 } named && named.TypeArguments[0].SpecialType == SpecialType.System_Byte;
    }

    /// <summary>The keyed-hash and key-import types EXK104 watches, resolved once per compilation.</summary>
    internal sealed class SigningKnownTypes
    {
        private readonly INamedTypeSymbol? _keyedHash;
        private readonly INamedTypeSymbol? _asymmetric;
        private readonly INamedTypeSymbol? _symmetricSecurityKey;

        private SigningKnownTypes(INamedTypeSymbol? keyedHash, INamedTypeSymbol? asymmetric, INamedTypeSymbol? symmetricSecurityKey)
        {
            _keyedHash = keyedHash;
            _asymmetric = asymmetric;
            _symmetricSecurityKey = symmetricSecurityKey;
        }

        public bool IsValid => _keyedHash is not null || _asymmetric is not null || _symmetricSecurityKey is not null;

        public static SigningKnownTypes From(Compilation compilation) => KnownTypes.GetOrCreate(compilation).View(known => new SigningKnownTypes(
            known.Get("System.Security.Cryptography.KeyedHashAlgorithm"),
            known.Get("System.Security.Cryptography.AsymmetricAlgorithm"),
            known.Get("Microsoft.IdentityModel.Tokens.SymmetricSecurityKey")));

        /// <summary>HMACSHA256/384/512, HMACSHA1, HMACMD5, HMACSHA3_*, and any other KeyedHashAlgorithm.</summary>
        public bool IsKeyedHash(INamedTypeSymbol? type) => type.DerivesFrom(_keyedHash);

        /// <summary>ECDsa, RSA, DSA, ECDiffieHellman and their implementations.</summary>
        public bool IsAsymmetric(INamedTypeSymbol? type) => type.DerivesFrom(_asymmetric);

        public bool IsSymmetricSecurityKey(INamedTypeSymbol? type) => type.DerivesFrom(_symmetricSecurityKey);
    }
}
