using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using ContainerGuard.Configuration;
using Microsoft.CodeAnalysis;

namespace ContainerGuard.Analyzers;

/// <summary>
/// The <c>containerguard.json</c> files a compilation was given as AdditionalFiles. Each is parsed once (cached per
/// <see cref="AdditionalText"/>, shared by the analyzers); problems in the file are ignored here because the
/// MSBuild task reports them (CG9002/CG9003) and every setting that could be read still applies. Which file applies
/// to a source file, and how paths compare, is Core's <see cref="ConfigurationPaths"/> (the task and CLI's too).
/// </summary>
internal sealed class ConfigurationFiles
{
    public static readonly ConfigurationFiles None = new(ImmutableArray<(string Path, ContainerGuardConfiguration Configuration)>.Empty);

    private static readonly ConditionalWeakTable<AdditionalText, ContainerGuardConfiguration> Cache = new();

    // Sorted by folder length, longest first.
    private readonly ImmutableArray<(string Path, ContainerGuardConfiguration Configuration)> _files;
    private readonly string[] _paths;

    private ConfigurationFiles(ImmutableArray<(string Path, ContainerGuardConfiguration Configuration)> files)
    {
        _files = files;
        _paths = new string[files.Length];
        for (int i = 0; i < files.Length; i++)
        {
            _paths[i] = files[i].Path;
        }

        var names = new List<string>();
        foreach (var file in files)
        {
            names.AddRange(file.Configuration.SecretNames);
        }

        SecretNames = names.ToImmutableArray();
    }

    /// <summary>The <c>secretNames</c> of every file given (with one file, as the build passes it, just its own).</summary>
    public ImmutableArray<string> SecretNames { get; }

    public bool IsEmpty => _files.IsEmpty;

    /// <param name="additionalFiles">The compilation's AdditionalFiles.</param>
    /// <param name="explicitPath">
    /// MSBuild <c>ContainerGuardConfigFile</c> (absolute or relative to the project), when the project names its file:
    /// then only the AdditionalFile at that path is read, whatever its name.
    /// </param>
    /// <param name="cancellationToken">Cancels reading the file.</param>
    public static ConfigurationFiles From(ImmutableArray<AdditionalText> additionalFiles, string? explicitPath, CancellationToken cancellationToken)
    {
        var wanted = NormalizeExplicit(explicitPath);
        List<(string, ContainerGuardConfiguration)>? found = null;
        foreach (var file in additionalFiles)
        {
            if (wanted is null ? !ConfigurationPaths.IsConfigurationFile(file.Path) : !IsExplicitFile(file.Path, wanted))
            {
                continue;
            }

            var configuration = Cache.GetValue(file, text => Parse(text, cancellationToken));
            (found ??= new List<(string, ContainerGuardConfiguration)>()).Add((file.Path, configuration));
        }

        if (found is null)
        {
            return None;
        }

        // Nearest the root last: it applies to files outside every configured folder.
        found.Sort((a, b) => FolderLength(b.Item1).CompareTo(FolderLength(a.Item1)));
        return new ConfigurationFiles(found.ToImmutableArray());
    }

    /// <summary>
    /// The configuration that applies to <paramref name="sourcePath"/>: the file in its nearest ancestor folder; with no
    /// ancestor (or no path), the one nearest the root of those given; null when no file was given.
    /// </summary>
    public ContainerGuardConfiguration? For(string? sourcePath)
    {
        if (_files.IsEmpty)
        {
            return null;
        }

        if (_files.Length == 1)
        {
            return _files[0].Configuration;
        }

        int nearest = ConfigurationPaths.Nearest(_paths, sourcePath);
        return nearest >= 0 ? _files[nearest].Configuration : _files[_files.Length - 1].Configuration;
    }

    private static string? NormalizeExplicit(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        var normalized = path!.Trim().Replace('\\', '/');
        while (normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized.Substring(2);
        }

        return normalized.Length == 0 ? null : normalized;
    }

    private static bool IsExplicitFile(string? path, string wanted)
    {
        if (string.IsNullOrEmpty(path))
        {
            return false;
        }

        var normalized = path!.Replace('\\', '/');
        if (string.Equals(normalized, wanted, ConfigurationPaths.Comparison))
        {
            return true;
        }

        if (wanted.StartsWith("/", StringComparison.Ordinal) || (wanted.Length > 1 && wanted[1] == ':'))
        {
            return false;
        }

        // A relative ContainerGuardConfigFile matches the absolute AdditionalFile path that ends with it; one that
        // climbs out of the project ("../shared/guard.json") is matched by its file name (the package passes only it).
        if (wanted.IndexOf("../", StringComparison.Ordinal) >= 0)
        {
            return string.Equals(FileNameOf(normalized), FileNameOf(wanted), ConfigurationPaths.Comparison);
        }

        return normalized.Length > wanted.Length
            && normalized[normalized.Length - wanted.Length - 1] == '/'
            && normalized.EndsWith(wanted, ConfigurationPaths.Comparison);
    }

    private static string FileNameOf(string normalizedPath)
    {
        var slash = normalizedPath.LastIndexOf('/');
        return slash < 0 ? normalizedPath : normalizedPath.Substring(slash + 1);
    }

    private static ContainerGuardConfiguration Parse(AdditionalText file, CancellationToken cancellationToken)
    {
        try
        {
            var text = file.GetText(cancellationToken);
            return text is null ? ContainerGuardConfiguration.Default : ConfigurationLoader.Parse(text.ToString(), file.Path).Configuration;
        }
        catch (IOException)
        {
            return ContainerGuardConfiguration.Default;
        }
    }
    private static int FolderLength(string path) => ConfigurationPaths.FolderOf(path)?.Length ?? 0;
}
