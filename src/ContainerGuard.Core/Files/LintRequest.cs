using System;
using System.Collections.Generic;

namespace ContainerGuard.Files;

/// <summary>
/// Answers a linter's question about another file than the one it lints (a Bicep <c>module</c>, the
/// <c>Directory.Build.props</c> above a project): the text of the file at <paramref name="fullPath"/>, or null when there
/// is none or it cannot be read. Core never touches the file system; the host does, through this.
/// </summary>
public delegate string? RelatedFileReader(string fullPath);

/// <summary>One file to lint: how to name it in findings, where it is, its text, and what the host knows besides.</summary>
public sealed class LintRequest
{
    /// <param name="path">The path findings name (the task: full; the CLI: relative to the working folder).</param>
    /// <param name="text">The file's text, decoded.</param>
    /// <param name="fullPath">Where the file is, to locate related files; <paramref name="path"/> when null.</param>
    /// <param name="readRelated">Reads a related file; null: related files are not looked at.</param>
    /// <param name="msbuildProperties">
    /// Properties as MSBuild evaluated them, when the host is a build (the project linter then lints what MSBuild
    /// resolved instead of reading the file literally); null elsewhere.
    /// </param>
    /// <param name="msbuildItems">Items as MSBuild evaluated them, by item type (a build host passes the types the linters read); null elsewhere.</param>
    public LintRequest(string path, string text, string? fullPath = null, RelatedFileReader? readRelated = null, IReadOnlyDictionary<string, string?>? msbuildProperties = null, IReadOnlyDictionary<string, IReadOnlyList<EvaluatedItem>>? msbuildItems = null)
    {
        MSBuildItems = msbuildItems;
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Text = text ?? string.Empty;
        FullPath = fullPath ?? path;
        ReadRelated = readRelated;
        MSBuildProperties = msbuildProperties;
    }

    public string Path { get; }

    public string Text { get; }

    public string FullPath { get; }

    public RelatedFileReader? ReadRelated { get; }

    public IReadOnlyDictionary<string, string?>? MSBuildProperties { get; }

    /// <summary>Items as MSBuild evaluated them, by item type; null when the host is not a build.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<EvaluatedItem>>? MSBuildItems { get; }

    /// <summary>The related file's text, or null (no reader, no file, unreadable, or over <paramref name="maxLength"/>).</summary>
    public string? TryReadRelated(string fullPath, long maxLength)
    {
        if (ReadRelated is null)
        {
            return null;
        }

        try
        {
            string? text = ReadRelated(fullPath);
            return text is null || text.Length > maxLength || text.IndexOf('\0') >= 0 ? null : text;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null;
        }
    }
}

/// <summary>An item as MSBuild evaluated it: its identity and metadata (an <c>ITaskItem</c> without MSBuild's types).</summary>
public sealed class EvaluatedItem
{
    public EvaluatedItem(string spec, IReadOnlyDictionary<string, string> metadata)
    {
        Spec = spec ?? string.Empty;
        Metadata = metadata ?? new Dictionary<string, string>();
    }

    public string Spec { get; }

    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>The metadata value, or null when it is not set or empty.</summary>
    public string? Get(string name) => Metadata.TryGetValue(name, out string? value) && !string.IsNullOrEmpty(value) ? value : null;
}
