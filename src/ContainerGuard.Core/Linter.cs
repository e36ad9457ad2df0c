using System;
using System.Collections.Generic;
using ContainerGuard.Catalog;
using ContainerGuard.Configuration;
using ContainerGuard.Dockerfile;
using ContainerGuard.Files;
using ContainerGuard.Findings;
using ContainerGuard.Project;
using ContainerGuard.Text;

namespace ContainerGuard;

/// <summary>
/// The one entry point the task and the CLI call: a file's kind and text in, findings out. No file system access
/// (related files come through <see cref="LintRequest.ReadRelated"/>). The policies every surface shares live here:
/// the size limit, binary files, files that cannot be read, and a linter that fails.
/// </summary>
public static class Linter
{
    /// <summary>The default size limit per file (<c>maxFileSizeMiB</c> in containerguard.json changes it).</summary>
    public const int DefaultMaxFileSizeMiB = 8;

    /// <summary>The default limit in bytes: anything bigger is reported as CG9001 rather than risk a hang.</summary>
    public const int MaxFileLength = DefaultMaxFileSizeMiB * 1024 * 1024;

    /// <summary>
    /// Lints one file of <paramref name="kind"/>. A kind without a linter yet gives no findings; text over the size
    /// limit or with NUL characters gives one CG9001; a linter that throws gives one CG9004. Never throws.
    /// </summary>
    public static IReadOnlyList<Finding> Lint(FileKind kind, LintRequest request, LintOptions options)
    {
        var linter = FileKinds.Get(kind).Linter;
        return linter is null ? Array.Empty<Finding>() : Lint(kind, request, options, linter);
    }

    /// <summary>As <see cref="Lint(FileKind, LintRequest, LintOptions)"/> with the caller's linter for the kind (hosts' tests).</summary>
    public static IReadOnlyList<Finding> Lint(FileKind kind, LintRequest request, LintOptions options, KindLinter linter)
    {

        if (request.Text.Length > options.MaxFileBytes)
        {
            // Callers compare the byte length before reading; this catches text handed over directly.
            return FileProblems.TooLarge(request.Path, request.Text.Length, options);
        }

        if (request.Text.IndexOf('\0') >= 0)
        {
            return FileProblems.NotText(request.Path, options);
        }

        try
        {
            return linter(request, options);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Rules are guarded one by one; this is the parser or the engine. Only the type: the text could quote the file.
            return FileProblems.Failed(request.Path, FileKinds.Get(kind).DisplayName, ex, options);
        }
    }

    public static IReadOnlyList<Finding> LintDockerfile(string path, string content, LintOptions options)
        => LintDockerfile(path, content, options, DockerfileRules.All);

    /// <summary>Lints a Dockerfile with the given rules only (tests and benchmarks pick rules).</summary>
    public static IReadOnlyList<Finding> LintDockerfile(string path, string content, LintOptions options, IReadOnlyList<DockerfileRule> rules)
    {
        var text = new SourceText(content);
        var collector = new FindingCollector(path, text, options.Configuration);
        if (content.Length > options.MaxFileBytes)
        {
            return FileProblems.TooLarge(path, content.Length, options);
        }

        DockerfileDocument document;
        try
        {
            document = DockerfileParser.Parse(text);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
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
        RunRules(rules, rule => rule.SupportedRules, rule => rule.Analyze(context), collector);
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
    /// would import (the nearest one above the project) before the project file.
    /// </summary>
    public static IReadOnlyList<Finding> LintProjectFile(string projectPath, string projectFileText, LintOptions options, string? directoryBuildPropsPath, string? directoryBuildPropsText)
    {
        projectFileText ??= string.Empty;
        if (projectFileText.Length > options.MaxFileBytes)
        {
            return FileProblems.TooLarge(projectPath, projectFileText.Length, options);
        }

        if (directoryBuildPropsText is not null && directoryBuildPropsText.Length > options.MaxFileBytes)
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

        var collectors = new Dictionary<string, FindingCollector>(StringComparer.Ordinal);
        var projectCollector = new FindingCollector(locator.ProjectPath, locator.Project.Text, options.Configuration);
        collectors[locator.ProjectPath] = projectCollector;
        var context = new ProjectContext(properties, locator, options, collectors);
        RunRules(rules, rule => rule.SupportedRules, rule => rule.Analyze(context), projectCollector);

        foreach (var collector in collectors.Values)
        {
            findings.AddRange(collector.Findings);
        }

        return findings;
    }

    /// <summary>
    /// Runs each rule that has an enabled id, guarded: a rule that throws becomes one CG9004 naming it (by type, only
    /// when it failed) and the others still run. The one rule loop of every kind.
    /// </summary>
    private static void RunRules<TRule>(IReadOnlyList<TRule> rules, Func<TRule, IReadOnlyList<RuleDescriptor>> supportedRules, Action<TRule> analyze, FindingCollector collector)
        where TRule : class
    {
        // Indexed loops: a foreach over these interfaces allocates an enumerator per rule and file.
        for (int r = 0; r < rules.Count; r++)
        {
            var rule = rules[r];
            bool enabled = false;
            var descriptors = supportedRules(rule);
            for (int d = 0; d < descriptors.Count; d++)
            {
                enabled |= collector.IsEnabled(descriptors[d]);
            }

            if (!enabled)
            {
                continue;
            }

            try
            {
                analyze(rule);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                collector.ReportRuleFailure(rule.GetType().Name, ex);
            }
        }
    }
}
