using ContainerGuard.Cli.Scanning;
using ContainerGuard.Files;
using ContainerGuard.Dockerfile;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;
using ContainerGuard.Text;

namespace ContainerGuard.Tests.Infrastructure;

/// <summary>
/// A stand-in Dockerfile linter with obvious behaviour, so CLI tests do not depend on what the real rules
/// decide: every <c>FROM image</c> line reports CG4001 (warning) on the image, or CG4003 when approved
/// registries are configured and the image's host is not one of them; a line <c>INFO</c> reports CG4011 (info);
/// a line <c>ERROR</c> reports CG4040 (error). Severities go through the configuration like real findings.
/// </summary>
public static class MarkerLinter
{
    public static readonly FileLinterSet Set = FileLinterSet.Default.With(FileKind.Dockerfile, Lint);

    public static IReadOnlyList<Finding> Lint(string path, string content, LintOptions options)
    {
        var text = new SourceText(content);
        var collector = new FindingCollector(path, text, options.Configuration);
        for (int line = 0; line < text.LineCount; line++)
        {
            int start = text.GetLineStart(line);
            string lineText = text.GetText(TextSpan.FromBounds(start, text.GetLineEnd(line)));
            if (lineText.StartsWith("FROM ", StringComparison.Ordinal))
            {
                string image = lineText.Substring(5).Trim();
                var span = new TextSpan(start + 5, image.Length);
                var approved = options.Configuration.ApprovedRegistries;
                if (approved.Count > 0)
                {
                    string host = image.Contains('/') ? image.Substring(0, image.IndexOf('/')) : "docker.io";
                    if (!approved.Contains(host, StringComparer.OrdinalIgnoreCase))
                    {
                        collector.Report(DockerfileRuleDescriptors.RegistryNotApproved, span, $"Registry '{host}' is not approved.");
                    }
                }
                else
                {
                    collector.Report(DockerfileRuleDescriptors.ImageFromDockerHub, span, $"Image '{image}' comes from Docker Hub.");
                }
            }
            else if (lineText == "INFO")
            {
                collector.Report(DockerfileRuleDescriptors.MissingDigest, new TextSpan(start, 4), "An info finding.");
            }
            else if (lineText == "ERROR")
            {
                collector.Report(DockerfileRuleDescriptors.SecretInEnvOrArg, new TextSpan(start, 5), "An error finding.");
            }
        }

        return collector.Findings;
    }
}
