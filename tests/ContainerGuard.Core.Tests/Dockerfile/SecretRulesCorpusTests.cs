using ContainerGuard.Dockerfile;
using ContainerGuard.Dockerfile.Rules;
using ContainerGuard.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ContainerGuard.Tests.Dockerfile;

/// <summary>
/// The secret rules over the real Dockerfiles of the corpus. Every hit was reviewed by hand; the list below
/// is the expected result (file, line, rule), so a change in behaviour on real files shows up here.
/// Output lists positions only, never values.
/// </summary>
public class SecretRulesCorpusTests
{
    private static readonly DockerfileRule[] SecretRules =
    {
        new CG4040SecretInEnvOrArgRule(), new CG4041SecretInRunRule(), new CG4042SecretInBuildArgRule(), new CG4043SecretPersistedInEnvRule(),
    };

    private readonly ITestOutputHelper _output;

    public SecretRulesCorpusTests(ITestOutputHelper output) => _output = output;

    [SkippableFact]
    public void Secret_rules_on_the_corpus_find_exactly_the_reviewed_hits()
    {
        string? folder = Corpus.Folder("dockerfiles");
        Skip.If(folder is null, Corpus.MissingMessage);

        var hits = new List<string>();
        int files = 0;
        foreach (string path in Directory.EnumerateFiles(folder!, "*", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            string relative = Path.GetRelativePath(folder!, path).Replace('\\', '/');
            if (relative.StartsWith("LICENSES/", StringComparison.Ordinal) || relative == "SOURCES.tsv" || relative == "README.md")
            {
                continue;
            }

            files++;
            foreach (var finding in Linter.LintDockerfile(relative, File.ReadAllText(path), DockerfileVerifier.Options(), SecretRules))
            {
                if (finding.RuleId.StartsWith("CG404", StringComparison.Ordinal) || finding.RuleId == "CG9004")
                {
                    hits.Add($"{finding.RuleId} {relative}:{finding.Span.Start.Line}");
                }
            }
        }

        foreach (var group in hits.GroupBy(h => h.Substring(0, 6)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            _output.WriteLine($"{group.Key}: {group.Count()}");
        }

        foreach (var hit in hits)
        {
            _output.WriteLine(hit);
        }

        Assert.True(files > 0, "the corpus folder has no Dockerfiles");
        Assert.DoesNotContain(hits, h => h.StartsWith("CG9004", StringComparison.Ordinal));
        Assert.Equal(ReviewedHits.OrderBy(h => h, StringComparer.Ordinal), hits.OrderBy(h => h, StringComparer.Ordinal));
    }

    private static readonly string[] ReviewedHits =
    {
        // echo -e 'export GOOGLE_API_KEY="AIza…"\n…export GOOGLE_DEFAULT_CLIENT_SECRET="…"' > /etc/chromium.d/googleapikeys:
        // a Google API key and an OAuth client secret written into the image (two findings on one line).
        "CG4041 jessfraz__dockerfiles/chromium/Dockerfile:42",
        "CG4041 jessfraz__dockerfiles/chromium/Dockerfile:42",
        // ENV LDAP_ROOTPASS=fsociety: a default LDAP admin password baked into the image.
        "CG4040 jessfraz__dockerfiles/slapd/Dockerfile:38",
        // ENV LICENSE_KEY <16 chars>: a MaxMind license key, used in download URLs below.
        "CG4040 jessfraz__dockerfiles/telize/Dockerfile:8",
    };
}
