using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using ContainerGuard.Configuration;

namespace ContainerGuard.Cli.Scanning;

/// <summary>
/// What the walk saw of a few file names (<c>containerguard.json</c>, <c>.editorconfig</c>) in each folder it listed,
/// so the configuration look-ups that follow need not ask the file system once per folder and name: in a listed
/// folder without an entry of that name (in any case) the file does not exist; where there is one, or the folder was
/// not listed (above the scanned folder, or a folder of named files), <see cref="File.Exists(string)"/> answers as before.
/// Filled by one walk while the scan reads it (thread-safe).
/// </summary>
public sealed class FolderListings
{
    private readonly string[] _names;
    private readonly ConcurrentDictionary<string, List<string>?> _folders = new(ConfigurationPaths.Comparer);

    /// <param name="names">The file names whose presence the walk records.</param>
    public FolderListings(params string[] names)
    {
        _names = names;
    }

    /// <summary>Number of folders listed in full.</summary>
    public int FolderCount => _folders.Count;

    /// <summary>As <see cref="File.Exists(string)"/>, without a system call when the listing of the file's folder already says no.</summary>
    public bool FileExists(string path)
    {
        string name = Path.GetFileName(path);
        if (IsRemembered(name) && Path.GetDirectoryName(path) is { } folder && _folders.TryGetValue(folder, out var seen) && !Contains(seen, name))
        {
            return false;
        }

        return File.Exists(path);
    }

    /// <summary>True when the walk records entries called <paramref name="entryName"/>.</summary>
    internal bool IsRemembered(string entryName)
    {
        foreach (string name in _names)
        {
            if (name.Equals(entryName, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Records a folder listed to the end, with its entries that have one of the names (null: none).</summary>
    internal void Add(string folder, List<string>? entries) => _folders[folder] = entries;

    private static bool Contains(List<string>? entries, string name)
    {
        if (entries is not null)
        {
            foreach (string entry in entries)
            {
                if (entry.Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
