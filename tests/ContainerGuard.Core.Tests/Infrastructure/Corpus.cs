namespace ContainerGuard.Tests.Infrastructure;

/// <summary>
/// Finds <c>../shared/corpus</c> (real public files, read-only) from the repository root. On a user's
/// clone it is absent and corpus tests skip with a message saying so.
/// </summary>
public static class Corpus
{
    public static string? Root { get; } = Locate();

    public const string MissingMessage = "Corpus folder ../shared/corpus (beside the repository) is absent: corpus test skipped. CI has it; on a clone place the shared folder beside the repository to run it.";

    public static string? Folder(string name)
    {
        if (Root is null)
        {
            return null;
        }

        string path = Path.Combine(Root, name);
        return Directory.Exists(path) ? path : null;
    }

    private static string? Locate()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("CONTAINERGUARD_CORPUS");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Analyzers.sln")))
            {
                string candidate = Path.Combine(dir.FullName, "..", "shared", "corpus");
                return Directory.Exists(candidate) ? Path.GetFullPath(candidate) : FromWorktree(dir.FullName);
            }

            dir = dir.Parent;
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

        var mainRoot = new DirectoryInfo(line.Substring(prefix.Length).Trim()).Parent?.Parent?.Parent;
        if (mainRoot is null)
        {
            return null;
        }

        string candidate = Path.GetFullPath(Path.Combine(mainRoot.FullName, "..", "shared", "corpus"));
        return Directory.Exists(candidate) ? candidate : null;
    }
}

/// <summary>Locates the repository root (the folder with Analyzers.sln) from a test's output folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = LocateRoot();

    private static string LocateRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Analyzers.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Analyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
