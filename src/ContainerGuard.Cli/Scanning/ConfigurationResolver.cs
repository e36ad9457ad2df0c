using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ContainerGuard.Configuration;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;
using ContainerGuard.Text;

namespace ContainerGuard.Cli.Scanning;

/// <summary>
/// The configuration that applies to each file: <c>--config FILE</c> for all of them, otherwise the nearest
/// <c>containerguard.json</c> walking up from the file (Core's <see cref="ConfigurationLocator"/>, shared with the
/// MSBuild task); CLI flags override either. Thread-safe.
/// </summary>
public sealed class ConfigurationResolver
{
    private readonly LocatedConfiguration? _explicit;
    private readonly ContainerGuardConfiguration _flags;
    private readonly ConfigurationLocator _locator = new();

    public ConfigurationResolver(string? explicitConfigFullPath, ContainerGuardConfiguration flags)
    {
        _flags = flags;
        if (explicitConfigFullPath is not null)
        {
            _explicit = LoadExplicit(explicitConfigFullPath);
        }
    }

    public ContainerGuardConfiguration For(string fileFullPath)
    {
        var located = _explicit ?? _locator.Locate(fileFullPath);
        if (located is null)
        {
            return _withoutFile ??= _flags.OverrideOf(ContainerGuardConfiguration.Default);
        }

        // One merged configuration per configuration file, not one per scanned file.
        return _merged.GetOrAdd(located, l => _flags.OverrideOf(l.Configuration));
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<LocatedConfiguration, ContainerGuardConfiguration> _merged = new();
    private ContainerGuardConfiguration? _withoutFile;

    /// <summary>Every configuration file used, to report its CG9xxx findings once (their paths are the files' full paths).</summary>
    public IEnumerable<LocatedConfiguration> LoadedFiles
        => _explicit is null ? _locator.LoadedConfigurations : new[] { _explicit };

    private static LocatedConfiguration LoadExplicit(string fullPath)
    {
        try
        {
            return new LocatedConfiguration(fullPath, ConfigurationLoader.Parse(File.ReadAllText(fullPath), fullPath));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException)
        {
            var finding = new Finding(ToolRules.FileUnreadable, fullPath, new LinePositionSpan(1, 1, 1, 1),
                $"{ConfigurationLoader.FileName} could not be read ({ex.GetType().Name}); the default configuration applies.", ToolRules.FileUnreadable.DefaultSeverity);
            return new LocatedConfiguration(fullPath, new ConfigurationLoadResult(new ContainerGuardConfiguration(sourcePath: fullPath), new[] { finding }));
        }
    }
}
