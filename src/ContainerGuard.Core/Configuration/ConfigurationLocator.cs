using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;
using ContainerGuard.Text;

namespace ContainerGuard.Configuration;

/// <summary>
/// Finds the <c>containerguard.json</c> that applies to a file: the nearest one in the file's folder or above
/// (nearest wins, no merging, like <c>bicepconfig.json</c>; the walk and path policy are <see cref="ConfigurationPaths"/>). Each folder's answer is cached, so a scan of many
/// files reads each configuration once; safe to call from parallel scans.
/// </summary>
/// <remarks>
/// The one place in Core that touches the file system (a documented exception to "Core takes text"): the task,
/// the CLI and the analyzers' host would otherwise each re-implement the same walk.
/// </remarks>
public sealed class ConfigurationLocator
{
    private static readonly StringComparer PathComparer = ConfigurationPaths.Comparer;

    private readonly ConcurrentDictionary<string, Lazy<LocatedConfiguration?>> _byDirectory = new(PathComparer);
    private readonly ConcurrentDictionary<string, LocatedConfiguration> _byFile = new(PathComparer);
    private readonly Func<string, bool> _fileExists;
    private readonly Func<string, string> _readAllText;

    public ConfigurationLocator()
        : this(File.Exists, File.ReadAllText)
    {
    }

    /// <summary>For tests and hosts with their own file system.</summary>
    public ConfigurationLocator(Func<string, bool> fileExists, Func<string, string> readAllText)
    {
        _fileExists = fileExists;
        _readAllText = readAllText;
    }

    /// <summary>
    /// The configuration for a file (or a folder, when <paramref name="isDirectory"/>): the nearest
    /// <c>containerguard.json</c> loaded, or <see cref="ConfigurationLoadResult.Empty"/> when there is none.
    /// </summary>
    public ConfigurationLoadResult GetConfiguration(string path, bool isDirectory = false)
        => Locate(path, isDirectory)?.Result ?? ConfigurationLoadResult.Empty;

    /// <summary>The nearest configuration file and what it holds; null when none applies.</summary>
    public LocatedConfiguration? Locate(string path, bool isDirectory = false)
    {
        string full;
        try
        {
            full = NormalizedPath.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException or System.Security.SecurityException)
        {
            return null;
        }

        string? directory = isDirectory ? full : Path.GetDirectoryName(full);
        return directory is null ? null : ForDirectory(directory);
    }

    /// <summary>
    /// Loads one named configuration file (MSBuild <c>ContainerGuardConfigFile</c>, CLI <c>--config FILE</c>) instead of
    /// searching; cached like the others. A missing or unreadable file gives a CG9001 finding and the default configuration.
    /// </summary>
    public LocatedConfiguration LoadFile(string path)
    {
        string full;
        try
        {
            full = NormalizedPath.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException or System.Security.SecurityException)
        {
            full = path;
        }

        return Load(full);
    }

    /// <summary>Every configuration file loaded so far, so a host can report each file's findings once.</summary>
    public IReadOnlyList<LocatedConfiguration> LoadedConfigurations
        => _byFile.Values.OrderBy(c => c.FilePath, PathComparer).ToArray();

    private LocatedConfiguration? ForDirectory(string directory)
    {
        // Walk up until a folder whose answer is cached or which holds the file, then cache the answer for
        // every folder passed on the way. Iterative, so deep trees cannot overflow the stack.
        var pending = new List<string>();
        LocatedConfiguration? answer = null;
        foreach (string current in ConfigurationPaths.FoldersFrom(directory))
        {
            if (_byDirectory.TryGetValue(current, out var cached))
            {
                answer = cached.Value;
                break;
            }

            string candidate = Path.Combine(current, ConfigurationLoader.FileName);
            if (SafeExists(candidate))
            {
                answer = _byDirectory.GetOrAdd(current, _ => new Lazy<LocatedConfiguration?>(() => Load(candidate), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
                break;
            }

            pending.Add(current);
        }

        foreach (string folder in pending)
        {
            var value = answer;
            _byDirectory.TryAdd(folder, new Lazy<LocatedConfiguration?>(() => value));
        }

        return answer;
    }

    private LocatedConfiguration Load(string file)
    {
        return _byFile.GetOrAdd(file, path =>
        {
            string text;
            try
            {
                text = _readAllText(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException or ArgumentException)
            {
                var finding = new Finding(ToolRules.FileUnreadable, path, new LinePositionSpan(1, 1, 1, 1),
                    $"{ConfigurationLoader.FileName} could not be read ({ex.GetType().Name}); the default configuration applies.", ToolRules.FileUnreadable.DefaultSeverity);
                return new LocatedConfiguration(path, new ConfigurationLoadResult(new ContainerGuardConfiguration(sourcePath: path), new[] { finding }));
            }

            return new LocatedConfiguration(path, ConfigurationLoader.Parse(text, path));
        });
    }

    private bool SafeExists(string path)
    {
        try
        {
            return _fileExists(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException or ArgumentException)
        {
            return false;
        }
    }
}

/// <summary>A configuration file found by <see cref="ConfigurationLocator"/> and what loading it gave.</summary>
public sealed class LocatedConfiguration
{
    public LocatedConfiguration(string filePath, ConfigurationLoadResult result)
    {
        FilePath = filePath;
        Result = result;
    }

    public string FilePath { get; }

    public ConfigurationLoadResult Result { get; }

    public ContainerGuardConfiguration Configuration => Result.Configuration;
}
