using System;
using System.Collections.Generic;
using System.IO;
using ContainerGuard.Findings;
using ContainerGuard.Project;

namespace ContainerGuard.Files;

/// <summary>The linters of the rows of <see cref="FileKinds"/>: each adapts a <see cref="LintRequest"/> to its kind's engine.</summary>
internal static class KindLinters
{
    /// <summary>The MSBuild property that names the Directory.Build.props MSBuild imported (the task passes it).</summary>
    public const string DirectoryBuildPropsPathProperty = "DirectoryBuildPropsPath";

    public const string DirectoryBuildPropsFileName = "Directory.Build.props";

    public static IReadOnlyList<Finding> Dockerfile(LintRequest request, LintOptions options)
        => Linter.LintDockerfile(request.Path, request.Text, options);

    /// <summary>
    /// In a build, the properties MSBuild evaluated (with the Directory.Build.props it imported); elsewhere the project
    /// file read literally, with the nearest Directory.Build.props above it (asked of the host, as MSBuild finds it).
    /// </summary>
    public static IReadOnlyList<Finding> ProjectFile(LintRequest request, LintOptions options)
    {
        if (request.MSBuildProperties is { } evaluated)
        {
            var properties = ProjectContainerProperties.FromLookup(name => evaluated.TryGetValue(name, out var value) ? value : null);
            if (request.MSBuildItems is { } items)
            {
                // What MSBuild evaluated, not what the files say (none given: none there).
                var variables = new List<ContainerEnvironmentVariable>();
                if (items.TryGetValue(ContainerEnvironmentVariables.ItemType, out var evaluatedItems))
                {
                    foreach (var item in evaluatedItems)
                    {
                        variables.Add(new ContainerEnvironmentVariable(item.Spec, item.Get(ContainerEnvironmentVariables.ValueMetadata)));
                    }
                }

                properties = properties with { EnvironmentVariables = variables };
            }

            string? propsPath = evaluated.TryGetValue(DirectoryBuildPropsPathProperty, out var given) && !string.IsNullOrWhiteSpace(given) ? given!.Trim() : null;
            string? propsText = propsPath is null ? null : request.TryReadRelated(propsPath, options.MaxFileBytes);
            return Linter.LintProjectContainerProperties(request.Path, request.Text, properties, options, propsText is null ? null : propsPath, propsText);
        }

        var (foundPath, foundText) = FindDirectoryBuildProps(request, options);
        return Linter.LintProjectFile(request.Path, request.Text, options, foundPath, foundText);
    }

    private static (string? Path, string? Text) FindDirectoryBuildProps(LintRequest request, LintOptions options)
    {
        if (request.ReadRelated is null)
        {
            return (null, null);
        }

        string? directory;
        try
        {
            directory = Path.GetDirectoryName(request.FullPath);
        }
        catch (ArgumentException)
        {
            return (null, null);
        }

        // MSBuild imports the first Directory.Build.props found walking up from the project's folder.
        while (!string.IsNullOrEmpty(directory))
        {
            string candidate = Path.Combine(directory, DirectoryBuildPropsFileName);
            string? text = request.TryReadRelated(candidate, options.MaxFileBytes);
            if (text is not null)
            {
                return (candidate, text);
            }

            directory = Path.GetDirectoryName(directory);
        }

        return (null, null);
    }
}
