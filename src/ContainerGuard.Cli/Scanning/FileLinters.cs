using System.Collections.Generic;
using ContainerGuard.Files;
using ContainerGuard.Findings;

namespace ContainerGuard.Cli.Scanning;

/// <summary>A stand-in linter for one kind (tests substitute one to check the CLI apart from the rules).</summary>
public delegate IReadOnlyList<Finding> FileLinter(string displayPath, string content, LintOptions options);

/// <summary>
/// Which linter reads each kind: Core's (<see cref="FileKinds"/>, through <see cref="Linter.Lint(FileKind, LintRequest, LintOptions)"/>)
/// unless a test substituted its own. A kind without a linter is found and skipped.
/// </summary>
public sealed class FileLinterSet
{
    public static readonly FileLinterSet Default = new();

    private readonly Dictionary<FileKind, FileLinter> _substitutes = new();

    /// <summary>True when files of <paramref name="kind"/> are linted (Core has a linter, or a test gave one).</summary>
    public bool Lints(FileKind kind) => _substitutes.ContainsKey(kind) || FileKinds.Get(kind).Linter is not null;

    public IReadOnlyList<Finding> Lint(FileKind kind, LintRequest request, LintOptions options)
        => _substitutes.TryGetValue(kind, out var substitute)
            ? Linter.Lint(kind, request, options, (r, o) => substitute(r.Path, r.Text, o))
            : Linter.Lint(kind, request, options);

    /// <summary>A copy with <paramref name="linter"/> for <paramref name="kind"/>, behind Core's shared policies (size, binary, failures).</summary>
    public FileLinterSet With(FileKind kind, FileLinter linter)
    {
        var copy = new FileLinterSet();
        foreach (var pair in _substitutes)
        {
            copy._substitutes[pair.Key] = pair.Value;
        }

        copy._substitutes[kind] = linter;
        return copy;
    }
}
