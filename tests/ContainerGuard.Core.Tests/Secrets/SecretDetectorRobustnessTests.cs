using ContainerGuard.Secrets;
using ContainerGuard.Tests.Infrastructure;

namespace ContainerGuard.Tests.Secrets;

/// <summary>Random text built from the characters and fragments the scanners react to: nothing throws, spans stay in range.</summary>
public class SecretDetectorRobustnessTests
{
    private static readonly string[] Fragments =
    {
        "=", "==", ":", "//", "://", "@", ";", "\"", "'", "{", "}", "$", "${", "$(", "\\n", "\n", " ", "-", "-----BEGIN ", "PRIVATE KEY-----",
        "-----END", "eyJ", ".", "ghp_", "github_pat_", "npm_", "dckr_pat_", "xoxb-", "AKIA", "AIza", "sk_live_", "SG.", "Basic ", "Bearer ",
        "8Q~", "Password=", "Pwd=", "AccountKey=", "SharedAccessKey=", "SharedAccessSignature=", "&sig=", "?sv=", "aws_secret_access_key=",
        "\"password\": \"", "\"auth\":\"", "DB_PASSWORD=", "--password=", "a", "Z", "0", "9", "+", "/", "_", "%", "~", "x", "\u00e9", "\ud83d",
    };

    [Fact]
    public void Random_anchor_soup_never_throws_and_spans_stay_in_range()
    {
        var random = new Random(4040);
        var names = new CredentialNames(new[] { "pin", "signing key" });
        for (int round = 0; round < 3000; round++)
        {
            var builder = new System.Text.StringBuilder();
            int parts = random.Next(1, 60);
            for (int p = 0; p < parts; p++)
            {
                builder.Append(Fragments[random.Next(Fragments.Length)]);
                if (random.Next(4) == 0)
                {
                    builder.Append(FakeSecrets.Repeat("aB3", random.Next(1, 40)));
                }
            }

            string text = builder.ToString();
            var found = SecretDetector.Analyze(text);
            foreach (var match in found.Concat(SecretDetector.FindCredentialAssignments(text, names)))
            {
                Assert.InRange(match.Start, 0, text.Length);
                Assert.InRange(match.End, match.Start + 1, text.Length);
                Assert.NotEmpty(SecretRedactor.Redact(text, match.Start, match.Length));
            }

            if (found.Count > 0)
            {
                Assert.True(SecretDetector.MightContainSecret(text), "Analyze found a secret the pre-check missed");
            }

            SecretValueClassifier.Classify(text, names.Match("DbPassword"));
            names.Match(text);
        }
    }

    [Fact]
    public void Random_dockerfiles_with_secret_shapes_never_make_a_secret_rule_fail()
    {
        var random = new Random(4041);
        string[] lines =
        {
            "FROM alpine:3.20", "ENV DB_PASSWORD=", "ENV ", "ARG ", "ARG NPM_TOKEN", "RUN echo '", "RUN mysql -p", "| chpasswd", " \\\n",
            "RUN <<EOF\n", "EOF\n", "LABEL x=", "ONBUILD ", "CMD [\"", "\", \"", "\"]", "curl -u a:", "htpasswd -b ", "docker login -p ",
            "openssl -passin ", "pass:", "$X", "${Y}", "\"", "'", "=", "\n",
        };
        for (int round = 0; round < 500; round++)
        {
            var builder = new System.Text.StringBuilder();
            int parts = random.Next(1, 80);
            for (int p = 0; p < parts; p++)
            {
                builder.Append(lines[random.Next(lines.Length)]);
                if (random.Next(3) == 0)
                {
                    builder.Append(random.Next(2) == 0 ? "S3cret99x" : FakeSecrets.GitHubClassic);
                }
            }

            var findings = DockerfileVerifier.Lint(builder.ToString());
            Assert.DoesNotContain(findings, f => f.RuleId == "CG9004");
        }
    }
}
