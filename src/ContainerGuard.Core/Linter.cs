using System.Collections.Generic;
using ContainerGuard.Configuration;
using ContainerGuard.Dockerfile;
using ContainerGuard.Project;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;
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
            document = DockerfileParser.Parse(text);
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

            if (!enabled)
            {
                continue;
            }

            // Guarded here rather than through FindingCollector.Run: no delegate per rule and file, and the
            // rule's name (reflection) only when it failed.
            try
            {
                rule.Analyze(context);
            }
            catch (System.Exception ex) when (ex is not System.OutOfMemoryException)
            {
                collector.ReportRuleFailure(rule.GetType().Name, ex);
            }
        }

        return collector.Findings;
    }

    /// <summary>
    /// Lints a project's .NET SDK container properties (CG6xxx) as MSBuild evaluated them. The project file's text
    /// (and optionally its Directory.Build.props) is used only to point findings at where a property is written;
    /// a property not written there (an SDK default, a command-line value) is reported at the &lt;Project&gt; element.
    /// Projects that do not opt into SDK containers get nothing (see <see cref="ProjectOptIn"/>).
    /// </summary>
    public static IReadOnlyList<Finding> LintProjectContainerProperties(
        string projectPath,
        string projectFileText,
        ProjectContainerProperties properties,
        LintOptions options,
        string? directoryBuildPropsPath = null,
        string? directoryBuildPropsText = null)
        => LintProjectContainerProperties(projectPath, projectFileText, properties, options, ProjectRules.All, directoryBuildPropsPath, directoryBuildPropsText);

    public static IReadOnlyList<Finding> LintProjectContainerProperties(
        string projectPath,
        string projectFileText,
        ProjectContainerProperties properties,
        LintOptions options,
        IReadOnlyList<ProjectRule> rules,
        string? directoryBuildPropsPath = null,
        string? directoryBuildPropsText = null)
    {
        var locator = new PropertyLocator(projectPath, projectFileText ?? string.Empty, directoryBuildPropsPath, directoryBuildPropsText);
        if (!properties.IsAspNetCore && locator.Project.IsAspNetCore)
        {
            // The caller did not say; the project file's Sdk or FrameworkReference does.
            properties = properties with { IsAspNetCore = true };
        }

        return LintProject(locator, properties, options, rules, new List<Finding>());
    }

    /// <summary>
    /// Lints a project file without MSBuild (the CLI): reads the container properties literally
    /// (<see cref="ProjectFileReader"/>), honours CG ids in the file's own NoWarn, and reports malformed XML as CG9002.
    /// </summary>
    public static IReadOnlyList<Finding> LintProjectFile(string projectPath, string projectFileText, LintOptions options)
        => LintProjectFile(projectPath, projectFileText, options, null, null);

    /// <summary>
    /// As <see cref="LintProjectFile(string, string, LintOptions)"/>, reading the Directory.Build.props that MSBuild
    /// would import (the nearest one above the project; finding it is the caller's job) before the project file.
    /// </summary>
    public static IReadOnlyList<Finding> LintProjectFile(string projectPath, string projectFileText, LintOptions options, string? directoryBuildPropsPath, string? directoryBuildPropsText)
    {
        projectFileText ??= string.Empty;
        if (projectFileText.Length > MaxFileLength)
        {
            var collector = new FindingCollector(projectPath, new SourceText(string.Empty), options.Configuration);
            collector.Report(ToolRules.FileUnreadable, new TextSpan(0, 0), $"The file is larger than {MaxFileLength / (1024 * 1024)} MiB and was not checked.");
            return collector.Findings;
        }

        if (directoryBuildPropsText is not null && directoryBuildPropsText.Length > MaxFileLength)
        {
            directoryBuildPropsPath = directoryBuildPropsText = null;
        }

        var locator = new PropertyLocator(projectPath, projectFileText, directoryBuildPropsPath, directoryBuildPropsText);
        var values = ProjectFileReader.ReadValues(locator.Project, locator.Props);
        var properties = ProjectContainerProperties.FromLookup(name => values.TryGetValue(name, out var value) ? value : null, isAspNetCore: locator.Project.IsAspNetCore);
        if (values.TryGetValue("NoWarn", out var noWarn))
        {
            var disabled = ConfigurationOverrides.ParseNoWarn(noWarn);
            if (disabled.Count > 0)
            {
                options = options.WithConfiguration(new ContainerGuardConfiguration(disabledRules: disabled).OverrideOf(options.Configuration));
            }
        }

        var leading = new List<Finding>();
        if (locator.Project.Error is { } error)
        {
            var collector = new FindingCollector(projectPath, locator.Project.Text, options.Configuration);
            collector.Report(ToolRules.FileUnparsable, error.Span, $"Project file XML error: {error.Message}. Properties after this point were not read.");
            leading.AddRange(collector.Findings);
        }

        return LintProject(locator, properties, options, ProjectRules.All, leading);
    }

    private static IReadOnlyList<Finding> LintProject(PropertyLocator locator, ProjectContainerProperties properties, LintOptions options, IReadOnlyList<ProjectRule> rules, List<Finding> findings)
    {
        if (!ProjectOptIn.IsOptedIn(properties, locator))
        {
            return findings;
        }

        var collectors = new Dictionary<string, FindingCollector>(System.StringComparer.Ordinal);
        var projectCollector = new FindingCollector(locator.ProjectPath, locator.Project.Text, options.Configuration);
        collectors[locator.ProjectPath] = projectCollector;
        var context = new ProjectContext(properties, locator, options, collectors);
        foreach (var rule in rules)
        {
            bool enabled = false;
            foreach (var descriptor in rule.SupportedRules)
            {
                enabled |= projectCollector.IsEnabled(descriptor);
            }

            if (enabled)
            {
                projectCollector.Run(rule.GetType().Name, () => rule.Analyze(context));
            }
        }

        foreach (var collector in collectors.Values)
        {
            findings.AddRange(collector.Findings);
        }

        return findings;
    }
}
