using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;

namespace ContainerGuard.Configuration.EditorConfig;

/// <summary>
/// The .editorconfig side of the severity model, for files on disk: the files a host was given (MSBuild's
/// <c>@(EditorConfigFiles)</c>: .editorconfig files above the sources, .globalconfig files, global configs) and, when
/// <c>discover</c> is on, the .editorconfig files above each linted file up to the first <c>root = true</c> (the Dockerfile in
/// <c>deploy/</c> gets <c>deploy/.editorconfig</c> even when no C# file sits there). Each file is read once; answers are
/// cached per folder; safe for parallel scans. Like <see cref="ConfigurationLocator"/>, the file system is injected.
/// </summary>
public sealed class EditorConfigResolver
{
    private readonly Func<string, bool> _fileExists;
    private readonly Func<string, string> _readAllText;
    private readonly bool _discover;
    private readonly IReadOnlyList<EditorConfigFile> _given;
    private readonly IReadOnlyList<EditorConfigFile> _globals;
    private readonly ConcurrentDictionary<string, EditorConfigFile?> _byPath = new(ConfigurationPaths.Comparer);
    private readonly ConcurrentDictionary<string, IReadOnlyList<EditorConfigFile>> _chainByDirectory = new(ConfigurationPaths.Comparer);
    private readonly ConcurrentDictionary<string, SeverityOverrides> _byFile = new(ConfigurationPaths.Comparer);
    private readonly ConcurrentDictionary<string, IReadOnlyList<Finding>> _problems = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SeverityOverrides> _interned = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<EditorConfigFile>> _discoveredUpFrom = new(ConfigurationPaths.Comparer);

    public static EditorConfigResolver None { get; } = new(Array.Empty<string>(), discover: false, _ => false, _ => string.Empty);

    public EditorConfigResolver(IEnumerable<string> givenFiles, bool discover)
        : this(givenFiles, discover, File.Exists, File.ReadAllText)
    {
    }

    public EditorConfigResolver(IEnumerable<string> givenFiles, bool discover, Func<string, bool> fileExists, Func<string, string> readAllText)
    {
        _fileExists = fileExists;
        _readAllText = readAllText;
        _discover = discover;
        var given = new List<EditorConfigFile>();
        foreach (string path in givenFiles.Where(p => !string.IsNullOrWhiteSpace(p)).Distinct(StringComparer.Ordinal))
        {
            if (Load(FullPath(path)) is { } file)
            {
                given.Add(file);
            }
        }

        _given = given.Where(f => !f.IsGlobal).ToArray();
        // Lower global_level first: later (higher) ones win a conflict.
        _globals = given.Where(f => f.IsGlobal).OrderBy(f => f.GlobalLevel).ToArray();
    }

    /// <summary>What the .editorconfig files say about severities for <paramref name="fileFullPath"/>.</summary>
    public SeverityOverrides For(string fileFullPath)
    {
        string full = FullPath(fileFullPath);

        // The usual case of a scan: no .editorconfig anywhere above, answered per folder without a per-file entry.
        return _globals.Count == 0 && Chain(full).Count == 0 ? SeverityOverrides.None : _byFile.GetOrAdd(full, Resolve);
    }

    /// <summary>The CG9003 findings of every file read so far (unknown CG ids, misspelt severities), each once.</summary>
    public IReadOnlyList<Finding> Problems
        => _problems.OrderBy(p => p.Key, StringComparer.Ordinal).SelectMany(p => p.Value).ToArray();

    private SeverityOverrides Resolve(string full)
    {
        var properties = new List<EditorConfigProperty>();
        foreach (var global in _globals)
        {
            properties.AddRange(global.Preamble);
            foreach (var section in global.Sections)
            {
                if (EditorConfigFile.NamesFile(section, full))
                {
                    properties.AddRange(section.Properties);
                }
            }
        }

        foreach (var file in Chain(full))
        {
            string? relative = file.RelativePathOf(full);
            if (relative is null)
            {
                continue;
            }

            foreach (var section in file.Sections)
            {
                if (section.Glob is { } glob && glob.IsMatch(relative))
                {
                    properties.AddRange(section.Properties);
                }
            }
        }

        // Files with the same answer share one instance, so configurations built on it are shared too.
        var overrides = SeverityOverrides.From(properties);
        return overrides.IsEmpty ? SeverityOverrides.None : _interned.GetOrAdd(overrides.Describe(), _ => overrides);
    }

    /// <summary>The non-global files that apply to <paramref name="full"/>, farthest first, stopping above the nearest <c>root = true</c>.</summary>
    private IReadOnlyList<EditorConfigFile> Chain(string full)
    {
        string directory = Path.GetDirectoryName(full) ?? string.Empty;
        return _chainByDirectory.GetOrAdd(directory, dir =>
        {
            var found = new List<EditorConfigFile>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in _given)
            {
                if (IsAncestor(file.Directory, dir))
                {
                    found.Add(file);
                    seen.Add(file.Path);
                }
            }

            if (_discover)
            {
                foreach (var file in DiscoveredUpFrom(dir))
                {
                    if (seen.Add(file.Path))
                    {
                        found.Add(file);
                    }
                }
            }

            // Nearest first, then cut above the first root = true, then farthest first (nearest wins when applied last).
            var nearestFirst = found.OrderByDescending(f => f.Directory.Length).ToList();
            int root = nearestFirst.FindIndex(f => f.IsRoot);
            if (root >= 0)
            {
                nearestFirst.RemoveRange(root + 1, nearestFirst.Count - root - 1);
            }

            nearestFirst.Reverse();
            return nearestFirst;
        });
    }

    /// <summary>
    /// The .editorconfig files in <paramref name="directory"/> and above it, nearest first, ending at the first
    /// <c>root = true</c>. Each folder is looked at once however many files are linted below it: the walk stops at the
    /// first folder already answered and fills in the answers of the folders it passed.
    /// </summary>
    private IReadOnlyList<EditorConfigFile> DiscoveredUpFrom(string directory)
    {
        var pending = new List<string>();
        IReadOnlyList<EditorConfigFile> above = Array.Empty<EditorConfigFile>();
        for (string? current = directory; !string.IsNullOrEmpty(current); current = Parent(current!))
        {
            if (_discoveredUpFrom.TryGetValue(current!, out var known))
            {
                above = known;
                break;
            }

            pending.Add(current!);
        }

        for (int i = pending.Count - 1; i >= 0; i--)
        {
            string candidate = Path.Combine(pending[i], EditorConfigFile.EditorConfigName);
            if (SafeExists(candidate) && Load(candidate) is { IsGlobal: false } here)
            {
                var list = new List<EditorConfigFile> { here };
                if (!here.IsRoot)
                {
                    list.AddRange(above);
                }

                above = list;
            }

            above = _discoveredUpFrom.GetOrAdd(pending[i], above);
        }

        return above;
    }

    private EditorConfigFile? Load(string path)
        => _byPath.GetOrAdd(path, p =>
        {
            string text;
            try
            {
                text = _readAllText(p);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException or ArgumentException)
            {
                // The compiler would report it; here the file simply does not apply.
                return null;
            }

            var file = EditorConfigFile.Parse(text, p);
            _problems[p] = EditorConfigValidation.Validate(file);
            return file;
        });

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

    private static bool IsAncestor(string directory, string of)
    {
        string normalized = of.Replace('\\', '/');
        return normalized.Equals(directory, ConfigurationPaths.Comparison)
            || (normalized.StartsWith(directory, ConfigurationPaths.Comparison) && (directory.EndsWith("/", StringComparison.Ordinal) || (normalized.Length > directory.Length && normalized[directory.Length] == '/')));
    }

    private static string? Parent(string directory)
    {
        try
        {
            return Path.GetDirectoryName(directory);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string FullPath(string path)
    {
        try
        {
            return NormalizedPath.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException or System.Security.SecurityException)
        {
            return path;
        }
    }
}

/// <summary>CG9003 for what an .editorconfig says about ContainerGuard that ContainerGuard cannot use.</summary>
public static class EditorConfigValidation
{
    public static IReadOnlyList<Finding> Validate(EditorConfigFile file)
    {
        var findings = new List<Finding>();
        foreach (var property in file.Preamble.Concat(file.Sections.SelectMany(s => s.Properties)))
        {
            if (SeverityOverrides.TryParseRuleId(property.Key, out string? id))
            {
                string key = SeverityOverrides.IdPrefix + id + SeverityOverrides.SeveritySuffix;
                if (RuleCatalog.Find(id!) is null)
                {
                    findings.Add(Problem(file, property, $"{key} names no known ContainerGuard rule (check the id; see 'containerguard rules'); the setting does nothing."));
                }
                else if (!SeverityOverrides.TryParseSeverity(property.Value, out _))
                {
                    findings.Add(Problem(file, property, $"{key} has an unknown severity; use {SeverityOverrides.SeverityWords}. The setting is ignored{Hint(property.Value)}"));
                }
            }
            else if ((SeverityOverrides.TryParseCategory(property.Key, out string? category) && IsOurCategory(category!)) || property.Key == SeverityOverrides.AllKey)
            {
                if (!SeverityOverrides.TryParseSeverity(property.Value, out _))
                {
                    findings.Add(Problem(file, property, $"{property.Key} has an unknown severity; use {SeverityOverrides.SeverityWords}. The setting is ignored{Hint(property.Value)}"));
                }
            }
        }

        return findings;
    }

    private static bool IsOurCategory(string category)
        => RuleCatalog.All.Any(r => string.Equals(r.Category, category, StringComparison.OrdinalIgnoreCase));

    private static string Hint(string value)
    {
        string meant = value.Trim().ToLowerInvariant() switch
        {
            "warn" => "warning",
            "info" or "information" or "note" => "suggestion",
            "hidden" or "off" => "none",
            _ => string.Empty,
        };
        return meant.Length > 0 ? $"; did you mean '{meant}'?" : ".";
    }

    private static Finding Problem(EditorConfigFile file, EditorConfigProperty property, string message)
        => new(ToolRules.InvalidConfiguration, file.Path, property.Span, message, ToolRules.InvalidConfiguration.DefaultSeverity);
}
