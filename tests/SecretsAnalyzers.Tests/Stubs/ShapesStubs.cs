namespace SecretsAnalyzers.Tests.Stubs
{
    /// <summary>SDK stubs for the Shapes family (EXK103-EXK105), in their real namespaces with their real member names.</summary>
    public static class ShapesStubs
    {
        /// <summary>Microsoft.IdentityModel.Tokens.SymmetricSecurityKey (JWT signing keys).</summary>
        public const string IdentityModel = """
            namespace Microsoft.IdentityModel.Tokens
            {
                public abstract class SecurityKey { }
                public class SymmetricSecurityKey : SecurityKey
                {
                    public SymmetricSecurityKey(byte[] key) { Key = key; }
                    public virtual byte[] Key { get; }
                }
            }
            """;
    }
}
