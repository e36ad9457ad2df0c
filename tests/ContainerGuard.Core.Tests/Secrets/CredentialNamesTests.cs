using ContainerGuard.Configuration;
using ContainerGuard.Secrets;

namespace ContainerGuard.Tests.Secrets;

public class CredentialNamesTests
{
    [Theory]
    [InlineData("password", "password")]
    [InlineData("DbPassword", "password")]
    [InlineData("DB_PASSWORD", "password")]
    [InlineData("db-password", "password")]
    [InlineData("Db.Password", "password")]
    [InlineData("ConnectionStrings:Password", "password")]
    [InlineData("MYSQL_ROOT_PASSWORD", "password")]
    [InlineData("MYSQLROOTPASSWORD", "password")]
    [InlineData("adminPassword2", "password")]
    [InlineData("passwd", "passwd")]
    [InlineData("DB_PWD", "pwd")]
    [InlineData("DB_PASS", "pass")]
    [InlineData("LDAP_ROOTPASS", "pass")]
    [InlineData("passphrase", "passphrase")]
    [InlineData("ClientSecret", "secret")]
    [InlineData("client_secret", "secret")]
    [InlineData("JWT_SECRET", "secret")]
    [InlineData("AWS_SECRET_ACCESS_KEY", "access key")]
    [InlineData("GITHUB_TOKEN", "token")]
    [InlineData("NPM_TOKEN", "token")]
    [InlineData("NODE_AUTH_TOKEN", "token")]
    [InlineData("accessToken", "token")]
    [InlineData("SasToken", "token")]
    [InlineData("ApiKey", "api key")]
    [InlineData("APIKey", "api key")]
    [InlineData("API_KEY", "api key")]
    [InlineData("apikey", "apikey")]
    [InlineData("X-Api-Key", "api key")]
    [InlineData("AccessKey", "access key")]
    [InlineData("STORAGE_ACCOUNT_KEY", "account key")]
    [InlineData("SharedAccessKey", "access key")]
    [InlineData("PrivateKey", "private key")]
    [InlineData("SECRET_KEY_BASE", "secret key")]
    [InlineData("ConnectionString", "connection string")]
    [InlineData("DB_CONNECTION_STRING", "connection string")]
    [InlineData("connStr", "connection string")]
    [InlineData("Credentials", "credentials")]
    [InlineData("GITHUB_PAT", "pat")]
    [InlineData("BearerToken", "token")]
    [InlineData("Ocp-Apim-Subscription-Key", "subscription key")]
    [InlineData("DefaultPassword", "password")]
    [InlineData("LICENSE_KEY", "license key")]
    [InlineData("workspaceKey", "workspace key")]
    [InlineData("LOG_ANALYTICS_WORKSPACE_KEY", "workspace key")]
    [InlineData("SSH_KEY", "ssh key")]
    [InlineData("DEPLOY_KEY", "deploy key")]
    [InlineData("CurrentPassword", "password")]
    [InlineData("RefreshToken", "token")]
    [InlineData("ASPNETCORE_Kestrel__Certificates__Default__Password", "password")]
    public void Credential_names_match_with_their_word(string name, string word)
    {
        var match = CredentialNames.Default.Match(name);
        Assert.True(match.IsMatch, name);
        Assert.Equal(word, match.Word);
        Assert.Equal(name, match.Name);
    }

    [Theory]
    // words that merely contain a credential word
    [InlineData("passthrough")]
    [InlineData("compass")]
    [InlineData("bypass")]
    [InlineData("tokenizer")]
    [InlineData("keyboard")]
    [InlineData("passenger")]
    [InlineData("secretary")]
    [InlineData("passwordless")]
    [InlineData("RenderPass")]
    [InlineData("FIRST_PASS")]
    // keys that are not secret keys
    [InlineData("GPG_KEY")]
    [InlineData("PUBLIC_KEY")]
    [InlineData("SIGNING_KEY_ID")]
    [InlineData("AWS_ACCESS_KEY_ID")]
    [InlineData("PrimaryKey")]
    // names that describe a credential rather than hold it
    [InlineData("PasswordLabel")]
    [InlineData("PasswordPrompt")]
    [InlineData("PasswordHash")]
    [InlineData("PasswordSalt")]
    [InlineData("TokenEndpoint")]
    [InlineData("TokenUrl")]
    [InlineData("TOKEN_URL")]
    [InlineData("SecretName")]
    [InlineData("KeyVaultSecretName")]
    [InlineData("PasswordMinLength")]
    [InlineData("MinPasswordLength")]
    [InlineData("IsPasswordSet")]
    [InlineData("password_file")]
    [InlineData("PASSWORD_FILE")]
    [InlineData("MYSQL_ROOT_PASSWORD_FILE")]
    [InlineData("ENABLE_PASSWORD_AUTH")]
    [InlineData("PASSWORD_REQUIRED")]
    [InlineData("TOKEN_TYPE")]
    [InlineData("MYSQL_ALLOW_EMPTY_PASSWORD")]
    [InlineData("MYSQL_RANDOM_ROOT_PASSWORD")]
    [InlineData("GOOGLE_APPLICATION_CREDENTIALS_PATH")]
    [InlineData("credential.helper")]
    [InlineData("TokenLifetime")]
    [InlineData("ClientSecretExpiry")]
    [InlineData("SecretVersion")]
    [InlineData("SECRETS_DIR")]
    [InlineData("cancellationToken")]
    [InlineData("ContinuationToken")]
    [InlineData("nextPageToken")]
    [InlineData("SyntaxToken")]
    [InlineData("PassThrough")]
    [InlineData("PASS_THROUGH")]
    [InlineData("PasswordValidator")]
    [InlineData("TokenValidationParameters")]
    // ordinary names
    [InlineData("NODE_VERSION")]
    [InlineData("YARN_VERSION")]
    [InlineData("PYTHON_SHA256")]
    [InlineData("KEEPASSXC_VERSION")]
    [InlineData("DOCKER_AUTH_VERSION")]
    [InlineData("OAUTH2_PROXY_VERSION")]
    [InlineData("UserName")]
    [InlineData("")]
    [InlineData("pw")]
    public void Other_names_do_not_match(string name)
    {
        Assert.False(CredentialNames.Default.Match(name).IsMatch, name);
    }

    [Fact]
    public void Null_is_not_a_credential_name()
    {
        Assert.False(CredentialNames.Default.IsCredentialName(null));
    }

    [Theory]
    [InlineData("DbPassword", new[] { "Db", "Password" })]
    [InlineData("APIKey", new[] { "API", "Key" })]
    [InlineData("api_key-v2.value:x y", new[] { "api", "key", "v", "2", "value", "x", "y" })]
    [InlineData("Password2Hash", new[] { "Password", "2", "Hash" })]
    [InlineData("MYSQL_ROOT_PASSWORD", new[] { "MYSQL", "ROOT", "PASSWORD" })]
    public void Names_split_into_words(string name, string[] words)
    {
        Assert.Equal(words, CredentialNames.SplitWords(name));
    }

    [Fact]
    public void Configured_names_extend_the_vocabulary()
    {
        var names = CredentialNames.For(new ContainerGuardConfiguration(secretNames: new[] { "pin", "signing key", "VENDOR_CODE" }));

        Assert.Equal("pin", names.Match("CardPin").Word);
        Assert.Equal(CredentialCategory.Configured, names.Match("CARD_PIN").Category);
        Assert.Equal("signing key", names.Match("JwtSigningKey").Word);
        Assert.True(names.Match("VendorCode").IsMatch);
        Assert.True(names.Match("DbPassword").IsMatch);
        Assert.False(names.Match("Pinned").IsMatch);
        Assert.False(names.Match("PinLength").IsMatch);
        Assert.False(CredentialNames.Default.Match("CardPin").IsMatch);
    }

    [Fact]
    public void Default_configuration_shares_the_default_instance()
    {
        Assert.Same(CredentialNames.Default, CredentialNames.For(ContainerGuardConfiguration.Default));
    }
}
