using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ContainerGuard.Files;

namespace ContainerGuard.Cli.Scanning;

/// <summary>One file to lint: where it is, how to show it, what it is and how long the file system says it is.</summary>
public sealed class ScanTarget
{
    public ScanTarget(string fullPath, string displayPath, FileKind kind, long length = -1)
    {
        FullPath = fullPath;
        DisplayPath = displayPath;
        Kind = kind;
        Length = length;
    }

    public string FullPath { get; }

    /// <summary>Relative to the working directory when under it, otherwise absolute.</summary>
    public string DisplayPath { get; }

    /// <summary>The kind by name; a kind that needs the start of the file (ARM) is confirmed when it is read.</summary>
    public FileKind Kind { get; }

    /// <summary>The size in bytes the file system reported (0 for FIFOs and devices too); -1 when not known.</summary>
    public long Length { get; }
}

/// <summary>A file or folder that could not be looked at (CG9001), with why (an exception's type).</summary>
public sealed record UnreadablePath(string FullPath, string DisplayPath, bool IsFolder, string Reason);

/// <summary>Walks the given files and folders and lists the files to lint, without reading them.</summary>
public static class FileDiscovery
{
    // Build output, dependencies and VCS metadata: never the source of a container build.
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "bin", "obj", "node_modules", ".git",
    };

    /// <summary>Lists the files under <paramref name="fullPaths"/>; each path must exist (checked by the caller).</summary>
    public static List<ScanTarget> Discover(IEnumerable<string> fullPaths, string workingDirectory)
        => Discover(fullPaths, workingDirectory, directories: null);

    public static List<ScanTarget> Discover(IEnumerable<string> fullPaths, string workingDirectory, ISet<string>? directories)
        => Discover(fullPaths.Select(p => new ScanRoot(p, directories?.Contains(p) ?? Directory.Exists(p), null)), workingDirectory, unreadable: null);

    /// <summary>
    /// Lists the files of <paramref name="roots"/>: folders are walked (by name: <see cref="FileKinds.ByName"/>), files
    /// are taken with the kind the caller decided. Folders that cannot be listed go to <paramref name="unreadable"/>.
    /// </summary>
    public static List<ScanTarget> Discover(IEnumerable<ScanRoot> roots, string workingDirectory, ICollection<UnreadablePath>? unreadable)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var targets = new List<ScanTarget>();
        foreach (var root in roots)
        {
            if (root.IsDirectory)
            {
                Walk(root.FullPath, workingDirectory, seen, targets, unreadable);
            }
            else if ((root.Kind ?? FileKinds.ByName(root.FullPath)?.Kind) is { } kind && seen.Add(root.FullPath))
            {
                targets.Add(new ScanTarget(root.FullPath, PathDisplay.ForDisplay(root.FullPath, workingDirectory), kind, LengthOf(root.FullPath)));
            }
        }

        targets.Sort((a, b) => string.CompareOrdinal(a.DisplayPath, b.DisplayPath));
        return targets;
    }

    private static void Walk(string root, string workingDirectory, HashSet<string> seen, List<ScanTarget> targets, ICollection<UnreadablePath>? unreadable)
    {
        // Iterative, so a deep tree cannot overflow the stack; symbolic links to folders are not followed (no cycles).
        var pending = new Stack<DirectoryInfo>();
        pending.Push(new DirectoryInfo(root));
        var options = new EnumerationOptions
        {
            // A folder we may not list is reported (CG9001), never skipped silently.
            IgnoreInaccessible = false,
            AttributesToSkip = 0,
            RecurseSubdirectories = false,
        };
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            try
            {
                foreach (var entry in directory.EnumerateFileSystemInfos("*", options))
                {
                    if (entry is DirectoryInfo subdirectory)
                    {
                        if (!SkippedFolders.Contains(entry.Name) && (entry.Attributes & FileAttributes.ReparsePoint) == 0)
                        {
                            pending.Push(subdirectory);
                        }

                        continue;
                    }

                    var kind = FileKinds.ByName(entry.Name);
                    if (kind is not null && seen.Add(entry.FullName))
                    {
                        targets.Add(new ScanTarget(entry.FullName, PathDisplay.ForDisplay(entry.FullName, workingDirectory), kind.Kind, LengthOf((FileInfo)entry)));
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                // Unreadable, or vanished mid-walk: what was listed stays; the folder is named in a CG9001.
                unreadable?.Add(new UnreadablePath(directory.FullName, PathDisplay.ForDisplay(directory.FullName, workingDirectory), IsFolder: true, ex.GetType().Name));
            }
        }
    }

    private static long LengthOf(string fullPath) => LengthOf(new FileInfo(fullPath));

    private static long LengthOf(FileInfo file)
    {
        try
        {
            return file.Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            // A dangling link or a file gone since it was listed: reading it says what is wrong.
            return -1;
        }
    }
}

/// <summary>A path named on the command line: a folder to walk, or a file (with its kind when the caller decided it).</summary>
public sealed record ScanRoot(string FullPath, bool IsDirectory, FileKind? Kind);

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
