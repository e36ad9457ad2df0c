using System;
using System.Collections.Generic;
using System.IO;

namespace ContainerGuard.Cli.Scanning;

/// <summary>One file to lint: where it is, how to show it, and what it is.</summary>
public sealed class ScanTarget
{
    public ScanTarget(string fullPath, string displayPath, FileKind kind)
    {
        FullPath = fullPath;
        DisplayPath = displayPath;
        Kind = kind;
    }

    public string FullPath { get; }

    /// <summary>Relative to the working directory when under it, otherwise absolute.</summary>
    public string DisplayPath { get; }

    public FileKind Kind { get; }
}

/// <summary>Walks the given files and folders and lists the files to lint, without reading them.</summary>
public static class FileDiscovery
{
    // Build output, dependencies and VCS metadata: never the source of a container build.
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "bin", "obj", "node_modules", ".git",
    };

    /// <summary>Lists the files under <paramref name="paths"/>; each path must exist (checked by the caller).</summary>
    public static List<ScanTarget> Discover(IEnumerable<string> fullPaths, string workingDirectory)
        => Discover(fullPaths, workingDirectory, directories: null);

    /// <summary>
    /// As <see cref="Discover(IEnumerable{string}, string)"/>, when the caller already knows which paths are folders
    /// (<paramref name="directories"/>; the others are files): no second look at the file system per path.
    /// </summary>
    public static List<ScanTarget> Discover(IEnumerable<string> fullPaths, string workingDirectory, ISet<string>? directories)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var targets = new List<ScanTarget>();
        foreach (string path in fullPaths)
        {
            if (directories?.Contains(path) ?? Directory.Exists(path))
            {
                Walk(path, workingDirectory, seen, targets);
            }
            else if (FileClassifier.ClassifyExplicit(path) is { } kind && seen.Add(path))
            {
                targets.Add(new ScanTarget(path, PathDisplay.ForDisplay(path, workingDirectory), kind));
            }
        }

        targets.Sort((a, b) => string.CompareOrdinal(a.DisplayPath, b.DisplayPath));
        return targets;
    }

    private static void Walk(string root, string workingDirectory, HashSet<string> seen, List<ScanTarget> targets)
    {
        // Iterative, so a deep tree cannot overflow the stack; symbolic links to folders are not followed (no cycles).
        var pending = new Stack<DirectoryInfo>();
        pending.Push(new DirectoryInfo(root));
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = directory.EnumerateFileSystemInfos("*", new EnumerationOptions
                {
                    IgnoreInaccessible = true,
                    AttributesToSkip = 0,
                    RecurseSubdirectories = false,
                });
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                continue;
            }

            try
            {
                foreach (var entry in entries)
                {
                    if (entry is DirectoryInfo subdirectory)
                    {
                        if (!SkippedFolders.Contains(entry.Name) && (entry.Attributes & FileAttributes.ReparsePoint) == 0)
                        {
                            pending.Push(subdirectory);
                        }

                        continue;
                    }

                    var kind = FileClassifier.Classify(entry.Name);
                    if (kind is not null && seen.Add(entry.FullName))
                    {
                        targets.Add(new ScanTarget(entry.FullName, PathDisplay.ForDisplay(entry.FullName, workingDirectory), kind.Value));
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                // A folder that vanished or became unreadable mid-walk: keep what was listed.
            }
        }
    }
}

/// <summary>How paths are shown: relative to the working directory when under it (MSBuild style), else absolute.</summary>
public static class PathDisplay
{
    public static string ForDisplay(string fullPath, string workingDirectory)
    {
        string? relative = RelativeUnder(fullPath, workingDirectory);
        return relative ?? fullPath;
    }

    /// <summary>The path relative to <paramref name="root"/> if it lies under it, else null.</summary>
    public static string? RelativeUnder(string fullPath, string root)
    {
        // The usual case, a normalized path below a normalized root: the rest of the path, without the runtime's
        // re-normalization of both (most of the cost of listing thousands of files).
        if (fullPath.Length > root.Length + 1 && fullPath[root.Length] == '/' && fullPath.StartsWith(root, StringComparison.Ordinal)
            && Configuration.NormalizedPath.IsFullAndNormalized(root) && Configuration.NormalizedPath.IsFullAndNormalized(fullPath))
        {
            return fullPath.Substring(root.Length + 1);
        }

        string relative = Path.GetRelativePath(root, fullPath);
        if (relative == "." || relative == ".."
            || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || relative.StartsWith(".." + Path.AltDirectorySeparatorChar, StringComparison.Ordinal)
            || Path.IsPathRooted(relative))
        {
            return relative == "." ? string.Empty : null;
        }

        return relative;
    }
}
