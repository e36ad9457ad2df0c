using ContainerGuard.Secrets;

namespace ContainerGuard.Tests.Secrets;

public class SecretValueClassifierTests
{
    private static CredentialNameMatch Name(string name) => CredentialNames.Default.Match(name);

    [Theory]
    [InlineData("S3cr3t!x")]
    [InlineData("fsociety")]
    [InlineData("root")]
    [InlineData("postgres")]
    [InlineData("P@ss$word1")]
    [InlineData("5f4dcc3b5aa765d61d8327deb882cf99")]
    [InlineData("1234")]
    [InlineData("d4f1c2a3-1b2c-4d5e-8f90-123456789abc")]
    public void Plausible_values_of_a_password_name(string value)
    {
        Assert.Equal(SecretValueKind.Plausible, SecretValueClassifier.Classify(value, Name("ClientSecret")));
    }

    [Theory]
    [InlineData("", SecretValueKind.Empty)]
    [InlineData("   ", SecretValueKind.Empty)]
    [InlineData("<password>", SecretValueKind.Placeholder)]
    [InlineData("{0}", SecretValueKind.Reference)]
    [InlineData("{Password}", SecretValueKind.Reference)]
    [InlineData("{{ .Password }}", SecretValueKind.Reference)]
    [InlineData("${PASSWORD}", SecretValueKind.Reference)]
    [InlineData("$PASSWORD", SecretValueKind.Reference)]
    [InlineData("%PASSWORD%", SecretValueKind.Reference)]
    [InlineData("@password", SecretValueKind.Reference)]
    [InlineData("$(cat /run/secrets/x)", SecretValueKind.Reference)]
    [InlineData("#{DbPassword}#", SecretValueKind.Reference)]
    [InlineData("__DbPassword__", SecretValueKind.Reference)]
    [InlineData("$env:DB_PASSWORD", SecretValueKind.Reference)]
    [InlineData("[parameters('adminPassword')]", SecretValueKind.Reference)]
    [InlineData("@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/db/)", SecretValueKind.Reference)]
    [InlineData("***", SecretValueKind.Placeholder)]
    [InlineData("xxx", SecretValueKind.Placeholder)]
    [InlineData("xxxxxxxx", SecretValueKind.Placeholder)]
    [InlineData("changeme", SecretValueKind.Placeholder)]
    [InlineData("CHANGE_ME", SecretValueKind.Placeholder)]
    [InlineData("password", SecretValueKind.Placeholder)]
    [InlineData("secret", SecretValueKind.Placeholder)]
    [InlineData("your-password-here", SecretValueKind.Placeholder)]
    [InlineData("example", SecretValueKind.Placeholder)]
    [InlineData("my-example-secret", SecretValueKind.Placeholder)]
    [InlineData("dummy", SecretValueKind.Placeholder)]
    [InlineData("test", SecretValueKind.Placeholder)]
    [InlineData("TODO", SecretValueKind.Placeholder)]
    [InlineData("REPLACE_ME", SecretValueKind.Placeholder)]
    [InlineData("DB_PASSWORD", SecretValueKind.SettingName)]
    [InlineData("orders-db-password", SecretValueKind.SettingName)]
    [InlineData("ConnectionStrings:Default", SecretValueKind.SettingName)]
    [InlineData("Db:Password", SecretValueKind.SettingName)]
    [InlineData("/run/secrets/db_password", SecretValueKind.FilePath)]
    [InlineData("C:\\secrets\\x", SecretValueKind.FilePath)]
    [InlineData("./secrets/pw.txt", SecretValueKind.FilePath)]
    [InlineData("https://login.example.com/token", SecretValueKind.Url)]
    [InlineData("true", SecretValueKind.Keyword)]
    [InlineData("False", SecretValueKind.Keyword)]
    [InlineData("null", SecretValueKind.Keyword)]
    [InlineData("none", SecretValueKind.Keyword)]
    [InlineData("yes", SecretValueKind.Keyword)]
    [InlineData("123", SecretValueKind.Number)]
    [InlineData("1.2.3", SecretValueKind.Number)]
    [InlineData("v2.0", SecretValueKind.Number)]
    [InlineData("$2b$12$abcdefghijklmnopqrstuu", SecretValueKind.Hash)]
    [InlineData("$6$salt$hashvalue", SecretValueKind.Hash)]
    [InlineData("sha256:0123456789abcdef", SecretValueKind.Hash)]
    [InlineData("UseDevelopmentStorage=true", SecretValueKind.DevelopmentStorage)]
    [InlineData("Enter your password:", SecretValueKind.Text)]
    [InlineData("Please type the secret now", SecretValueKind.Text)]
    [InlineData("ab", SecretValueKind.TooShort)]
    public void Values_that_are_not_secrets(string value, SecretValueKind kind)
    {
        Assert.Equal(kind, SecretValueClassifier.Classify(value, Name("DbPassword")));
        Assert.False(SecretValueClassifier.IsPlausibleSecret(value, Name("DbPassword")));
    }

    [Fact]
    public void A_guid_is_an_id_without_a_credential_name()
    {
        Assert.Equal(SecretValueKind.Identifier, SecretValueClassifier.Classify("d4f1c2a3-1b2c-4d5e-8f90-123456789abc"));
        Assert.Equal(SecretValueKind.Plausible, SecretValueClassifier.Classify("d4f1c2a3-1b2c-4d5e-8f90-123456789abc", Name("ClientSecret")));
    }

    [Fact]
    public void A_connection_string_name_needs_a_secret_in_its_value()
    {
        Assert.Equal(SecretValueKind.ConnectionStringWithoutSecret, SecretValueClassifier.Classify("Server=db;Database=x;Integrated Security=true", Name("ConnectionString")));
        Assert.Equal(SecretValueKind.Plausible, SecretValueClassifier.Classify("Server=db;User Id=sa;Password=S3cr3t!x;", Name("ConnectionString")));
    }

    [Fact]
    public void A_known_format_is_plausible_whatever_the_name()
    {
        Assert.Equal(SecretValueKind.Plausible, SecretValueClassifier.Classify(FakeSecrets.GitHubClassic));
    }
}
