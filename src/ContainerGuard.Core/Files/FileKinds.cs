using System;
using System.Collections.Generic;
using System.IO;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;

namespace ContainerGuard.Files;

/// <summary>Lints the text of one file of a kind (Core's rules; related files only through the request).</summary>
public delegate IReadOnlyList<Finding> KindLinter(LintRequest request, LintOptions options);

/// <summary>One row of <see cref="FileKinds"/>: how a kind is recognised, what it is called, and what lints it.</summary>
public sealed class FileKindInfo
{
    private readonly Func<string, bool> _matchesName;
    private readonly Func<string, bool>? _matchesStart;

    internal FileKindInfo(FileKind kind, string displayName, Func<string, bool> matchesName, Func<string, bool>? matchesStart, KindLinter? linter, IReadOnlyList<RuleDescriptor> rules)
    {
        Kind = kind;
        DisplayName = displayName;
        _matchesName = matchesName;
        _matchesStart = matchesStart;
        Linter = linter;
        Rules = rules;
    }

    public FileKind Kind { get; }

    /// <summary>How messages name the kind: "Dockerfile", "project file", "Bicep file", "ARM template".</summary>
    public string DisplayName { get; }

    /// <summary>The kind's linter; null while the kind is recognised but has no rules yet (nothing is read then).</summary>
    public KindLinter? Linter { get; }

    /// <summary>The catalogue entries the kind's rules report (the catalogue lists them).</summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>
    /// True when the name alone does not decide (ARM templates are <c>*.json</c> with a deployment-template
    /// <c>$schema</c>): then <see cref="MatchesStart"/> must confirm it from the first
    /// <see cref="ArmTemplateSniffer.SniffLength"/> characters.
    /// </summary>
    public bool NeedsStartOfFile => _matchesStart is not null;

    public bool MatchesName(string fileName) => _matchesName(fileName);

    /// <summary>Confirms a name match from the start of the file; always true for kinds decided by name.</summary>
    public bool MatchesStart(string start) => _matchesStart is null || _matchesStart(start);
}

/// <summary>
/// The one place that knows the kinds of file: a row per kind (name rules, content sniff, linter, rules). The CLI's
/// discovery, the MSBuild task, <c>containerguard rules</c> and the catalogue all read it. Adding a kind is one row
/// here and its linter.
/// </summary>
public static class FileKinds
{
    public static readonly FileKindInfo Dockerfile = new(
        FileKind.Dockerfile,
        "Dockerfile",
        DockerfileNames.IsDockerfileName,
        matchesStart: null,
        KindLinters.Dockerfile,
        ContainerGuard.Dockerfile.DockerfileRuleDescriptors.All);

    public static readonly FileKindInfo ProjectFile = new(
        FileKind.ProjectFile,
        "project file",
        name => HasExtension(name, ".csproj") || HasExtension(name, ".fsproj") || HasExtension(name, ".vbproj"),
        matchesStart: null,
        KindLinters.ProjectFile,
        Project.ProjectRuleDescriptors.All);

    // Bicep and ARM templates are recognised (discovery, messages) but have no linter yet: their rows gain one when
    // the template rules land (linter: the Bicep/ARM entry point; rules: the CG5xxx descriptors).
    public static readonly FileKindInfo Bicep = new(
        FileKind.Bicep,
        "Bicep file",
        name => HasExtension(name, ".bicep"),
        matchesStart: null,
        linter: null,
        Array.Empty<RuleDescriptor>());

    public static readonly FileKindInfo ArmTemplate = new(
        FileKind.ArmTemplate,
        "ARM template",
        name => HasExtension(name, ".json") && !name.Equals(Configuration.ConfigurationLoader.FileName, StringComparison.OrdinalIgnoreCase),
        ArmTemplateSniffer.IsDeploymentTemplate,
        linter: null,
        Array.Empty<RuleDescriptor>());

    /// <summary>Every kind, in the order classification tries them.</summary>
    public static IReadOnlyList<FileKindInfo> All { get; } = new[] { Dockerfile, ProjectFile, Bicep, ArmTemplate };

    public static FileKindInfo Get(FileKind kind)
    {
        foreach (var info in All)
        {
            if (info.Kind == kind)
            {
                return info;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(kind));
    }

    /// <summary>
    /// The kind a file's name suggests (file name or path; the folder is ignored); null for files ContainerGuard does
    /// not look at. A kind with <see cref="FileKindInfo.NeedsStartOfFile"/> is only a candidate until confirmed.
    /// </summary>
    public static FileKindInfo? ByName(string pathOrName)
    {
        string name = FileName(pathOrName);
        foreach (var info in All)
        {
            if (info.MatchesName(name))
            {
                return info;
            }
        }

        return null;
    }

    /// <summary>
    /// The kind of a file from its name and, where the name does not decide, the start of its text
    /// (<paramref name="readStart"/> is called only then). Null for any other file.
    /// </summary>
    public static FileKindInfo? Classify(string pathOrName, Func<string?> readStart)
    {
        var candidate = ByName(pathOrName);
        if (candidate is null || !candidate.NeedsStartOfFile)
        {
            return candidate;
        }

        string? start = readStart();
        return start is not null && candidate.MatchesStart(start) ? candidate : null;
    }

    /// <summary>"Dockerfiles, project files, Bicep files and ARM templates" (the kinds with or without linters).</summary>
    public static string DescribeAll(bool withLinterOnly = false)
    {
        var names = new List<string>();
        foreach (var info in All)
        {
            if (!withLinterOnly || info.Linter is not null)
            {
                names.Add(Plural(info.DisplayName));
            }
        }

        return names.Count switch
        {
            0 => string.Empty,
            1 => names[0],
            _ => string.Join(", ", names.GetRange(0, names.Count - 1)) + " and " + names[names.Count - 1],
        };
    }

    private static string Plural(string name) => name + "s";

    private static bool HasExtension(string name, string extension)
        => name.Length > extension.Length && name.EndsWith(extension, StringComparison.OrdinalIgnoreCase);

    private static string FileName(string pathOrName) => Path.GetFileName(pathOrName);
}
