using System.Collections.Generic;
using ContainerGuard.Dockerfile;
using ContainerGuard.Rules;
using ContainerGuard.Text;

namespace ContainerGuard;

/// <summary>The one entry point the task and the CLI call: text in, findings out. No file system access.</summary>
public static class Linter
{
    /// <summary>Largest file we lint; anything bigger is reported as CG9001 rather than risk a hang.</summary>
    public const int MaxFileLength = 8 * 1024 * 1024;

    public static IReadOnlyList<Finding> LintDockerfile(string path, string content, LintOptions options)
        => LintDockerfile(path, content, options, DockerfileRules.All);

    public static IReadOnlyList<Finding> LintDockerfile(string path, string content, LintOptions options, IReadOnlyList<DockerfileRule> rules)
    {
        var text = new SourceText(content);
        var collector = new FindingCollector(path, text, options.Configuration);
        if (content.Length > MaxFileLength)
        {
            collector.Report(ToolRules.FileUnreadable, new TextSpan(0, 0), $"The file is larger than {MaxFileLength / (1024 * 1024)} MiB and was not checked.");
            return collector.Findings;
        }

        DockerfileDocument document;
        try
        {
            document = DockerfileParser.Parse(content);
        }
        catch (System.Exception ex) when (ex is not System.OutOfMemoryException)
        {
            collector.Report(ToolRules.FileUnparsable, new TextSpan(0, 0), $"The Dockerfile parser failed ({ex.GetType().Name}); the file was not checked.");
            return collector.Findings;
        }

        if (document.Errors.Count > 0)
        {
            var error = document.Errors[0];
            string more = document.Errors.Count > 1 ? $" ({document.Errors.Count - 1} more)" : string.Empty;
            collector.Report(ToolRules.FileUnparsable, error.Span, $"Dockerfile syntax error: {error.Message}{more}.");
        }

        var context = new DockerfileContext(document, options, collector);
        foreach (var rule in rules)
        {
            bool enabled = false;
            foreach (var descriptor in rule.SupportedRules)
            {
                enabled |= collector.IsEnabled(descriptor);
            }

            if (enabled)
            {
                collector.Run(rule.GetType().Name, () => rule.Analyze(context));
            }
        }

        return collector.Findings;
    }
}
