using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SecretsAnalyzers.Internal;

namespace SecretsAnalyzers.HardcodedSecrets
{
    /// <summary>
    /// EXK104 across members and types: hard-coded key material that reaches a signing sink through one slot, a
    /// parameter (<c>new RequestSigner("…")</c> whose constructor keys an HMAC with it, or a primary-constructor
    /// parameter captured by a member) or a field/auto-property that a parameter is stored in (<c>_key = secret;</c>,
    /// <c>_key = Encoding.UTF8.GetBytes(secret);</c>, a record's positional property) or that a hard-coded value is
    /// assigned to outside its declaration.
    /// <para>
    /// Facts are recorded while the driver visits each body with compilation-level operation actions, never by binding
    /// another member: (a) a slot reaches a sink (at the sink); (b) parameter P is stored in member F (at the store) and
    /// F is written from anything else after construction (then F is "overwritten" and proves nothing); (c) a call or
    /// assignment puts a hard-coded value into a slot (at the call, <see cref="ConstantTracker"/>). They are joined once,
    /// at the end of the compilation (<see cref="ReportAtEnd"/>), where every body has been seen.
    /// </para>
    /// </summary>
    internal sealed class SigningKeyFlow
    {
        private const int MaxLocalHops = 2;

        private readonly ConcurrentDictionary<ISymbol, List<FlowSink>> _sinks = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ISymbol, List<ISymbol>> _stores = new(SymbolEqualityComparer.Default);   // parameter (or property with a storing setter) → members
        private readonly ConcurrentDictionary<ISymbol, byte> _overwritten = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ISymbol, List<FlowValue>> _values = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<Location, byte> _reportedInMember = new();

        /// <summary>The in-member analysis reported this constant already (one diagnostic per literal).</summary>
        public void MarkReported(SyntaxNode constant) => _reportedInMember.TryAdd(constant.GetLocation(), 0);

        // ---------------------------------------------------------------- (a) sinks

        /// <summary>Fact (a): the key <paramref name="value"/> of a sink reads a parameter, field or auto-property.</summary>
        public void RecordSink(IOperation value, string sink, bool privatePemOnly)
        {
            var slot = SlotRead(value, out var recordParameter);
            if (slot is null) return;
            if (recordParameter is not null) Add(_stores, recordParameter, slot);   // record Signer(string Secret): the ctor stores Secret
            Add(_sinks, slot, new FlowSink(value.Syntax.GetLocation(), sink, privatePemOnly));
        }

        // ---------------------------------------------------------------- (b) stores and overwrites, (c) hard-coded assignments

        /// <summary>Facts (b) and (c) at an assignment: <c>_key = secret;</c> stores a parameter, <c>_key = "…";</c> puts a
        /// hard-coded value in the member, anything else written after construction overwrites it.</summary>
        public void RecordAssignment(ISimpleAssignmentOperation assignment, ISymbol? containing, Compilation compilation)
        {
            ISymbol member;
            IOperation? instance;
            switch (assignment.Target)
            {
                case IParameterReferenceOperation parameter:
                    // A parameter written in its body (secret = secret.Trim(), a captured primary-constructor parameter
                    // reassigned) no longer holds what callers pass.
                    _overwritten.TryAdd(parameter.Parameter.OriginalDefinition, 0);
                    return;
                case IFieldReferenceOperation { Field.IsConst: false } field:
                    member = field.Field;
                    instance = field.Instance;
                    break;
                case IPropertyReferenceOperation { Arguments.Length: 0 } property:
                    member = property.Property;
                    instance = property.Instance;
                    break;
                default:
                    return;
            }

            member = member.OriginalDefinition;
            if (!IsKeyType(TypeOf(member))) return;
            var own = instance is null || instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance };
            if (own && ParameterRead(assignment.Value) is { } stored)
            {
                // A setter's value parameter is never passed explicitly: what is assigned to the property is (set => _key = value;).
                ISymbol slot = stored.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.PropertySet, AssociatedSymbol: IPropertySymbol property }
                    ? property.OriginalDefinition
                    : stored;
                Add(_stores, slot, member);
                return;
            }

            if (TryHardcoded(assignment.Value, compilation, out var hardcoded))
            {
                Add(_values, member, hardcoded.AtCall(null, member.Name));
                return;
            }

            if (IsNothing(assignment.Value)) return;   // _key = null / default / Array.Empty: clearing, not re-keying
            if (own && containing is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } ctor &&
                SymbolEqualityComparer.Default.Equals(ctor.ContainingType.OriginalDefinition, member.ContainingType.OriginalDefinition))
                return;                                 // set up during construction; only later writes replace the key
            _overwritten.TryAdd(member, 0);
        }

        /// <summary>Fact (b) in a field or property initializer: <c>private readonly byte[] _key = Encoding.UTF8.GetBytes(secret);</c>
        /// with <c>secret</c> a primary-constructor parameter.</summary>
        public void RecordInitializer(ImmutableArray<IFieldSymbol> fields, ImmutableArray<IPropertySymbol> properties, IOperation value)
        {
            if (ParameterRead(value) is not { } stored) return;
            foreach (var field in fields) Add(_stores, stored, field.OriginalDefinition);
            foreach (var property in properties) Add(_stores, stored, property.OriginalDefinition);
        }

        /// <summary>Fact (c) at a call or creation of a method declared in this compilation: a hard-coded value passed as an argument.</summary>
        public void RecordArguments(IMethodSymbol? method, ImmutableArray<IArgumentOperation> arguments, Compilation compilation)
        {
            if (method is null || arguments.IsDefaultOrEmpty || !SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, compilation.Assembly)) return;
            foreach (var argument in arguments)
            {
                if (argument.ArgumentKind != ArgumentKind.Explicit || argument.Parameter is not { } parameter || !IsKeyType(parameter.Type)) continue;
                if (TryHardcoded(argument.Value, compilation, out var hardcoded))
                    Add(_values, parameter.OriginalDefinition, hardcoded.AtCall(argument.Syntax, parameter.Name));
            }
        }

        // ---------------------------------------------------------------- the join

        /// <summary>Joins the facts: each hard-coded value whose slot reaches a sink is reported once, on the constant, with
        /// the sink as the additional location. Runs at compilation end, after every body was visited.</summary>
        public void ReportAtEnd(CompilationAnalysisContext context, bool lower)
        {
            if (_values.IsEmpty || _sinks.IsEmpty) return;
            var candidates = new List<(FlowValue Value, List<(FlowSink Sink, ISymbol Through)> Sinks)>();
            foreach (var pair in _values)
            {
                var sinks = SinksOf(pair.Key);
                if (sinks.Count == 0) continue;
                foreach (var value in pair.Value) candidates.Add((value, sinks));
            }

            // Deterministic whatever order the callbacks ran in: by literal, then by the first sink and its route.
            candidates.Sort((a, b) =>
            {
                var byLiteral = CompareLocations(a.Value.Constant.GetLocation(), b.Value.Constant.GetLocation());
                if (byLiteral != 0) return byLiteral;
                var bySink = CompareLocations(a.Sinks[0].Sink.Location, b.Sinks[0].Sink.Location);
                return bySink != 0 ? bySink : string.CompareOrdinal(Describe(a.Sinks[0].Through), Describe(b.Sinks[0].Through));
            });
            var reported = new HashSet<Location>();
            foreach (var (value, sinks) in candidates)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var location = value.Constant.GetLocation();
                if (_reportedInMember.ContainsKey(location) || reported.Contains(location)) continue;
                if (KnownAnswerTests.IsKnownAnswerTest(value.Constant) || value.Call is not null && KnownAnswerTests.IsKnownAnswerTest(value.Call)) continue;
                foreach (var (sink, through) in sinks)
                {
                    if (!value.IsKeyFor(sink)) continue;
                    reported.Add(location);
                    context.ReportDiagnostic(EXK104SigningKeyAnalyzer.FlowDiagnostic(value.Constant, value.Decode, value.Name, sink.Location, sink.Name, Describe(through), lower));
                    break;
                }
            }
        }

        /// <summary>The sinks a slot reaches: directly, or through the members it is stored in; none when the slot (or the
        /// member) is written from elsewhere after construction. Sorted by location, so the first is stable.</summary>
        private List<(FlowSink Sink, ISymbol Through)> SinksOf(ISymbol slot)
        {
            var result = new List<(FlowSink, ISymbol)>();
            if (_overwritten.ContainsKey(slot)) return result;
            if (_sinks.TryGetValue(slot, out var direct))
            {
                foreach (var sink in direct) result.Add((sink, slot));
            }

            if (_stores.TryGetValue(slot, out var members))
            {
                foreach (var member in members)
                {
                    if (_overwritten.ContainsKey(member) || !_sinks.TryGetValue(member, out var viaMember)) continue;
                    foreach (var sink in viaMember) result.Add((sink, member));
                }
            }

            result.Sort((a, b) => CompareLocations(a.Item1.Location, b.Item1.Location));
            return result;
        }

        private static int CompareLocations(Location a, Location b)
        {
            var byPath = string.CompareOrdinal(a.SourceTree?.FilePath, b.SourceTree?.FilePath);
            return byPath != 0 ? byPath : a.SourceSpan.Start.CompareTo(b.SourceSpan.Start);
        }

        /// <summary>How the value got to the sink, for the message: <c>RequestSigner._key</c>, <c>parameter 'secret' of RequestSigner</c>.</summary>
        private static string Describe(ISymbol through) => through switch
        {
            IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } ctor } p => "parameter '" + p.Name + "' of " + ctor.ContainingType.Name,
            IParameterSymbol { ContainingSymbol: IMethodSymbol method } p => "parameter '" + p.Name + "' of " + method.ContainingType?.Name + "." + method.Name,
            _ => through.ContainingType?.Name + "." + through.Name,
        };

        // ---------------------------------------------------------------- reading values

        /// <summary>The parameter, field or auto-property a sink's key reads, under conversions, <c>?? throw</c>, a decoding call
        /// (<c>Encoding.*.GetBytes</c>, <c>Convert.FromBase64String/FromHexString</c>) and a local initialised with one of those.
        /// A record's positional property also yields the primary-constructor parameter that initialises it.</summary>
        private static ISymbol? SlotRead(IOperation value, out IParameterSymbol? positional)
        {
            positional = null;
            var read = Read(value);
            switch (read)
            {
                case IParameterReferenceOperation parameter when parameter.Parameter.ContainingSymbol is IMethodSymbol { MethodKind: not MethodKind.AnonymousFunction }:
                    return parameter.Parameter.OriginalDefinition;
                case IFieldReferenceOperation { Field.IsConst: false } field:
                    return field.Field.OriginalDefinition;
                case IPropertyReferenceOperation { Arguments.Length: 0 } property when IsAutoProperty(property.Property, out positional):
                    return property.Property.OriginalDefinition;
            }

            return null;
        }

        /// <summary>The parameter an assigned value reads (under the same wrappers as <see cref="SlotRead"/>), or null.</summary>
        private static IParameterSymbol? ParameterRead(IOperation value) =>
            Read(value) is IParameterReferenceOperation { Parameter: { ContainingSymbol: IMethodSymbol { MethodKind: not MethodKind.AnonymousFunction } } parameter }
                ? parameter.OriginalDefinition
                : null;

        private static IOperation? Read(IOperation? value)
        {
            var operation = value;
            var localHops = 0;
            for (var step = 0; step < 8 && operation is not null; step++)
            {
                operation = operation.WalkDownConversionAndParentheses();
                switch (operation)
                {
                    case ICoalesceOperation coalesce when coalesce.WhenNull.WalkDownConversion() is IThrowOperation:
                        operation = coalesce.Value;
                        continue;
                    case IInvocationOperation invocation when IsDecodingCall(invocation, out var inner):
                        operation = inner;
                        continue;
                    case ILocalReferenceOperation local when localHops++ < MaxLocalHops:
                        // A local of the body being analysed (var bytes = Encoding.UTF8.GetBytes(secret);), bound from its own model.
                        var initializer = ConstantTracker.UnchangedLocalInitializer(local.Local);
                        if (initializer is null || local.SemanticModel is not { } model || model.SyntaxTree != initializer.SyntaxTree) return null;
                        operation = model.GetOperation(initializer);
                        continue;
                }

                return operation;
            }

            return null;
        }

        private static bool IsDecodingCall(IInvocationOperation invocation, out IOperation? inner)
        {
            inner = null;
            var method = invocation.TargetMethod;
            if (invocation.Arguments.Length != 1) return false;
            switch (method.Name)
            {
                case "GetBytes" when method.ContainingType.DerivesFrom("Encoding", "System.Text") && method.Parameters[0].Type.SpecialType == SpecialType.System_String:
                case "FromBase64String" or "FromHexString" when method.ContainingType is { Name: "Convert" } convert && convert.ContainingNamespace.IsNamespace("System"):
                    inner = invocation.Arguments[0].Value;
                    return true;
            }

            return false;
        }

        /// <summary>A field-backed property without accessor bodies (<c>{ get; }</c>, <c>{ get; init; }</c>) or a record's positional property.</summary>
        private static bool IsAutoProperty(IPropertySymbol property, out IParameterSymbol? positional)
        {
            positional = null;
            if (property.IsIndexer || property.IsAbstract || property.DeclaringSyntaxReferences.Length != 1) return false;
            var syntax = property.DeclaringSyntaxReferences[0].GetSyntax();
            if (syntax is ParameterSyntax parameterSyntax)
            {
                positional = PositionalParameter(property.ContainingType, parameterSyntax);
                return positional is not null;
            }

            if (syntax is not PropertyDeclarationSyntax { ExpressionBody: null, AccessorList: { } accessors }) return false;
            foreach (var accessor in accessors.Accessors)
            {
                if (accessor.Body is not null || accessor.ExpressionBody is not null) return false;
            }

            return true;
        }

        /// <summary>The primary-constructor parameter declared by <paramref name="syntax"/> (symbols only, no binding).</summary>
        private static IParameterSymbol? PositionalParameter(INamedTypeSymbol? type, ParameterSyntax syntax)
        {
            if (type is null) return null;
            foreach (var ctor in type.InstanceConstructors)
            {
                foreach (var parameter in ctor.Parameters)
                {
                    var refs = parameter.DeclaringSyntaxReferences;
                    if (refs.Length == 1 && refs[0].SyntaxTree == syntax.SyntaxTree && refs[0].Span == syntax.Span) return parameter.OriginalDefinition;
                }
            }

            return null;
        }

        /// <summary>Fact (c): a hard-coded value: a literal, const, <c>u8</c> literal, an encoding call around one, a local or
        /// readonly field initialised with one (<see cref="ConstantTracker"/>), or a constant byte array written in place.
        /// Placeholders and text with spaces (messages, labels) are dropped here, so the table holds candidate keys only.</summary>
        private static bool TryHardcoded(IOperation value, Compilation compilation, out FlowValue hardcoded)
        {
            hardcoded = default;
            var unwrapped = value.WalkDownConversionAndParentheses();
            if (unwrapped is IArrayCreationOperation || unwrapped.Syntax is CollectionExpressionSyntax)
            {
                // Written in place: ConstantKeyMaterial reads the elements and follows no symbol.
                var material = ConstantKeyMaterial.Find(unwrapped, compilation);
                if (!material.IsFound) return false;
                hardcoded = new FlowValue(material.Constant, null, ConstantEncodings.Bytes, null, null);
                return true;
            }

            if (unwrapped is IInvocationOperation { TargetMethod.Name: "ToArray", Instance: { } instance } toArray &&
                instance.WalkDownConversionAndParentheses() is IUtf8StringOperation u8)
            {
                if (!MayBeKey(u8.Value)) return false;
                hardcoded = new FlowValue(toArray.Syntax, u8.Value, ConstantEncodings.Utf8, null, null);
                return true;
            }

            // A local is tracked (a scan of its block) only when its initialiser is spelled like a constant.
            if (unwrapped is ILocalReferenceOperation local && !InitializerLooksConstant(local.Local)) return false;
            if (!ConstantTracker.TryTrack(value, out var constant) || constant.Encoding == ConstantEncoding.SecureString) return false;
            if (!MayBeKey(constant.Value)) return false;
            var decode = constant.OriginIsUtf8Literal ? ConstantEncodings.Utf8 : ConstantEncodings.Text;
            hardcoded = new FlowValue(constant.Origin, constant.Value, decode, constant.ThroughSymbol?.Name, null);
            return true;
        }

        /// <summary>The cheap part of the value test, run for every hard-coded argument: long enough to be a key and a single
        /// token (a PEM excepted). The placeholder test runs at the join, for values whose slot reaches a sink only.</summary>
        private static bool MayBeKey(string text) =>
            text.Length >= SecretValues.DefaultMinLength &&
            (!SecretValues.HasWhitespace(text) || text.IndexOf("-----BEGIN", StringComparison.Ordinal) >= 0);

        /// <summary>Cheap syntactic test: <c>var s = "…";</c>, <c>var b = Encoding.UTF8.GetBytes("…");</c>, <c>var s = Const;</c>.</summary>
        private static bool InitializerLooksConstant(ILocalSymbol local)
        {
            var refs = local.DeclaringSyntaxReferences;
            if (refs.Length != 1 || refs[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: var init }) return false;
            while (init is ParenthesizedExpressionSyntax p) init = p.Expression;
            switch (init)
            {
                case LiteralExpressionSyntax:
                case IdentifierNameSyntax:
                case MemberAccessExpressionSyntax:
                    return true;
                case InvocationExpressionSyntax { ArgumentList.Arguments: var args } call:
                    if (args.Count == 0) return call.Expression is MemberAccessExpressionSyntax { Expression: LiteralExpressionSyntax };
                    return args.Count == 1 && args[0].Expression is LiteralExpressionSyntax or IdentifierNameSyntax or MemberAccessExpressionSyntax;
            }

            return false;
        }

        private static bool IsNothing(IOperation value)
        {
            var v = value.WalkDownConversionAndParentheses();
            if (v is IDefaultValueOperation || v.ConstantValue is { HasValue: true, Value: null }) return true;
            return v is IInvocationOperation { TargetMethod: { Name: "Empty", ContainingType: { Name: "Array" } } };
        }

        private static ITypeSymbol? TypeOf(ISymbol member) => member switch
        {
            IFieldSymbol f => f.Type,
            IPropertySymbol p => p.Type,
            _ => null,
        };

        /// <summary>string, byte[], ReadOnlySpan/ReadOnlyMemory/Span/Memory of byte: the types key material travels as.</summary>
        private static bool IsKeyType(ITypeSymbol? type) =>
            type is { SpecialType: SpecialType.System_String } ||
            type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte } ||
            type is INamedTypeSymbol { Name: "ReadOnlySpan" or "ReadOnlyMemory" or "Span" or "Memory", TypeArguments.Length: 1 } named &&
            named.TypeArguments[0].SpecialType == SpecialType.System_Byte;

        /// <summary>Adds a fact under a lock of its own small list (a ConcurrentQueue would allocate a 32-slot segment per slot).</summary>
        private static void Add<TKey, TValue>(ConcurrentDictionary<TKey, List<TValue>> map, TKey key, TValue value)
            where TKey : notnull
        {
            var list = map.GetOrAdd(key, _ => new List<TValue>(1));
            lock (list) list.Add(value);
        }

        private readonly struct FlowSink
        {
            public FlowSink(Location location, string name, bool privatePemOnly)
            {
                Location = location;
                Name = name;
                PrivatePemOnly = privatePemOnly;
            }

            public Location Location { get; }

            public string Name { get; }

            /// <summary>ImportFromPem: only a private-key PEM with a real body is key material.</summary>
            public bool PrivatePemOnly { get; }
        }

        /// <summary>A hard-coded value put into a slot. <see cref="Text"/> is kept for the value checks only and never
        /// reaches a message or a property.</summary>
        private readonly struct FlowValue
        {
            public FlowValue(SyntaxNode constant, string? text, string decode, string? name, SyntaxNode? call)
            {
                Constant = constant;
                Text = text;
                Decode = decode;
                Name = name;
                Call = call;
            }

            /// <summary>The node a fix rewrites: the string or u8 literal (or const initialiser), the byte array.</summary>
            public SyntaxNode Constant { get; }

            public string? Text { get; }

            public string Decode { get; }

            /// <summary>The const, local or field the value travelled through before the call, for lookup names.</summary>
            public string? Name { get; }

            /// <summary>The argument at the call, for the known-answer-test exemption (null for an assignment).</summary>
            public SyntaxNode? Call { get; }

            /// <summary>The value as put into a slot: the argument (for the known-answer exemption) and, when the value was written
            /// in place, the parameter or member name for the lookup names.</summary>
            public FlowValue AtCall(SyntaxNode? call, string slotName) => new(Constant, Text, Decode, Name ?? slotName, call);

            /// <summary>A placeholder (<c>"your-api-secret"</c>, <c>"${SECRET}"</c>) is not a key; a PEM sink takes a private key only.</summary>
            public bool IsKeyFor(FlowSink sink)
            {
                if (Text is null) return !sink.PrivatePemOnly;   // a constant byte array
                if (sink.PrivatePemOnly)
                    return Text.IndexOf("PRIVATE KEY", StringComparison.Ordinal) >= 0 && SecretValues.HasRealPemBody(Text);
                var text = Text.Trim();
                if (SecretValues.IsPemPrivateKey(text)) return SecretValues.HasRealPemBody(text);
                return !SecretValues.HasWhitespace(text) && !SecretValues.IsPlaceholder(text);
            }
        }
    }
}
