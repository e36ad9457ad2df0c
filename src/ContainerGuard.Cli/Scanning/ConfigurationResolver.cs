using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using ContainerGuard.Configuration;
using ContainerGuard.Rules;

namespace ContainerGuard.Cli.Scanning;

/// <summary>A configuration file as loaded: the settings, and CG9xxx findings for what was wrong in it.</summary>
public sealed class LoadedConfiguration
{
    public LoadedConfiguration(ContainerGuardConfiguration configuration, IReadOnlyList<Finding> problems)
    {
        Configuration = configuration;
        Problems = problems;
    }

    public ContainerGuardConfiguration Configuration { get; }

    public IReadOnlyList<Finding> Problems { get; }
}

/// <summary>
/// The configuration that applies to each file: <c>--config FILE</c> for all of them, otherwise the nearest
/// <c>containerguard.json</c> walking up from the file; CLI flags override either. Thread-safe, cached per folder.
/// </summary>
public sealed class ConfigurationResolver
{
    private readonly LoadedConfiguration? _explicit;
    private readonly ContainerGuardConfiguration _flags;
    private readonly ConcurrentDictionary<string, LoadedConfiguration?> _nearestByDirectory = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, LoadedConfiguration> _byFile = new(StringComparer.Ordinal);
    private readonly string _workingDirectory;

    public ConfigurationResolver(string? explicitConfigFullPath, ContainerGuardConfiguration flags, string workingDirectory)
    {
        _flags = flags;
        _workingDirectory = workingDirectory;
        if (explicitConfigFullPath is not null)
        {
            _explicit = Load(explicitConfigFullPath);
        }
    }

    /// <summary>The settings for one file, and the configuration file's problems (reported once per file they come from).</summary>
    public LoadedConfiguration? FileConfiguration(string fileFullPath)
        => _explicit ?? Nearest(Path.GetDirectoryName(fileFullPath));

    public ContainerGuardConfiguration For(string fileFullPath)
    {
        var loaded = FileConfiguration(fileFullPath);
        return loaded is null ? _flags.OverrideOf(ContainerGuardConfiguration.Default) : _flags.OverrideOf(loaded.Configuration);
    }

    /// <summary>Every configuration file used so far, to report its problems once.</summary>
    public IEnumerable<LoadedConfiguration> LoadedFiles => _byFile.Values;

    private LoadedConfiguration? Nearest(string? directory)
    {
        if (string.IsNullOrEmpty(directory))
        {
            return null;
        }

        if (_nearestByDirectory.TryGetValue(directory, out var cached))
        {
            return cached;
        }

        string candidate = Path.Combine(directory, FileClassifier.ConfigurationFileName);
        LoadedConfiguration? found = File.Exists(candidate) ? Load(candidate) : Nearest(Path.GetDirectoryName(directory));
        _nearestByDirectory.TryAdd(directory, found);
        return found;
    }

    private LoadedConfiguration Load(string fullPath)
        => _byFile.GetOrAdd(fullPath, path => ConfigurationFileLoader.Load(path, PathDisplay.ForDisplay(path, _workingDirectory)));
}
