using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretsAnalyzers.Internal;
using SecretsAnalyzers.Options;

namespace SecretsAnalyzers.HardcodedSecrets
{
    /// <summary>
    /// EXK103: a string literal has the shape of an exchange credential, whatever its symbol is called.
    /// Self-identifying formats (Gemini account-/master-, Bitget bg_, MEXC mx0v, Coinbase CDP key names, PEM private
    /// keys) report anywhere; context-dependent formats (Binance 64, Kraken 56/88, KuCoin, OKX, Bitfinex, BitMEX,
    /// Alpaca, Ethereum private keys, BIP-39 mnemonics) need an exchange word around them, a credential-shaped call or
    /// a key/secret pair; a generic high-entropy token needs a credential position. Literals EXK101, EXK102 or EXK107
    /// already report are left to them (<see cref="HardcodedSecretSites"/>).
    /// </summary>
    public sealed class EXK103CredentialShapeAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.EXK103CredentialShapedLiteral);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start =>
            {
                var cache = new SecretsOptionsCache(start.Options);
                var known = HardcodedKnownTypes.From(start.Compilation);
                var lower = ProjectContext.IsTestProject(start.Compilation);
                var constantNames = new ConstantOnlyNames();
                // A candidate that initialises a symbol waits for its type's value scope: EXK101 (through a sink) or EXK104
                // (through a key parameter) may own it.
                var scopes = TypeValueScopes<Candidate>.Register(start,
                    (token, _) => CredentialShapes.PassesGate(token.ValueText) || token.ValueText.Length >= 8 && !SecretValues.HasWhitespace(token.ValueText),
                    (end, uses, pending) =>
                {
                    foreach (var candidate in pending) Finish(candidate, known, constantNames, uses, end.ReportDiagnostic, end.CancellationToken);
                });
                start.RegisterSyntaxNodeAction(c =>
                {
                    if (OnLiteral(c, cache, lower) is not { } candidate) return;
                    if (!candidate.NeedsUses || !scopes.Defer(c.ContainingSymbol, candidate))
                        Finish(candidate, known, constantNames, null, c.ReportDiagnostic, c.CancellationToken);
                }, SyntaxKind.StringLiteralExpression);
            });
        }

        /// <summary>A literal with a credential shape, waiting for the ownership question (EXK101/EXK102/EXK104/EXK107).</summary>
        private sealed class Candidate
        {
            public Candidate(LiteralExpressionSyntax literal, IOperation operation, ISymbol? declared, SecretsOptions options, ShapeMatch match, string? exchange, bool lower, bool needsUses)
            {
                Literal = literal;
                Operation = operation;
                Declared = declared;
                Options = options;
                Match = match;
                Exchange = exchange;
                Lower = lower;
                NeedsUses = needsUses;
            }

            public LiteralExpressionSyntax Literal { get; }
            public IOperation Operation { get; }
            public ISymbol? Declared { get; }
            public SecretsOptions Options { get; }
            public ShapeMatch Match { get; }
            public string? Exchange { get; }
            public bool Lower { get; }
            public bool NeedsUses { get; }
        }

        private static void Finish(Candidate candidate, HardcodedKnownTypes known, ConstantOnlyNames constantNames, SymbolValueIndex? uses,
            Action<Diagnostic> report, System.Threading.CancellationToken cancellationToken)
        {
            var literal = candidate.Literal;
            var operation = candidate.Operation;
            var options = candidate.Options;
            var match = candidate.Match;
            if (EXK104SigningKeyAnalyzer.IsSigningKeyLiteral(literal, uses, candidate.Declared)) return;
            if (HardcodedSecretSites.WouldReport(operation, options, known, new SiteLookups(uses, constantNames), cancellationToken) != HardcodedSecretRule.None) return;

            var root = ConstantTracker.ConstantRoot(operation);
            var canFix = HardcodedSecretSites.CanFixAt(ConstantTracker.UsedValue(root), literal, constantNames, cancellationToken);
            var name = NameFor(literal) ?? DefaultName(match.Kind);
            var kind = match.Kind == SecretKind.None ? SecretKind.ApiSecret : match.Kind;
            var properties = FixProperties.Create(candidate.Exchange, name, kind, canFix);

            var descriptor = Descriptors.EXK103CredentialShapedLiteral;
            report(Report.Create(descriptor, literal.GetLocation(), candidate.Lower, properties, match.Format));
        }

        private static Candidate? OnLiteral(SyntaxNodeAnalysisContext context, SecretsOptionsCache cache, bool lower)
        {
            var literal = (LiteralExpressionSyntax)context.Node;
            var value = literal.Token.ValueText;

            // Cheap gate: length and alphabet before anything else.
            if (value.Length < 8 || value.Length > SecretValues.MaxInspectedLength) return null;
            var options = cache.For(literal.SyntaxTree);
            var minLength = Math.Max(8, options.GetInt(RuleIds.EXK103, SecretsOptions.MinLengthKey, CredentialShapes.DefaultGenericMinLength));
            var minEntropy = options.GetDouble(RuleIds.EXK103, SecretsOptions.MinEntropyKey, CredentialShapes.DefaultGenericMinEntropy);
            var gate = CredentialShapes.PassesGate(value);
            if (!gate && (value.Length < minLength || SecretValues.HasWhitespace(value))) return null;
            if (IsExcludedSymbol(literal, options)) return null;

            var match = gate ? CredentialShapes.MatchSelfIdentifying(value) : default;
            ShapeContext shapeContext = default;

            // Tokens (JWT, bot tokens, webhook URLs) are test fixtures where a test asserts on them.
            if (match.IsMatch && match.Kind == SecretKind.AccessToken && ContextOf(literal, null, options, context.CancellationToken).TestVector) return null;
            if (!match.IsMatch)
            {
                if (!CredentialShapes.CouldMatchInContext(value, minLength, minEntropy)) return null;

                // A generic token (no exchange shape fits) only matters in a credential position: argument, assignment, declaration.
                if (!CredentialShapes.FitsAContextShape(value) &&
                    literal.Parent is not ArgumentSyntax && literal.Parent is not AssignmentExpressionSyntax && literal.Parent is not EqualsValueClauseSyntax)
                    return null;
                // Syntax first; the callee's parameter name (semantic) only when it could still change the answer.
                shapeContext = ContextOf(literal, null, options, context.CancellationToken);
                match = Match(value, gate, shapeContext, minLength, minEntropy);
                if (literal.Parent is ArgumentSyntax { NameColon: null })
                {
                    // A match is confirmed with the parameter name (an id or hash parameter cancels it); a miss is retried
                    // only when a credential parameter could turn it into a match.
                    var optimistic = shapeContext;
                    optimistic.CredentialPosition = true;
                    if (match.IsMatch || !shapeContext.CredentialPosition && Match(value, gate, optimistic, minLength, minEntropy).IsMatch)
                    {
                        shapeContext = ContextOf(literal, context.SemanticModel, options, context.CancellationToken);
                        match = Match(value, gate, shapeContext, minLength, minEntropy);
                    }
                }

                if (!match.IsMatch) return null;
            }

            // A published documentation example key is not a leak (EXK107 reports it where it reaches a credential).
            if (SecretValues.IsPublicExampleKey(value, out _)) return null;

            // EXK104 (signing key), EXK101 / EXK102 / EXK107 own this literal: one report per literal (decided in Finish).
            var operation = context.SemanticModel.GetOperation(literal, context.CancellationToken);
            if (operation is null) return null;
            var declared = EXK104SigningKeyAnalyzer.DeclaredBy(literal) is { } declarator
                ? context.SemanticModel.GetDeclaredSymbol(declarator, context.CancellationToken)
                : null;
            var needsUses = declared is not null || HardcodedSecretSites.NeedsSymbolUses(operation, context.CancellationToken);
            var exchange = match.Exchange ?? shapeContext.Exchange ?? EXK104SigningKeyAnalyzer.EnclosingExchange(literal);
            return new Candidate(literal, operation, declared, options, match, exchange, lower, needsUses);
        }

        private static ShapeMatch Match(string value, bool gate, in ShapeContext context, int minLength, double minEntropy)
        {
            var match = gate ? CredentialShapes.MatchInContext(value, context) : default;
            return match.IsMatch ? match : CredentialShapes.MatchGeneric(value, context, minLength, minEntropy);
        }

        // ---------------- Context signals ----------------

        /// <summary>The context signals around a literal; with a null <paramref name="model"/>, syntax only (no parameter names).</summary>
        internal static ShapeContext ContextOf(LiteralExpressionSyntax literal, SemanticModel? model, SecretsOptions options, System.Threading.CancellationToken ct)
        {
            var ctx = new ShapeContext();
            const bool google = false;   // Google's Gemini is checked once at the end, only when "Gemini" was seen

            // Enclosing members, types and namespace. A literal passed to a call inside a secret-named initialiser
            // (var token = await Send(…, "1.0/Account/LoginApi", …)) is an argument of that call, not the secret; decoding
            // and joining calls (Convert.FromBase64String, Encoding.GetBytes, string.Concat) still hand their text on.
            var inCallArgument = false;
            for (var n = literal.Parent; n is not null; n = n.Parent)
            {
                if (!inCallArgument && n is ArgumentSyntax { Parent.Parent: { } call and (InvocationExpressionSyntax or ObjectCreationExpressionSyntax) } &&
                    !HandsTextOn(call))
                    inCallArgument = true;
                string? name = n switch
                {
                    MethodDeclarationSyntax m => m.Identifier.ValueText,
                    PropertyDeclarationSyntax p => p.Identifier.ValueText,
                    VariableDeclaratorSyntax v => v.Identifier.ValueText,
                    BaseTypeDeclarationSyntax t => t.Identifier.ValueText,
                    BaseNamespaceDeclarationSyntax ns => ns.Name.ToString(),
                    ConstructorDeclarationSyntax c => c.Identifier.ValueText,
                    _ => null,
                };
                if (name is null) continue;
                Observe(ref ctx, name, google);
                if (n is MethodDeclarationSyntax or PropertyDeclarationSyntax or VariableDeclaratorSyntax or ConstructorDeclarationSyntax)
                {
                    if (IsHashWord(name)) ctx.HashContext = true;
                    if (n is VariableDeclaratorSyntax && !inCallArgument && options.Names.Classify(name) != SecretKind.None) ctx.CredentialPosition = true;
                    if (n is VariableDeclaratorSyntax && IsIdName(name)) ctx.IdContext = true;
                }
            }

            // The name the value is written to names the exchange itself (scanners' keyword rules): kucoinAccess = "…".
            if (literal.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declared } && ExchangeNames.FindIn(declared.Identifier.ValueText) is not null)
                ctx.NamedExchange = true;
            if (literal.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax neighbourOf } && HasNeighbourOfSameShape(neighbourOf, literal.Token.ValueText))
                ctx.NeighbourPair = true;

            // Assigned to a member: h.Secret = "…", new Options { ApiSecret = "…" }.
            if (literal.Parent is AssignmentExpressionSyntax assignment && assignment.Right == literal)
            {
                var target = assignment.Left is MemberAccessExpressionSyntax ma ? ma.Name.Identifier.ValueText : assignment.Left.ToString();
                Observe(ref ctx, target, google);
                if (ExchangeNames.FindIn(target) is not null) ctx.NamedExchange = true;
                if (assignment.Parent is InitializerExpressionSyntax initializer && HasInitializerNeighbourOfSameShape(initializer, assignment, literal.Token.ValueText))
                    ctx.NeighbourPair = true;
                if (options.Names.Classify(target) != SecretKind.None || IsCredentialParameter(target)) ctx.CredentialPosition = true;
                if (IsHashWord(target)) ctx.HashContext = true;
            }

            // An argument: its parameter, the callee, and the other arguments.
            if (literal.Parent is ArgumentSyntax argument && argument.Parent is BaseArgumentListSyntax list)
            {
                var call = list.Parent;
                var calleeName = call switch
                {
                    InvocationExpressionSyntax inv => inv.Expression is MemberAccessExpressionSyntax m ? m.Name.Identifier.ValueText + " " + m.Expression : inv.Expression.ToString(),
                    ObjectCreationExpressionSyntax oc => oc.Type.ToString(),
                    ImplicitObjectCreationExpressionSyntax => "",
                    _ => "",
                };
                if (calleeName.Length > 0)
                {
                    Observe(ref ctx, calleeName, google);
                    if (IsCredentialCall(calleeName)) ctx.CredentialPosition = true;
                    if (IsHashWord(calleeName) || IsAssertion(calleeName)) ctx.HashContext = true;
                    if (IsAssertion(calleeName)) ctx.TestVector = true;
                    if (ContainsAny(calleeName, IdCallWords)) ctx.IdContext = true;
                }

                if (argument.NameColon is { } nameColon)
                {
                    var named = nameColon.Name.Identifier.ValueText;
                    if (ExchangeNames.FindIn(named) is not null) ctx.NamedExchange = true;
                    if (IsCredentialParameter(named) || options.Names.Classify(named) != SecretKind.None) ctx.CredentialPosition = true;
                    if (named is "words" or "mnemonic" or "seedPhrase") ctx.Ethereum = true;
                    if (IsHashWord(named) || named is "expected" or "actual") ctx.HashContext = true;
                    if (IsIdName(named)) ctx.IdContext = true;
                }
                else if (!ctx.CredentialPosition && model is not null && ParameterOf(argument, list, model, ct) is { } parameter)
                {
                    // Semantic work only when the syntax did not already decide: the callee's parameter name.
                    if (IsCredentialParameter(parameter.Name) || options.Names.Classify(parameter.Name) != SecretKind.None) ctx.CredentialPosition = true;
                    if (parameter.Name is "words" or "mnemonic" or "seedPhrase") ctx.Ethereum = true;
                    if (IsHashWord(parameter.Name) || parameter.Name is "expected" or "actual") ctx.HashContext = true;
                    if (IsIdName(parameter.Name)) ctx.IdContext = true;
                    if (ctx.Exchange is null && parameter.ContainingSymbol is IMethodSymbol { ContainingType: { } containing })
                        Observe(ref ctx, containing.ToDisplayString(), google);
                }

                var randomSiblings = 0;
                foreach (var other in list.Arguments)
                {
                    if (other == argument) continue;
                    var expression = other.Expression;
                    if (expression is LiteralExpressionSyntax otherLiteral && otherLiteral.IsKind(SyntaxKind.StringLiteralExpression))
                    {
                        var text = otherLiteral.Token.ValueText;
                        if (CredentialShapes.IsUuid(text) ||
                            text.Length >= 16 && CredentialShapes.PassesGate(text) && !SecretValues.HasWhitespace(text) &&
                            SecretValues.ShannonEntropy(text) >= 3.0 && !SecretValues.IsPlaceholder(text))
                            randomSiblings++;
                        else if (text.Length <= 32) Observe(ref ctx, text, google);
                    }
                    else if (expression.Span.Length <= 64)
                    {
                        Observe(ref ctx, expression.ToString(), google);
                    }
                }

                // The parts of one concatenation are one value (a protobuf descriptor's base64 chunks), not a key and its secret.
                if (randomSiblings > 0 && !ctx.IdContext && !calleeName.StartsWith("Concat ", StringComparison.Ordinal)) ctx.Pair = true;
            }

            if (ctx.IdContext || ctx.HashContext) ctx.NeighbourPair = false;
            if (ctx.Exchange == "Gemini" && IsGoogleAiContext(literal)) ctx.Exchange = null;
            if (!ctx.TestVector && ctx.HashContext && KnownAnswerTests.IsKnownAnswerTest(literal)) ctx.TestVector = true;
            if (!ctx.TestVector && IsFixtureNextToAssertion(literal)) ctx.TestVector = true;
            return ctx;
        }

        /// <summary>
        /// A key and its secret side by side under neutral names: another declarator of the same declaration, or the
        /// field / local declared just before or after, is initialised with a value of the same random shape.
        /// </summary>
        private static bool HasNeighbourOfSameShape(VariableDeclaratorSyntax declarator, string value)
        {
            if (value.Length < 32 || declarator.Parent is not VariableDeclarationSyntax declaration || IsIdOrDigestName(declarator.Identifier.ValueText)) return false;
            foreach (var other in declaration.Variables)
            {
                if (other != declarator && SameShapeInitializer(other, value)) return true;
            }

            SyntaxNode? holder = declaration.Parent;
            if (holder is not (FieldDeclarationSyntax or LocalDeclarationStatementSyntax) || holder.Parent is null) return false;

            // The declarations right before and after, found by position: logarithmic work per literal (walking the parent's
            // children once per literal made a class of N keys quadratic, and so did the token navigation that replaced it,
            // which scans a long statement or member list from its start).
            return Sibling(holder, next: false) is { } previous && IsSameShapeDeclaration(previous, value) ||
                   Sibling(holder, next: true) is { } following && IsSameShapeDeclaration(following, value);
        }

        /// <summary>Calls whose result is their argument's text, decoded or joined: the argument is still the value.</summary>
        private static bool HandsTextOn(SyntaxNode call)
        {
            var name = call switch
            {
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax m } => m.Name.Identifier.ValueText,
                InvocationExpressionSyntax { Expression: IdentifierNameSyntax id } => id.Identifier.ValueText,
                _ => "",
            };
            return name is "FromBase64String" or "FromHexString" or "GetBytes" or "Concat" or "Format" or "Join" or "Trim" or "ToCharArray" or
                "Decode" or "Unprotect" or "Decrypt";
        }

        /// <summary>The node beside <paramref name="node"/> under the same parent (null at either end).</summary>
        private static SyntaxNode? Sibling(SyntaxNode node, bool next)
        {
            if (node.Parent is not { } parent) return null;
            var position = next ? node.FullSpan.End : node.FullSpan.Start - 1;
            if (!parent.FullSpan.Contains(position)) return null;
            var child = parent.ChildThatContainsPosition(position);
            return child.IsNode && child.AsNode() != node ? child.AsNode() : null;     // a token: the parent's own brace
        }

        /// <summary>
        /// Names of ids, digests and on-chain addresses (orderIdA, txHash1, nonce, salt, UsdcMint, TokenProgramAddress,
        /// _poolAddress): their values are never a key pair.
        /// </summary>
        private static bool IsIdOrDigestName(string name)
        {
            foreach (var word in NameWords.Split(name))
            {
                switch (word)
                {
                    case "id": case "ids": case "uuid": case "guid": case "hash": case "tx": case "txid": case "txn": case "order": case "nonce":
                    case "salt": case "signature": case "sig": case "checksum": case "digest": case "block": case "commit": case "etag":
                    case "address": case "addr": case "mint": case "program": case "pubkey": case "pool": case "vault": case "contract":
                    case "market":
                        return true;
                }
            }

            return false;
        }

        private static bool IsSameShapeDeclaration(SyntaxNode node, string value)
        {
            var declaration = node switch
            {
                FieldDeclarationSyntax f => f.Declaration,
                LocalDeclarationStatementSyntax l => l.Declaration,
                _ => null,
            };
            if (declaration is null) return false;
            foreach (var variable in declaration.Variables)
            {
                if (SameShapeInitializer(variable, value)) return true;
            }

            return false;
        }

        private static bool SameShapeInitializer(VariableDeclaratorSyntax variable, string value) =>
            !IsIdOrDigestName(variable.Identifier.ValueText) && variable.Initializer?.Value is LiteralExpressionSyntax other && other.IsKind(SyntaxKind.StringLiteralExpression) &&
            CredentialShapes.IsSameRandomShape(value, other.Token.ValueText);

        private static bool HasInitializerNeighbourOfSameShape(InitializerExpressionSyntax initializer, AssignmentExpressionSyntax self, string value)
        {
            if (value.Length < 32) return false;
            foreach (var expression in initializer.Expressions)
            {
                if (expression != self && expression is AssignmentExpressionSyntax { Right: LiteralExpressionSyntax other } && other.IsKind(SyntaxKind.StringLiteralExpression) &&
                    CredentialShapes.IsSameRandomShape(value, other.Token.ValueText))
                    return true;
            }

            return false;
        }

        private static void Observe(ref ShapeContext ctx, string text, bool google)
        {
            if (ctx.Exchange is null || ctx.Exchange == "Gemini" && !google)
            {
                var exchange = ExchangeNames.FindIn(text);
                if (exchange is not null && (ctx.Exchange is null || exchange != "Gemini")) ctx.Exchange = exchange;
            }

            if (!ctx.Ethereum && ContainsAny(text, EthereumWords))
                ctx.Ethereum = true;
        }

        /// <summary>The parameter an argument binds to, from the callee symbol (cheaper than building the operation tree).</summary>
        private static IParameterSymbol? ParameterOf(ArgumentSyntax argument, BaseArgumentListSyntax list, SemanticModel model, System.Threading.CancellationToken ct)
        {
            if (list.Parent is not ExpressionSyntax call) return null;
            var info = model.GetSymbolInfo(call, ct);
            var method = info.Symbol as IMethodSymbol ?? (info.CandidateSymbols.Length == 1 ? info.CandidateSymbols[0] as IMethodSymbol : null);
            if (method is null || method.Parameters.Length == 0) return null;
            var index = list.Arguments.IndexOf(argument);
            if (index < 0) return null;
            if (index < method.Parameters.Length) return method.Parameters[index];
            var last = method.Parameters[method.Parameters.Length - 1];
            return last.IsParams ? last : null;
        }

        /// <summary>Parameter or member names that carry a credential besides the secret words of the name model.</summary>
        private static bool IsCredentialParameter(string name)
        {
            switch (name.ToLowerInvariant())
            {
                case "key": case "secret": case "pass": case "privatekey": case "apikey": case "apisecret": case "passphrase":
                case "token": case "credential": case "credentials": case "words": case "mnemonic": case "seed": case "pem":
                case "clientsecret": case "accesskey": case "secretkey": case "signingkey": case "hmackey":
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>Calls that take credentials: SetApiCredentials, Login, Authenticate, WithHMAC, …Credentials ctors.</summary>
        private static readonly string[] EthereumWords = { "Nethereum", "Ethereum", "Web3", "Wallet", "EthECKey", "Mnemonic", "HdWallet", "Eth" };

        private static readonly string[] CredentialCallWords =
        {
            "Credential", "Login", "LogIn", "Authenticate", "Authorize", "WithHMAC", "WithHmac", "WithRSA", "WithEd25519", "WithECDsa",
            "SetApiKey", "ApiKeys", "UseApiKey", "SecretKey", "Signer", "Auth(",
        };

        /// <summary>Calls whose string arguments are ids: orders, trades, queries.</summary>
        private static readonly string[] IdCallWords =
        {
            "Order", "Cancel", "Trade", "Fill", "Position", "Query", "Fetch", "Find", "Lookup", "Subscribe", "Transfer", "Withdraw", "Deposit",
            "Ticker", "Kline", "Candle", "Symbol",
        };

        private static bool IsIdName(string name) =>
            name.EndsWith("Id", StringComparison.Ordinal) || name.EndsWith("ID", StringComparison.Ordinal) || name.EndsWith("Oid", StringComparison.Ordinal) ||
            name.EndsWith("_id", StringComparison.Ordinal) || name.EndsWith("Uuid", StringComparison.Ordinal) || name.EndsWith("Guid", StringComparison.Ordinal) ||
            name.EndsWith("UUID", StringComparison.Ordinal) || name.EndsWith("GUID", StringComparison.Ordinal) ||
            name is "id" or "oid" or "uuid" or "guid" or "correlation" or "reference";

        private static readonly string[] AssertionWords = { " Assert", "Should", "AreEqual", "That " };

        private static readonly string[] HashWords =
        {
            "hash", "Hash", "digest", "Digest", "checksum", "Checksum", "Sha1", "Sha256", "SHA256", "sha256", "Sha512", "SHA1", "Md5", "MD5",
            "fingerprint", "Fingerprint", "etag", "ETag", "expected", "Expected", "commit", "Commit", "Verify",
            "stateRoot", "StateRoot", "merkleRoot", "MerkleRoot", "trieRoot", "TrieRoot", "receiptsRoot", "ReceiptsRoot",
            "transactionsRoot", "TransactionsRoot",
        };

        private static readonly string[] GoogleAiWords =
        {
            "Google", "GenerativeAI", "GenerativeLanguage", "GenAI", "Vertex", "Mscc", "SemanticKernel", "OpenAI", "Llm", "LLM", "Prompt", "Chat",
        };

        private static bool IsCredentialCall(string callee) => ContainsAny(callee, CredentialCallWords);

        private static bool IsAssertion(string callee) =>
            callee.StartsWith("Equal ", StringComparison.Ordinal) && callee.IndexOf("Assert", StringComparison.Ordinal) >= 0 ||
            ContainsAny(callee, AssertionWords) || callee.StartsWith("Assert", StringComparison.Ordinal);

        private static bool IsHashWord(string name) => ContainsAny(name, HashWords);

        /// <summary>
        /// A JWT- or signature-looking fixture in a test method that asserts: <c>var token = "eyJ…"; Assert.Equal(…, Parse(token))</c>.
        /// </summary>
        private static bool IsFixtureNextToAssertion(LiteralExpressionSyntax literal)
        {
            var method = literal.FirstAncestorOrSelf<MethodDeclarationSyntax>();
            if (method is null || !KnownAnswerTests.HasTestAttribute(method)) return false;
            return KnownAnswerTests.IsKnownAnswerTest(literal);
        }

        /// <summary>Google's "Gemini" AI: Google/GenerativeAI/Vertex namespaces, usings or type names around the literal.</summary>
        internal static bool IsGoogleAiContext(SyntaxNode node)
        {
            var root = node.SyntaxTree.GetRoot();
            if (root is CompilationUnitSyntax unit)
            {
                foreach (var u in unit.Usings)
                {
                    if (IsGoogleAiName(u.Name?.ToString())) return true;
                }
            }

            for (var n = node.Parent; n is not null; n = n.Parent)
            {
                string? name = n switch
                {
                    BaseTypeDeclarationSyntax t => t.Identifier.ValueText,
                    BaseNamespaceDeclarationSyntax ns => ns.Name.ToString(),
                    MethodDeclarationSyntax m => m.Identifier.ValueText,
                    _ => null,
                };
                if (IsGoogleAiName(name)) return true;
                if (n is BaseNamespaceDeclarationSyntax nsd)
                {
                    foreach (var u in nsd.Usings)
                    {
                        if (IsGoogleAiName(u.Name?.ToString())) return true;
                    }
                }
            }

            return false;
        }

        private static bool IsGoogleAiName(string? name) =>
            name is not null && ContainsAny(name, GoogleAiWords);

        private static bool IsExcludedSymbol(LiteralExpressionSyntax literal, SecretsOptions options)
        {
            var excluded = options.GetList(RuleIds.EXK103, SecretsOptions.ExcludedSymbolNamesKey);
            if (excluded.IsDefaultOrEmpty) return false;
            for (var n = literal.Parent; n is not null; n = n.Parent)
            {
                var name = n switch
                {
                    MethodDeclarationSyntax m => m.Identifier.ValueText,
                    VariableDeclaratorSyntax v => v.Identifier.ValueText,
                    BaseTypeDeclarationSyntax t => t.Identifier.ValueText,
                    PropertyDeclarationSyntax p => p.Identifier.ValueText,
                    _ => null,
                };
                if (name is null) continue;
                foreach (var e in excluded)
                {
                    if (string.Equals(e, name, StringComparison.OrdinalIgnoreCase)) return true;
                }
            }

            return false;
        }

        /// <summary>The name lookups are derived from: the declared symbol, the assigned member or the parameter.</summary>
        private static string? NameFor(LiteralExpressionSyntax literal)
        {
            switch (literal.Parent)
            {
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax v }:
                    return v.Identifier.ValueText;
                case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax p }:
                    return p.Identifier.ValueText;
                case AssignmentExpressionSyntax a:
                    return a.Left is MemberAccessExpressionSyntax m ? m.Name.Identifier.ValueText : a.Left is IdentifierNameSyntax id ? id.Identifier.ValueText : null;
                case ArgumentSyntax { NameColon: { } nc }:
                    return nc.Name.Identifier.ValueText;
            }

            return null;
        }

        private static string DefaultName(SecretKind kind) => kind switch
        {
            SecretKind.ApiKey => "ApiKey",
            SecretKind.PrivateKey => "PrivateKey",
            SecretKind.Mnemonic => "Mnemonic",
            _ => "ApiSecret",
        };

        private static bool ContainsAny(string text, string[] words)
        {
            foreach (var w in words)
            {
                if (text.IndexOf(w, StringComparison.Ordinal) >= 0) return true;
            }

            return false;
        }
    }
}
