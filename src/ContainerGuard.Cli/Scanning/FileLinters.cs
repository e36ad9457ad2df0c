using System.Collections.Generic;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;

namespace ContainerGuard.Cli.Scanning;

/// <summary>Lints the text of one file of a kind. Implementations are Core calls; no I/O.</summary>
public delegate IReadOnlyList<Finding> FileLinter(string displayPath, string content, LintOptions options);

/// <summary>
/// Which kinds of file have rules. A kind without a linter is discovered and skipped silently
/// (Bicep and ARM templates until their rules land: adding them is one line in <see cref="Default"/>).
/// </summary>
public sealed class FileLinterSet
{
    public static readonly FileLinterSet Default = new FileLinterSet()
        .With(FileKind.Dockerfile, (path, content, options) => Linter.LintDockerfile(path, content, options))
        .With(FileKind.ProjectFile, (path, content, options) => Linter.LintProjectFile(path, content, options));

    private readonly Dictionary<FileKind, FileLinter> _byKind = new();

    public FileLinter? For(FileKind kind) => _byKind.TryGetValue(kind, out var linter) ? linter : null;

    /// <summary>A copy with <paramref name="linter"/> for <paramref name="kind"/> (tests substitute their own).</summary>
    public FileLinterSet With(FileKind kind, FileLinter linter)
    {
        var copy = new FileLinterSet();
        foreach (var pair in _byKind)
        {
            copy._byKind[pair.Key] = pair.Value;
        }

        copy._byKind[kind] = linter;
        return copy;
    }
}
