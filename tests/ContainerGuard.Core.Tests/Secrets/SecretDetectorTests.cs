using ContainerGuard.Secrets;
using ContainerGuard.Tests.Infrastructure;
using static ContainerGuard.Tests.Secrets.FakeSecrets;

namespace ContainerGuard.Tests.Secrets;

public class SecretDetectorTests
{
    /// <summary>Each case: the kind expected and the text with the secret part marked [|…|].</summary>
    public static readonly Dictionary<string, (SecretKind Kind, string Markup)> FiringCases = new()
    {
        ["sql password"] = (SecretKind.ConnectionStringPassword, "Server=db;Database=orders;User Id=sa;Password=[|S3cr3t!x|];"),
        ["sql pwd last"] = (SecretKind.ConnectionStringPassword, "Server=db;Uid=sa;Pwd=[|Pa55w0rd-long|]"),
        ["password first"] = (SecretKind.ConnectionStringPassword, "Password=[|S3cr3t!x|];Server=db"),
        ["password spaces"] = (SecretKind.ConnectionStringPassword, "Server=db; Password = [|S3cr3t!x|] ;Database=x"),
        ["odbc braces"] = (SecretKind.ConnectionStringPassword, "Driver={ODBC Driver 18};Server=db;PWD={[|p;ss w0rd|]};"),
        ["quoted value"] = (SecretKind.ConnectionStringPassword, "Host=db;Password='[|S3;cr3t|]';"),
        ["storage account key"] = (SecretKind.ConnectionStringAccountKey, "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=[|" + StorageKey + "|];EndpointSuffix=core.windows.net"),
        ["short account key"] = (SecretKind.ConnectionStringAccountKey, "AccountName=acct;AccountKey=[|c2VjcmV0a2V5|]"),
        ["service bus key"] = (SecretKind.ConnectionStringSharedAccessKey, "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=[|" + Repeat("k3Y+", 11) + "=|]"),
        ["sas url"] = (SecretKind.SharedAccessSignature, "https://acct.blob.core.windows.net/c/b.txt?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01T00:00:00Z&sig=[|" + SasSignature + "|]"),
        ["sas connection string"] = (SecretKind.SharedAccessSignature, "BlobEndpoint=https://a.blob.core.windows.net/;SharedAccessSignature=sv=2022-11-02&sp=r&sig=[|" + SasSignature + "|]"),
        ["uri password"] = (SecretKind.UriPassword, "postgres://app:[|S3cr3t!x|]@db.internal:5432/orders"),
        ["uri password at sign"] = (SecretKind.UriPassword, "amqp://guest:[|p@ssw0rd|]@rabbit/vhost"),
        ["uri oauth basic"] = (SecretKind.UriPassword, "https://[|" + Repeat("f00dBeef", 5) + "|]:x-oauth-basic@github.com/org/repo.git"),
        ["pem"] = (SecretKind.PrivateKey, "key: [|-----BEGIN RSA PRIVATE KEY-----\n" + PemBody + "\n" + PemBody + "\n-----END RSA PRIVATE KEY-----|]\n"),
        ["pem openssh no end"] = (SecretKind.PrivateKey, "[|-----BEGIN OPENSSH PRIVATE KEY-----\n" + PemBody + PemBody + "|]"),
        ["jwt"] = (SecretKind.JsonWebToken, "token=[|" + Jwt() + "|]&x=1"),
        ["storage key alone"] = (SecretKind.StorageAccountKey, "key: [|" + StorageKey + "|]"),
        ["github classic"] = (SecretKind.GitHubToken, "export GH=[|" + GitHubClassic + "|]"),
        ["github oauth"] = (SecretKind.GitHubToken, "[|" + GitHubOAuth + "|]"),
        ["github fine grained"] = (SecretKind.GitHubToken, "'[|" + GitHubFineGrained + "|]'"),
        ["github in url"] = (SecretKind.GitHubToken, "https://x-access-token:[|" + GitHubClassic + "|]@github.com/org/repo.git"),
        ["gitlab"] = (SecretKind.GitLabToken, "PRIVATE-TOKEN: [|" + GitLab + "|]"),
        ["npm"] = (SecretKind.NpmToken, "//registry.npmjs.org/:_authToken=[|" + Npm + "|]"),
        ["docker hub"] = (SecretKind.DockerHubToken, "[|" + DockerHub + "|]"),
        ["slack"] = (SecretKind.SlackToken, "SLACK=[|" + Slack + "|]"),
        ["aws key id"] = (SecretKind.AwsAccessKeyId, "aws_access_key_id = [|" + AwsKeyId + "|]"),
        ["aws secret"] = (SecretKind.AwsSecretAccessKey, "aws_secret_access_key = [|" + AwsSecret + "|]"),
        ["aws secret json"] = (SecretKind.AwsSecretAccessKey, "{\"SecretAccessKey\": \"[|" + AwsSecret + "|]\"}"),
        ["google"] = (SecretKind.GoogleApiKey, "key=[|" + Google + "|]"),
        ["azure client secret"] = (SecretKind.AzureClientSecret, "\"clientSecret\": \"[|" + AzureClientSecret + "|]\""),
        ["stripe"] = (SecretKind.StripeLiveKey, "[|" + Stripe + "|]"),
        ["sendgrid"] = (SecretKind.SendGridApiKey, "[|" + SendGrid + "|]"),
        ["basic"] = (SecretKind.BasicAuthorization, "Authorization: Basic [|" + BasicCredentials + "|]"),
        ["bearer"] = (SecretKind.BearerToken, "Authorization: Bearer [|" + Repeat("q9Wt", 6) + "|]"),
        ["bearer jwt"] = (SecretKind.JsonWebToken, "Authorization: Bearer [|" + Jwt() + "|]"),
    };

    public static TheoryData<string> FiringCaseNames => new(FiringCases.Keys);

    [Theory]
    [MemberData(nameof(FiringCaseNames))]
    public void Known_formats_are_found_with_the_span_of_the_secret_part(string caseName)
    {
        var (kind, markup) = FiringCases[caseName];
        var parsed = Markup.Parse(markup);

        var matches = SecretDetector.Analyze(parsed.Text);

        var match = Assert.Single(matches);
        Assert.Equal(kind, match.Kind);
        Assert.Equal((parsed.Spans[0].Start, parsed.Spans[0].Length), (match.Start, match.Length));
        Assert.True(SecretDetector.MightContainSecret(parsed.Text));
    }

    /// <summary>Lookalikes that must stay silent.</summary>
    public static readonly Dictionary<string, string> SilentCases = new()
    {
        ["plain text"] = "Hello, world! The quick brown fox jumps over the lazy dog.",
        ["sql query"] = "SELECT * FROM users WHERE password = @password AND id = @id",
        ["connection string integrated"] = "Server=db;Database=orders;Trusted_Connection=True;",
        ["connection string managed identity"] = "Server=tcp:db.database.windows.net;Authentication=Active Directory Managed Identity;Database=x",
        ["connection string variable"] = "Server=db;User Id=sa;Password=${DB_PASSWORD};",
        ["connection string format"] = "Server=db;User Id=sa;Password={0};",
        ["connection string placeholder"] = "Server=db;User Id=sa;Password=<your-password>;",
        ["connection string empty"] = "Server=db;User Id=sa;Password=;",
        ["password= without pairs"] = "password=hunter22",
        ["cli flag"] = "mysql --password=S3cr3t!x",
        ["development storage"] = "UseDevelopmentStorage=true",
        ["azurite key"] = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;",
        ["url without credentials"] = "https://example.com/path?query=1",
        ["url with user only"] = "ssh://git@github.com/org/repo.git",
        ["url with variable password"] = "https://user:${TOKEN}@example.com/",
        ["url with empty password"] = "ftp://anonymous:@ftp.example.com/",
        ["sig without sas parameters"] = "https://example.com/?sig=" + Repeat("abcd", 8),
        ["public key"] = "-----BEGIN PUBLIC KEY-----\n" + PemBody + PemBody + "\n-----END PUBLIC KEY-----",
        ["private key header only"] = "const string Header = \"-----BEGIN RSA PRIVATE KEY-----\";",
        ["certificate"] = "-----BEGIN CERTIFICATE-----\n" + PemBody + PemBody + "\n-----END CERTIFICATE-----",
        ["jwt without alg"] = JwtWithoutAlg(),
        ["eyJ word"] = "eyJhbGciOiJIUzI1NiJ9 alone",
        ["github too short"] = "gh" + "p_" + Repeat("a", 35),
        ["github too long"] = "gh" + "p_" + Repeat("a", 37),
        ["github inside word"] = "xgh" + "p_" + Repeat("a1B2", 9),
        ["github filler"] = "gh" + "p_" + Repeat("x", 36),
        ["gitlab short"] = "gl" + "pat-" + "abc123",
        ["npm short"] = "np" + "m_" + Repeat("a", 20),
        ["npm package name"] = "npm_config_cache=/tmp/npm",
        ["aws docs example"] = "AK" + "IAIOSFODNN7EXAMPLE",
        ["aws key id in word"] = "XAK" + "IA" + Repeat("Q7Z", 5) + "X",
        ["aws secret no context"] = "value = " + AwsSecret,
        ["google short"] = "AI" + "za" + "SyShort",
        ["stripe test key"] = "sk" + "_test_" + Repeat("4eC39Hq", 4),
        ["slack without digits"] = "xo" + "xb-" + Repeat("abc", 8),
        ["sha512 integrity"] = "sha512-" + StorageKey,
        ["storage key inside longer base64"] = "A" + StorageKey,
        ["lowercase base64 88"] = Repeat("abcd", 21) + "ab==",
        ["basic word"] = "Basic usage of the library goes here",
        ["basic not credentials"] = "Basic " + Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes("nocolonhere")),
        ["bearer placeholder"] = "Authorization: Bearer {token}",
        ["bearer variable"] = "Authorization: Bearer $TOKEN",
        ["bearer word"] = "Bearer authentication is used by this endpoint",
        ["client secret shape wrong length"] = "aB3" + "8Q~" + "short",
        ["guid"] = "d4f1c2a3-1b2c-4d5e-8f90-123456789abc",
        ["hex digest"] = "A035C8C19219BA821ECEA86B64E628F8D684696D",
        ["sha256"] = "sha256:" + Repeat("0123456789abcdef", 4),
        ["docker image"] = "mcr.microsoft.com/dotnet/aspnet:8.0@sha256:" + Repeat("0123456789abcdef", 4),
        ["short"] = "pwd=x;",
    };

    public static TheoryData<string> SilentCaseNames => new(SilentCases.Keys);

    [Theory]
    [MemberData(nameof(SilentCaseNames))]
    public void Lookalikes_are_silent(string caseName)
    {
        var matches = SecretDetector.Analyze(SilentCases[caseName]);
        Assert.True(matches.Count == 0, $"{caseName}: unexpected {string.Join(", ", matches.Select(m => m.ToString()))}");
    }

    [Theory]
    [InlineData("github classic", SecretConfidence.High)]
    [InlineData("sql password", SecretConfidence.High)]
    [InlineData("pem", SecretConfidence.High)]
    [InlineData("storage key alone", SecretConfidence.Medium)]
    [InlineData("azure client secret", SecretConfidence.Medium)]
    [InlineData("aws key id", SecretConfidence.Medium)]
    [InlineData("bearer", SecretConfidence.Low)]
    public void Confidence_reflects_how_distinctive_the_format_is(string caseName, SecretConfidence confidence)
    {
        var match = Assert.Single(SecretDetector.Analyze(Markup.Parse(FiringCases[caseName].Markup).Text));
        Assert.Equal(confidence, match.Confidence);
    }

    [Fact]
    public void Several_secrets_in_one_string_are_each_reported_in_order()
    {
        var parsed = Markup.Parse("a=[|" + GitHubClassic + "|] b=[|" + Npm + "|] c=postgres://u:[|pw12345678|]@h/");

        var matches = SecretDetector.Analyze(parsed.Text);

        Assert.Equal(new[] { SecretKind.GitHubToken, SecretKind.NpmToken, SecretKind.UriPassword }, matches.Select(m => m.Kind));
        Assert.Equal(parsed.Spans.Select(s => (s.Start, s.Length)), matches.Select(m => (m.Start, m.Length)));
    }

    /// <summary>Strings an application is full of. The detector must say "no" without doing any matching work.</summary>
    public static readonly string[] OrdinaryStrings =
    {
        "Hello, world!",
        "The order {0} was shipped on {1:d}.",
        "SELECT Id, Name FROM Customers WHERE Country = @country",
        "application/json; charset=utf-8",
        "/api/v1/orders/{id}/items",
        "yyyy-MM-ddTHH:mm:ss.fffZ",
        "Value cannot be null. (Parameter 'name')",
        "https-only",
        "Microsoft.Extensions.Logging",
        "C:\\Program Files\\dotnet\\dotnet.exe",
        "An error occurred while processing your request.",
        "ORDERS_SERVICE_URL",
        "x-ms-request-id",
        "The password must be at least 8 characters long.",
        "Enter your API key in the settings page.",
    };

    [Fact]
    public void Ordinary_strings_take_the_fast_path_and_allocate_no_result()
    {
        var empty = SecretDetector.Analyze("no secrets here at all");
        foreach (var text in OrdinaryStrings)
        {
            Assert.False(SecretDetector.MightContainSecret(text), text);
            Assert.Same(empty, SecretDetector.Analyze(text));
        }
    }

    [Fact]
    public void The_pre_check_never_hides_a_secret()
    {
        foreach (var (_, markup) in FiringCases.Values)
        {
            string text = Markup.Parse(markup).Text;
            Assert.True(SecretDetector.MightContainSecret(text));
        }

        foreach (var text in SilentCases.Values.Concat(OrdinaryStrings))
        {
            if (SecretDetector.Analyze(text).Count > 0)
            {
                Assert.True(SecretDetector.MightContainSecret(text));
            }
        }
    }

    [Fact]
    public void Short_and_null_strings_are_no()
    {
        Assert.Empty(SecretDetector.Analyze(null));
        Assert.Empty(SecretDetector.Analyze("ghp_1"));
        Assert.False(SecretDetector.MightContainSecret(null));
    }

    [Theory]
    [InlineData("-----BEGIN PRIVATE KEY-----")]
    [InlineData("Password=")]
    [InlineData(";Password={")]
    [InlineData("x://")]
    [InlineData("xoxb-")]
    [InlineData("eyJ")]
    [InlineData("==")]
    [InlineData("Basic ")]
    [InlineData("&sig=")]
    [InlineData("AIza-")]
    [InlineData("password=a ")]
    [InlineData("\"password\":")]
    [InlineData("\"k\": \"")]
    [InlineData("aws_secret_access_key=")]
    public void Pathological_repetitions_finish_quickly(string unit)
    {
        // Linear-time scanning: 200k characters of a repeated anchor must not take quadratic time
        // (quadratic would be minutes; the bound only catches that, not speed).
        string text = Repeat(unit, 200_000 / unit.Length);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        SecretDetector.Analyze(text);
        SecretDetector.MightContainSecret(text);
        SecretDetector.FindCredentialAssignments(text, CredentialNames.Default);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"{unit}: {watch.Elapsed}");
    }

    [Fact]
    public void Assignment_reports_a_plausible_value_of_a_credential_name()
    {
        var match = Assert.Single(SecretDetector.FindCredentialAssignments("DbPassword=S3cr3t!x", CredentialNames.Default));
        Assert.Equal(SecretKind.CredentialAssignment, match.Kind);
        Assert.Equal((11, 8), (match.Start, match.Length));
        Assert.Equal("credential-like name 'DbPassword'", match.Description);
    }

    [Fact]
    public void A_known_format_is_found_whatever_the_name()
    {
        Assert.Empty(SecretDetector.FindCredentialAssignments("Greeting=" + GitHubClassic, CredentialNames.Default));
        var match = Assert.Single(SecretDetector.Analyze("Greeting=" + GitHubClassic));
        Assert.Equal(SecretKind.GitHubToken, match.Kind);
    }

    [Theory]
    [InlineData("DbPassword=${DB_PASSWORD}")]
    [InlineData("DbPassword=changeme")]
    [InlineData("PasswordFile=S3cr3t!x")]
    [InlineData("Greeting=S3cr3t!x")]
    [InlineData("ConnectionString=\"Server=db;Database=x;Integrated Security=true\"")]
    [InlineData("ClientId=d4f1c2a3-1b2c-4d5e-8f90-123456789abc")]
    public void Assignment_is_silent_for_non_secrets(string text)
    {
        Assert.Empty(SecretDetector.FindCredentialAssignments(text, CredentialNames.Default));
        Assert.Empty(SecretDetector.Analyze(text));
    }

    [Theory]
    [InlineData("{\"password\": \"[|S3cr3t!x|]\", \"user\": \"app\"}", "password")]
    [InlineData("export GOOGLE_DEFAULT_CLIENT_SECRET=\"[|kdloedMFGdGla2P1|]\"\\nexport X=1", "GOOGLE_DEFAULT_CLIENT_SECRET")]
    [InlineData("--password=[|S3cr3t!x|] --user=app", "password")]
    [InlineData("a=1;DB_PASS='[|S3cr3t!x|]'", "DB_PASS")]
    public void Credential_assignments_in_text(string markup, string name)
    {
        var parsed = Markup.Parse(markup);
        var match = Assert.Single(SecretDetector.FindCredentialAssignments(parsed.Text, CredentialNames.Default));
        Assert.Equal(SecretKind.CredentialAssignment, match.Kind);
        Assert.Equal(name, match.Name);
        Assert.Equal((parsed.Spans[0].Start, parsed.Spans[0].Length), (match.Start, match.Length));
    }

    [Theory]
    [InlineData("s/password=.*/password=x/")]
    [InlineData("{\"passwordLength\": \"12\"}")]
    [InlineData("{\"password\": \"${PW}\"}")]
    [InlineData("PASSWORD_FILE=/run/secrets/pw")]
    [InlineData("DB_PASSWORD=$DB_PASSWORD")]
    [InlineData("password=changeme")]
    [InlineData("token_type=bearer")]
    public void Non_secret_assignments_in_text(string text)
    {
        Assert.Empty(SecretDetector.FindCredentialAssignments(text, CredentialNames.Default));
    }

    [Fact]
    public void Match_descriptions_never_contain_the_value()
    {
        foreach (var (_, markup) in FiringCases.Values)
        {
            string text = Markup.Parse(markup).Text;
            foreach (var match in SecretDetector.Analyze(text))
            {
                string secret = text.Substring(match.Start, match.Length);
                Assert.False(match.Description.Contains(secret, StringComparison.Ordinal), match.Kind + ": description contains the value");
                Assert.False(match.ToString().Contains(secret, StringComparison.Ordinal), match.Kind + ": ToString contains the value");
            }
        }
    }
}
