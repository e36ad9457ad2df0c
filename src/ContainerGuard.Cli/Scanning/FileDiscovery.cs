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
    /// Lists the files of <paramref name="roots"/>, sorted by display path: folders are walked (by name:
    /// <see cref="FileKinds.ByName"/>), files are taken with the kind the caller decided. Folders that cannot be listed go
    /// to <paramref name="unreadable"/>; what the walk saw of the names <paramref name="listings"/> asks about goes there.
    /// </summary>
    public static List<ScanTarget> Discover(IEnumerable<ScanRoot> roots, string workingDirectory, ICollection<UnreadablePath>? unreadable, FolderListings? listings = null)
    {
        var targets = new List<ScanTarget>(Enumerate(roots, workingDirectory, unreadable, listings));
        targets.Sort((a, b) => string.CompareOrdinal(a.DisplayPath, b.DisplayPath));
        return targets;
    }

    /// <summary>
    /// As <see cref="Discover(IEnumerable{ScanRoot}, string, ICollection{UnreadablePath}?, FolderListings?)"/>, lazily and in
    /// walk order, so linting can start while folders are still being listed: a folder's files come once the folder has
    /// been listed to the end (its <paramref name="listings"/> entry is then complete, and so are those of the folders
    /// above it). One enumeration at a time; <paramref name="unreadable"/> is complete when it ends.
    /// </summary>
    public static IEnumerable<ScanTarget> Enumerate(IEnumerable<ScanRoot> roots, string workingDirectory, ICollection<UnreadablePath>? unreadable, FolderListings? listings)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var root in roots)
        {
            if (root.IsDirectory)
            {
                foreach (var target in Walk(root.FullPath, workingDirectory, seen, unreadable, listings))
                {
                    yield return target;
                }
            }
            else if ((root.Kind ?? FileKinds.ByName(root.FullPath)?.Kind) is { } kind && seen.Add(root.FullPath))
            {
                yield return new ScanTarget(root.FullPath, PathDisplay.ForDisplay(root.FullPath, workingDirectory), kind, root.Length >= 0 ? root.Length : LengthOf(root.FullPath));
            }
        }
    }

    private static IEnumerable<ScanTarget> Walk(string root, string workingDirectory, HashSet<string> seen, ICollection<UnreadablePath>? unreadable, FolderListings? listings)
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
        var found = new List<ScanTarget>();
        while (pending.Count > 0)
        {
            found.Clear();
            ListFolder(pending.Pop(), workingDirectory, options, seen, pending, found, unreadable, listings);
            foreach (var target in found)
            {
                yield return target;
            }
        }
    }

    /// <summary>One folder: its files of a known kind into <paramref name="found"/>, its subfolders onto <paramref name="pending"/>.</summary>
    private static void ListFolder(DirectoryInfo directory, string workingDirectory, EnumerationOptions options, HashSet<string> seen, Stack<DirectoryInfo> pending, List<ScanTarget> found, ICollection<UnreadablePath>? unreadable, FolderListings? listings)
    {
        List<string>? remembered = null;
        try
        {
            foreach (var entry in directory.EnumerateFileSystemInfos("*", options))
            {
                if (listings is not null && listings.IsRemembered(entry.Name))
                {
                    (remembered ??= new List<string>()).Add(entry.Name);
                }

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
                    found.Add(new ScanTarget(entry.FullName, PathDisplay.ForDisplay(entry.FullName, workingDirectory), kind.Kind, LengthOf((FileInfo)entry)));
                }
            }

            // Listed to the end: what it holds of the remembered names is known.
            listings?.Add(directory.FullName, remembered);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            // Unreadable, or vanished mid-walk: what was listed stays; the folder is named in a CG9001.
            unreadable?.Add(new UnreadablePath(directory.FullName, PathDisplay.ForDisplay(directory.FullName, workingDirectory), IsFolder: true, ex.GetType().Name));
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

/// <summary>
/// A path named on the command line: a folder to walk, or a file (with its kind when the caller decided it, and its
/// length when the caller already asked the file system: -1 otherwise).
/// </summary>
public sealed record ScanRoot(string FullPath, bool IsDirectory, FileKind? Kind, long Length = -1);

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
