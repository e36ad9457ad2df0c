using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;

namespace ContainerGuard.Configuration;

/// <summary>
/// How every host finds the <c>containerguard.json</c> that applies to a file: the nearest one in the file's folder
/// or above (nearest wins, like <c>bicepconfig.json</c>). The task and the CLI walk the file system
/// (<see cref="ConfigurationLocator"/>); the analyzers, which cannot read the disk, choose among the files MSBuild
/// passed them (<see cref="Nearest"/>). Both walk the same folders and compare paths and the file name the way the
/// file system does: exactly on Linux, ignoring case on Windows and macOS (as MSBuild's <c>GetPathOfFileAbove</c>
/// finds the file the package hands to the analyzers).
/// </summary>
public static class ConfigurationPaths
{
    private static readonly bool IgnoreCase =
        RuntimeInformation.IsOSPlatform(OSPlatform.Windows) || RuntimeInformation.IsOSPlatform(OSPlatform.OSX);

    /// <summary>How paths compare here.</summary>
    public static StringComparison Comparison { get; } = IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary><see cref="Comparison"/> for dictionaries and sorting.</summary>
    public static StringComparer Comparer { get; } = IgnoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>True when the file name of <paramref name="path"/> is <c>containerguard.json</c>.</summary>
    public static bool IsConfigurationFile(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return false;
        }

        int slash = path!.LastIndexOfAny(new[] { '/', '\\' });
        string name = slash < 0 ? path : path.Substring(slash + 1);
        return string.Equals(name, ConfigurationLoader.FileName, Comparison);
    }

    /// <summary>The folder of a file (no trailing separator), or null for a path without one.</summary>
    public static string? FolderOf(string path)
    {
        try
        {
            string? folder = Path.GetDirectoryName(path);
            return string.IsNullOrEmpty(folder) ? null : TrimSeparator(folder!);
        }
        catch (Exception ex) when (ex is ArgumentException or PathTooLongException)
        {
            return null;
        }
    }

    /// <summary><paramref name="folder"/> and then each folder above it up to the root: where a configuration may apply from, nearest first.</summary>
    public static IEnumerable<string> FoldersFrom(string folder)
    {
        for (string? current = TrimSeparator(folder); current is not null; current = Parent(current))
        {
            yield return current;
        }
    }

    /// <summary>
    /// The index of the configuration file among <paramref name="configurationFiles"/> that applies to
    /// <paramref name="sourcePath"/>: the one in the nearest folder at or above the source's folder; -1 when none is.
    /// </summary>
    public static int Nearest(IReadOnlyList<string> configurationFiles, string? sourcePath)
    {
        string? sourceFolder = string.IsNullOrEmpty(sourcePath) ? null : FolderOf(sourcePath!);
        if (sourceFolder is null)
        {
            return -1;
        }

        var byFolder = new Dictionary<string, int>(Comparer);
        for (int i = 0; i < configurationFiles.Count; i++)
        {
            if (FolderOf(configurationFiles[i]) is { } folder && !byFolder.ContainsKey(folder))
            {
                byFolder.Add(folder, i);
            }
        }

        foreach (string folder in FoldersFrom(sourceFolder))
        {
            if (byFolder.TryGetValue(folder, out int index))
            {
                return index;
            }
        }

        return -1;
    }

    private static string TrimSeparator(string directory)
    {
        string root = Path.GetPathRoot(directory) ?? string.Empty;
        string trimmed = directory.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return trimmed.Length < root.Length ? root : trimmed;
    }

    private static string? Parent(string directory)
    {
        try
        {
            return Path.GetDirectoryName(directory);
        }
        catch (Exception ex) when (ex is ArgumentException or PathTooLongException)
        {
            return null;
        }
    }
}
