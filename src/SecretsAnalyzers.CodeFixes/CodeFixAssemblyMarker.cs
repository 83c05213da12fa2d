namespace SecretsAnalyzers.CodeFixes
{
    /// <summary>Anchors reflection over the code-fix assembly (tests and the benchmark discover providers through it).</summary>
    internal static class CodeFixAssemblyMarker
    {
    }
}
