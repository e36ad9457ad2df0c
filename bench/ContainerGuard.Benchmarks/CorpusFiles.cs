using ContainerGuard.Cli.Scanning;

namespace ContainerGuard.Benchmarks;

/// <summary>The Dockerfiles of ../shared/corpus/dockerfiles (or $CONTAINERGUARD_CORPUS/dockerfiles), read once.</summary>
public sealed class CorpusFiles
{
    private CorpusFiles(string folder, IReadOnlyList<(string Path, string Content)> files)
    {
        Folder = folder;
        Files = files;
        Bytes = files.Sum(f => (long)System.Text.Encoding.UTF8.GetByteCount(f.Content));
    }

    public string Folder { get; }

    public IReadOnlyList<(string Path, string Content)> Files { get; }

    /// <summary>UTF-8 size of all files.</summary>
    public long Bytes { get; }

    public static CorpusFiles Load()
    {
        string folder = Locate() ?? throw new InvalidOperationException("Corpus not found: place the shared folder beside the repository (../shared/corpus) or set CONTAINERGUARD_CORPUS.");
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(p => FileClassifier.IsDockerfileName(Path.GetFileName(p)))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (p, File.ReadAllText(p)))
            .ToArray();
        return new CorpusFiles(folder, files);
    }

    public static string? Locate()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("CONTAINERGUARD_CORPUS");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            string candidate = Path.Combine(fromEnvironment, "dockerfiles");
            return Directory.Exists(candidate) ? candidate : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Analyzers.sln")))
            {
                string candidate = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus", "dockerfiles"));
                return Directory.Exists(candidate) ? candidate : FromWorktree(dir.FullName);
            }
        }

        return null;
    }

    /// <summary>In a git worktree, <c>.git</c> is a file naming <c>main/.git/worktrees/x</c>: the corpus sits beside <c>main</c>.</summary>
    private static string? FromWorktree(string repositoryRoot)
    {
        string gitFile = Path.Combine(repositoryRoot, ".git");
        if (!File.Exists(gitFile))
        {
            return null;
        }

        string line = File.ReadAllText(gitFile).Trim();
        const string prefix = "gitdir:";
        if (!line.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var gitDir = new DirectoryInfo(line.Substring(prefix.Length).Trim());
        var mainRoot = gitDir.Parent?.Parent?.Parent;
        if (mainRoot is null)
        {
            return null;
        }

        string candidate = Path.GetFullPath(Path.Combine(mainRoot.FullName, "..", "shared", "corpus", "dockerfiles"));
        return Directory.Exists(candidate) ? candidate : null;
    }
}
