using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using ContainerGuard.Configuration.EditorConfig;
using ContainerGuard.Findings;

namespace ContainerGuard.Configuration;

/// <summary>
/// The configuration that applies to each linted file, the same way on every surface: the named configuration file
/// (<c>--config</c>, <c>ContainerGuardConfigFile</c>) or the nearest <c>containerguard.json</c> above the file; the MSBuild
/// properties or CLI flags over it; and what the .editorconfig files that apply to the file say about severities
/// (see <see cref="ContainerGuardConfiguration.GetSeverity"/> for the order). Thread-safe; each file is read once.
/// </summary>
public sealed class ConfigurationResolver
{
    private readonly LocatedConfiguration? _explicit;
    private readonly ContainerGuardConfiguration _overrides;
    private readonly ConfigurationLocator _locator;
    private readonly EditorConfigResolver _editorConfig;
    private readonly ConcurrentDictionary<LocatedConfiguration, ContainerGuardConfiguration> _merged = new();
    private readonly ConcurrentDictionary<(ContainerGuardConfiguration, SeverityOverrides), ContainerGuardConfiguration> _withEditorConfig = new();
    private ContainerGuardConfiguration? _withoutFile;

    /// <param name="explicitConfigPath">A configuration file to use for every file instead of the nearest one; null to search.</param>
    /// <param name="overrides">MSBuild properties or CLI flags, over the file's settings.</param>
    /// <param name="editorConfig">The .editorconfig files; null: none.</param>
    /// <param name="locator">The search for containerguard.json (tests give one with their own file system).</param>
    public ConfigurationResolver(string? explicitConfigPath, ContainerGuardConfiguration overrides, EditorConfigResolver? editorConfig = null, ConfigurationLocator? locator = null)
    {
        _overrides = overrides;
        _locator = locator ?? new ConfigurationLocator();
        _editorConfig = editorConfig ?? EditorConfigResolver.None;
        if (explicitConfigPath is not null)
        {
            _explicit = _locator.LoadFile(explicitConfigPath);
        }
    }

    public ContainerGuardConfiguration For(string fileFullPath)
    {
        var located = _explicit ?? _locator.Locate(fileFullPath);

        // One merged configuration per configuration file (and per .editorconfig answer), not one per linted file:
        // what is computed from a configuration (credential names, registry policy) is kept on it.
        var merged = located is null
            ? _withoutFile ??= _overrides.OverrideOf(ContainerGuardConfiguration.Default)
            : _merged.GetOrAdd(located, l => _overrides.OverrideOf(l.Configuration));
        var severities = _editorConfig.For(fileFullPath);
        return severities.IsEmpty ? merged : _withEditorConfig.GetOrAdd((merged, severities), pair => pair.Item1.WithEditorConfig(pair.Item2));
    }

    /// <summary>Every containerguard.json used, to report its CG9xxx findings once (their paths are the files' full paths).</summary>
    public IEnumerable<LocatedConfiguration> LoadedFiles
        => _explicit is null ? _locator.LoadedConfigurations : new[] { _explicit };

    /// <summary>
    /// Every problem found in the configuration files used: containerguard.json (CG9001–CG9003) and the CG keys of
    /// .editorconfig files (CG9003 naming the file and key), each once, at the severity that applies to the file.
    /// </summary>
    public IReadOnlyList<Finding> Problems
    {
        get
        {
            var problems = LoadedFiles.SelectMany(l => l.Result.Findings).ToList();
            foreach (var problem in _editorConfig.Problems)
            {
                var severity = For(problem.Path).GetSeverity(problem.Rule);
                if (severity != Catalog.Severity.None)
                {
                    problems.Add(problem.WithSeverity(severity));
                }
            }

            return problems;
        }
    }
}
