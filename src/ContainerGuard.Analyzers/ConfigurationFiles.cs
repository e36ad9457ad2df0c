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
/// <see cref="AdditionalText"/>, shared by the five analyzers); problems in the file are ignored here because the
/// MSBuild task reports them (CG9002/CG9003) and every setting that could be read still applies.
/// </summary>
internal sealed class ConfigurationFiles
{
    public static readonly ConfigurationFiles None = new(ImmutableArray<(string Directory, ContainerGuardConfiguration Configuration)>.Empty);

    private static readonly ConditionalWeakTable<AdditionalText, ContainerGuardConfiguration> Cache = new();

    // Sorted by directory length, longest first: the first ancestor of a source file is the nearest.
    private readonly ImmutableArray<(string Directory, ContainerGuardConfiguration Configuration)> _files;

    private ConfigurationFiles(ImmutableArray<(string Directory, ContainerGuardConfiguration Configuration)> files)
    {
        _files = files;
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
            if (wanted is null ? !IsConfigurationFile(file.Path) : !IsExplicitFile(file.Path, wanted))
            {
                continue;
            }

            var configuration = Cache.GetValue(file, text => Parse(text, cancellationToken));
            (found ??= new List<(string, ContainerGuardConfiguration)>()).Add((DirectoryOf(file.Path), configuration));
        }

        if (found is null)
        {
            return None;
        }

        found.Sort((a, b) => b.Item1.Length.CompareTo(a.Item1.Length));
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

        var sourceDirectory = string.IsNullOrEmpty(sourcePath) ? string.Empty : DirectoryOf(sourcePath!);
        foreach (var file in _files)
        {
            if (IsAncestor(file.Directory, sourceDirectory))
            {
                return file.Configuration;
            }
        }

        return _files[_files.Length - 1].Configuration;
    }

    internal static bool IsConfigurationFile(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return false;
        }

        var name = path!;
        var slash = name.LastIndexOfAny(new[] { '/', '\\' });
        if (slash >= 0)
        {
            name = name.Substring(slash + 1);
        }

        return string.Equals(name, ConfigurationLoader.FileName, StringComparison.OrdinalIgnoreCase);
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
        if (string.Equals(normalized, wanted, StringComparison.OrdinalIgnoreCase))
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
            return string.Equals(FileNameOf(normalized), FileNameOf(wanted), StringComparison.OrdinalIgnoreCase);
        }

        return normalized.Length > wanted.Length
            && normalized[normalized.Length - wanted.Length - 1] == '/'
            && normalized.EndsWith(wanted, StringComparison.OrdinalIgnoreCase);
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

    private static string DirectoryOf(string path)
    {
        var normalized = path.Replace('\\', '/');
        var slash = normalized.LastIndexOf('/');
        return slash < 0 ? string.Empty : normalized.Substring(0, slash + 1);
    }

    private static bool IsAncestor(string directory, string sourceDirectory)
        => directory.Length > 0 && sourceDirectory.StartsWith(directory, StringComparison.OrdinalIgnoreCase);
}
