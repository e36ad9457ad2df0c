namespace ContainerGuard.Tests.Secrets;

/// <summary>
/// Obviously fake but format-valid secrets, assembled at run time so that secret scanners do not flag the
/// repository. Test data is looked up by case name, so theory names never show a value.
/// </summary>
public static class FakeSecrets
{
    public static string Repeat(string part, int count) => string.Concat(Enumerable.Repeat(part, count));

    public static readonly string GitHubClassic = "gh" + "p_" + Repeat("a1B2", 9);
    public static readonly string GitHubOAuth = "gh" + "o_" + Repeat("Zz09", 9);
    public static readonly string GitHubFineGrained = "github" + "_pat_" + Repeat("11AbCdEf0", 9) + "_" + Repeat("x1Y2", 3);
    public static readonly string Npm = "np" + "m_" + Repeat("aB3", 12);
    public static readonly string DockerHub = "dckr" + "_pat_" + Repeat("Ab1-", 7);
    public static readonly string Slack = "xo" + "xb-" + "1234567890-" + "0987654321-" + Repeat("aBc", 8);
    public static readonly string AwsKeyId = "AK" + "IA" + Repeat("Q7Z", 5) + "X";
    public static readonly string AwsSecret = Repeat("wJalr/K7MDENG+bPxRfi", 2);
    public static readonly string Google = "AI" + "za" + Repeat("Sy-9_", 7);
    public static readonly string AzureClientSecret = "aB3" + "8Q~" + Repeat("Zx9._-", 5) + "Zx9.";
    public static readonly string Stripe = "sk" + "_live_" + Repeat("4eC39Hq", 4);
    public static readonly string SendGrid = "S" + "G." + Repeat("aB3-_", 4) + "aB" + "." + Repeat("Cd4_-", 8) + "Cd4";
    public static readonly string StorageKey = Repeat("Ab3+Cd4/", 10) + "Ef5+Gh" + "==";
    public static readonly string SasSignature = "u3Q%2B" + Repeat("Sig9", 8) + "%3D";
    public static readonly string BasicCredentials = Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes("admin:" + "Tr0ub4dor&3"));
    public static readonly string PemBody = Repeat("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", 4);

    public static string Jwt()
    {
        static string B64(string json) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return B64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + B64("{\"sub\":\"1234567890\",\"name\":\"Test\"}") + "." + Repeat("SflKxw-_", 5) + "RJ";
    }

    public static string JwtWithoutAlg()
    {
        static string B64(string json) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return B64("{\"typ\":\"JWT\",\"kid\":\"k1\"}") + "." + B64("{\"sub\":\"1234567890\",\"name\":\"Test\"}") + "." + Repeat("SflKxw-_", 5) + "RJ";
    }
}
