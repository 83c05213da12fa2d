namespace SecretsAnalyzers
{
    /// <summary>Every diagnostic id of the package. Numbers are never reused; a rule never changes band.</summary>
    internal static class RuleIds
    {
        // EXK1xx: hard-coded secrets
        public const string EXK101 = "EXK101";
        public const string EXK102 = "EXK102";
        public const string EXK103 = "EXK103";
        public const string EXK104 = "EXK104";
        public const string EXK105 = "EXK105";
        public const string EXK106 = "EXK106";
        public const string EXK107 = "EXK107";

        // EXK2xx: insecure transport
        public const string EXK201 = "EXK201";
        public const string EXK202 = "EXK202";
        public const string EXK203 = "EXK203";
        public const string EXK204 = "EXK204";

        // EXK3xx: over-permissive scopes
        public const string EXK301 = "EXK301";
        public const string EXK302 = "EXK302";
        public const string EXK303 = "EXK303";
        public const string EXK304 = "EXK304";
        public const string EXK305 = "EXK305";
        public const string EXK306 = "EXK306";

        // EXK4xx: secret logging
        public const string EXK401 = "EXK401";
        public const string EXK402 = "EXK402";
        public const string EXK403 = "EXK403";
        public const string EXK404 = "EXK404";
        public const string EXK405 = "EXK405";
    }

    internal static class Categories
    {
        public const string Hardcoded = "Secrets.Hardcoded";
        public const string Transport = "Secrets.Transport";
        public const string Permissions = "Secrets.Permissions";
        public const string Logging = "Secrets.Logging";
    }
}
