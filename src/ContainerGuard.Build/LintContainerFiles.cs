using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using ContainerGuard.Configuration;
using ContainerGuard.Project;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;
using ContainerGuard.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ContainerGuard.Build;

/// <summary>
/// Lints the project's Dockerfiles (and, with the project rules, its SDK container properties) during the
/// build and logs each finding as an ordinary MSBuild warning, error or message with its CG code.
/// Never throws: a file it cannot read is one CG9001 warning; the task fails only when a finding of
/// severity error was logged. Unchanged files are replayed from <see cref="CacheFile"/> instead of linted.
/// </summary>
public sealed class LintContainerFiles : Task
{
    private HashSet<string> _noWarn = new(StringComparer.OrdinalIgnoreCase);
    private HashSet<string> _warningsNotAsErrors = new(StringComparer.OrdinalIgnoreCase);
    private bool _treatWarningsAsErrors;
    private ConfigurationLocator _locator = new();
    private ContainerGuardConfiguration? _explicitConfiguration;

    /// <summary>The <c>ContainerGuardDockerfile</c> items.</summary>
    public ITaskItem[] Dockerfiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The project file (<c>$(MSBuildProjectFullPath)</c>): where CG6xxx findings point.</summary>
    public string? ProjectFile { get; set; }

    // The .NET SDK's container-publish properties, linted by the CG6xxx project rules.
    public string? ContainerBaseImage { get; set; }

    public string? ContainerFamily { get; set; }

    public string? ContainerUser { get; set; }

    public string? ContainerRegistry { get; set; }

    public string? ContainerRepository { get; set; }

    public string? ContainerImageTag { get; set; }

    public string? ContainerImageTags { get; set; }

    public string? ContainerRuntimeIdentifier { get; set; }

    public string? EnableSdkContainerSupport { get; set; }

    public string? TargetFramework { get; set; }

    public string? UsingMicrosoftNETSdkWeb { get; set; }

    public string? SelfContained { get; set; }

    public string? PublishAot { get; set; }

    public string? InvariantGlobalization { get; set; }

    public string? ContainerRuntimeIdentifiers { get; set; }

    public string? TargetFrameworks { get; set; }

    public string? PublishSelfContained { get; set; }

    public string? PublishTrimmed { get; set; }

    public string? RuntimeIdentifier { get; set; }

    /// <summary><c>$(DirectoryBuildPropsPath)</c>: CG6xxx findings for properties written there point into it.</summary>
    public string? DirectoryBuildPropsPath { get; set; }

    // MSBuild overrides of containerguard.json (semicolon-separated lists).
    public string? ApprovedRegistries { get; set; }

    public string? ApprovedBaseImages { get; set; }

    public string? SecretNames { get; set; }

    /// <summary>An explicit containerguard.json; when empty the nearest one above each file applies.</summary>
    public string? ConfigFile { get; set; }

    // The project's warning settings: NoWarn silences our codes (info findings included),
    // TreatWarningsAsErrors promotes our warnings except those in WarningsNotAsErrors.
    public string? NoWarn { get; set; }

    public string? WarningsAsErrors { get; set; }

    public string? WarningsNotAsErrors { get; set; }

    public string? TreatWarningsAsErrors { get; set; }

    /// <summary>Where findings are kept between builds (<c>$(IntermediateOutputPath)containerguard.cache</c>); empty: no cache.</summary>
    public string? CacheFile { get; set; }

    /// <summary>Fixed "now" for tests (end-of-life rules depend on the date).</summary>
    internal DateTimeOffset? Now { get; set; }

    /// <summary>The linter (tests give a fake to check the mapping and the cache independently of the rules).</summary>
    internal Func<string, string, LintOptions, IReadOnlyList<Finding>> DockerfileLinter { get; set; }
        = (path, content, options) => Linter.LintDockerfile(path, content, options);

    /// <summary>Files linted in this run.</summary>
    [Output]
    public int LintedCount { get; private set; }

    /// <summary>Files whose findings were replayed from the cache.</summary>
    [Output]
    public int ReplayedCount { get; private set; }

    public override bool Execute()
    {
        try
        {
            _noWarn = CodeSet(NoWarn);
            _warningsNotAsErrors = CodeSet(WarningsNotAsErrors);
            _treatWarningsAsErrors = string.Equals(TreatWarningsAsErrors?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

            string projectFile = ProjectFile ?? string.Empty;
            var msbuild = ConfigurationOverrides.FromMSBuild(
                new MSBuildConfigurationProperties
                {
                    ApprovedRegistries = ApprovedRegistries,
                    ApprovedBaseImages = ApprovedBaseImages,
                    SecretNames = SecretNames,
                    NoWarn = NoWarn,
                },
                projectFile);
            foreach (var finding in msbuild.Findings)
            {
                LogFinding(finding);
            }

            var overrides = msbuild.Configuration;
            _locator = new ConfigurationLocator();
            _explicitConfiguration = LoadExplicitConfiguration();

            var now = Now ?? DateTimeOffset.UtcNow;
            string toolStamp = ToolStamp(now);
            var cache = LintCache.Load(CacheFile, toolStamp);
            var seen = new HashSet<string>(StringComparer.Ordinal);

            foreach (var item in Dockerfiles)
            {
                string path = FullPath(item);
                if (seen.Add(path))
                {
                    LintDockerfile(path, overrides, now, cache);
                }
            }

            LintProject(overrides, now);

            // Problems in the containerguard.json files that applied: once per file, every build.
            if (_explicitConfiguration is null)
            {
                foreach (var located in _locator.LoadedConfigurations)
                {
                    foreach (var finding in located.Result.Findings)
                    {
                        LogFinding(finding);
                    }
                }
            }

            SaveCache(cache, seen);

            Log.LogMessage(
                MessageImportance.Low,
                "ContainerGuard: {0} Dockerfile(s) linted, {1} replayed from the cache.",
                LintedCount,
                ReplayedCount);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Last line of defence: never a task exception (MSB4018). The type only: the text could quote a file.
            LogFinding(new Finding(
                ToolRules.RuleFailed,
                ProjectFile ?? string.Empty,
                default,
                $"ContainerGuard stopped with an internal error ({ex.GetType().Name}); some files were not checked.",
                ToolRules.RuleFailed.DefaultSeverity));
        }

        return !Log.HasLoggedErrors;
    }

    private void LintDockerfile(string path, ContainerGuardConfiguration overrides, DateTimeOffset now, LintCache cache)
    {
        ContainerGuardConfiguration configuration = overrides;
        try
        {
            configuration = ConfigurationFor(path, overrides);
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                ReportUnreadable(path, configuration, "The file does not exist.");
                return;
            }

            if (info.Length > Linter.MaxFileLength)
            {
                ReportUnreadable(path, configuration, $"The file is larger than {Linter.MaxFileLength / (1024 * 1024)} MiB and was not checked.");
                return;
            }

            string fingerprint = Fingerprint(configuration);
            long lastWrite = info.LastWriteTimeUtc.Ticks;
            var cached = cache.Find(path);
            if (cached != null && cached.ConfigurationFingerprint == fingerprint && cached.Length == info.Length && cached.LastWriteTicks == lastWrite)
            {
                Replay(cached);
                return;
            }

            byte[] bytes = File.ReadAllBytes(path);
            string hash = Hash(bytes);
            if (cached != null && cached.ConfigurationFingerprint == fingerprint && cached.ContentHash == hash)
            {
                // Touched but not changed (a checkout, a copy): same findings; remember the new time stamp.
                var touched = new LintCache.Entry(path, bytes.LongLength, lastWrite, hash, fingerprint);
                touched.Findings.AddRange(cached.Findings);
                cache.Set(touched);
                Replay(touched);
                return;
            }

            string? content = Decode(bytes);
            if (content is null)
            {
                ReportUnreadable(path, configuration, "The file is not text (it contains NUL characters) and was not checked.");
                return;
            }

            IReadOnlyList<Finding> findings;
            try
            {
                findings = DockerfileLinter(path, content, new LintOptions(configuration, now));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The linter guards each rule itself; this is the parser or the engine. Not cached: retried next build.
                LogFinding(new Finding(ToolRules.RuleFailed, path, new LinePositionSpan(1, 1, 1, 1), $"ContainerGuard failed on this file ({ex.GetType().Name}); it was not checked.", configuration.GetSeverity(ToolRules.RuleFailed)));
                return;
            }

            var entry = new LintCache.Entry(path, bytes.LongLength, lastWrite, hash, fingerprint);
            entry.Findings.AddRange(findings);
            cache.Set(entry);
            LintedCount++;
            foreach (var finding in findings)
            {
                LogFinding(finding);
            }
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is NotSupportedException || ex is ArgumentException || ex is System.Security.SecurityException)
        {
            // Locked, no access, deleted mid-build, a path that is not a file name: one CG9001 at the file.
            ReportUnreadable(path, configuration, $"The file could not be read ({ex.GetType().Name}).");
        }
    }

    /// <summary>
    /// The SDK container properties as MSBuild evaluated them (CG6xxx). Cheap (no file but the project's own
    /// text is read), so it runs on every build rather than through the cache.
    /// </summary>
    private void LintProject(ContainerGuardConfiguration overrides, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(ProjectFile))
        {
            return;
        }

        string projectPath = Path.GetFullPath(ProjectFile!);
        var configuration = ConfigurationFor(projectPath, overrides);
        try
        {
            var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
            {
                [ProjectContainerProperties.EnableSdkContainerSupportName] = EnableSdkContainerSupport,
                [ProjectContainerProperties.ContainerBaseImageName] = ContainerBaseImage,
                [ProjectContainerProperties.ContainerFamilyName] = ContainerFamily,
                [ProjectContainerProperties.ContainerUserName] = ContainerUser,
                [ProjectContainerProperties.ContainerRegistryName] = ContainerRegistry,
                [ProjectContainerProperties.ContainerRepositoryName] = ContainerRepository,
                [ProjectContainerProperties.ContainerImageTagName] = ContainerImageTag,
                [ProjectContainerProperties.ContainerImageTagsName] = ContainerImageTags,
                [ProjectContainerProperties.ContainerRuntimeIdentifierName] = ContainerRuntimeIdentifier,
                [ProjectContainerProperties.ContainerRuntimeIdentifiersName] = ContainerRuntimeIdentifiers,
                [ProjectContainerProperties.TargetFrameworkName] = TargetFramework,
                [ProjectContainerProperties.TargetFrameworksName] = TargetFrameworks,
                [ProjectContainerProperties.UsingMicrosoftNETSdkWebName] = UsingMicrosoftNETSdkWeb,
                [ProjectContainerProperties.SelfContainedName] = SelfContained,
                [ProjectContainerProperties.PublishSelfContainedName] = PublishSelfContained,
                [ProjectContainerProperties.PublishAotName] = PublishAot,
                [ProjectContainerProperties.PublishTrimmedName] = PublishTrimmed,
                [ProjectContainerProperties.InvariantGlobalizationName] = InvariantGlobalization,
                [ProjectContainerProperties.RuntimeIdentifierName] = RuntimeIdentifier,
            };
            var properties = ProjectContainerProperties.FromLookup(name => values.TryGetValue(name, out var value) ? value : null);

            string projectText = File.Exists(projectPath) ? File.ReadAllText(projectPath) : string.Empty;
            string? propsPath = null, propsText = null;
            if (!string.IsNullOrWhiteSpace(DirectoryBuildPropsPath) && File.Exists(DirectoryBuildPropsPath))
            {
                propsPath = Path.GetFullPath(DirectoryBuildPropsPath!);
                propsText = File.ReadAllText(propsPath);
            }

            foreach (var finding in Linter.LintProjectContainerProperties(projectPath, projectText, properties, new LintOptions(configuration, now), propsPath, propsText))
            {
                LogFinding(finding);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogFinding(new Finding(ToolRules.RuleFailed, projectPath, new LinePositionSpan(1, 1, 1, 1), $"ContainerGuard could not check the project's container properties ({ex.GetType().Name}).", configuration.GetSeverity(ToolRules.RuleFailed)));
        }
    }

    private void Replay(LintCache.Entry entry)
    {
        ReplayedCount++;
        foreach (var finding in entry.Findings)
        {
            LogFinding(finding);
        }
    }

    private void ReportUnreadable(string path, ContainerGuardConfiguration configuration, string message)
    {
        var severity = configuration.GetSeverity(ToolRules.FileUnreadable);
        if (severity != Severity.None)
        {
            LogFinding(new Finding(ToolRules.FileUnreadable, path, new LinePositionSpan(0, 0, 0, 0), message, severity));
        }
    }

    /// <summary>The nearest containerguard.json above the file (or ContainerGuardConfigFile), with the MSBuild properties on top.</summary>
    private ContainerGuardConfiguration ConfigurationFor(string path, ContainerGuardConfiguration overrides)
    {
        var fromFile = _explicitConfiguration ?? _locator.GetConfiguration(path).Configuration;
        return overrides.OverrideOf(fromFile);
    }

    /// <summary>ContainerGuardConfigFile, when set: read once, its problems reported once; null when not set.</summary>
    private ContainerGuardConfiguration? LoadExplicitConfiguration()
    {
        if (string.IsNullOrWhiteSpace(ConfigFile))
        {
            return null;
        }

        string path = ConfigFile!.Trim();
        try
        {
            path = Path.GetFullPath(path);
            var result = ConfigurationLoader.Parse(File.ReadAllText(path), path);
            foreach (var finding in result.Findings)
            {
                LogFinding(finding);
            }

            return result.Configuration;
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is NotSupportedException || ex is ArgumentException || ex is System.Security.SecurityException)
        {
            LogFinding(new Finding(
                ToolRules.FileUnreadable,
                path,
                new LinePositionSpan(0, 0, 0, 0),
                $"The configuration file (ContainerGuardConfigFile) could not be read ({ex.GetType().Name}); the default configuration applies.",
                ToolRules.FileUnreadable.DefaultSeverity));
            return new ContainerGuardConfiguration(sourcePath: path);
        }
    }

    /// <summary>Logs one finding the way MSBuild users expect: the code, the position, the help link.</summary>
    internal void LogFinding(Finding finding)
    {
        if (_noWarn.Contains(finding.RuleId))
        {
            return;
        }

        string file = finding.Path;
        var span = finding.Span;
        string helpLink = finding.Rule.HelpUri;
        string message = finding.Message + " (" + helpLink + ")";
        switch (finding.Severity)
        {
            case Severity.Error:
                Log.LogError(null, finding.RuleId, null, helpLink, file, span.Start.Line, span.Start.Column, span.End.Line, span.End.Column, message);
                break;
            case Severity.Warning when _treatWarningsAsErrors && !_warningsNotAsErrors.Contains(finding.RuleId):
                // TreatWarningsAsErrors covers the compiler's warnings only; ours are promoted here.
                Log.LogError(null, finding.RuleId, null, helpLink, file, span.Start.Line, span.Start.Column, span.End.Line, span.End.Column, message);
                break;
            case Severity.Warning:
                Log.LogWarning(null, finding.RuleId, null, helpLink, file, span.Start.Line, span.Start.Column, span.End.Line, span.End.Column, message);
                break;
            case Severity.Info:
                Log.LogMessage(null, finding.RuleId, null, file, span.Start.Line, span.Start.Column, span.End.Line, span.End.Column, MessageImportance.High, message);
                break;
        }
    }

    private void SaveCache(LintCache cache, HashSet<string> paths)
    {
        if (string.IsNullOrWhiteSpace(CacheFile))
        {
            return;
        }

        try
        {
            cache.RetainOnly(paths);
            cache.Save(CacheFile!);
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            // The next build lints again; nothing is lost.
            Log.LogMessage(MessageImportance.Low, "ContainerGuard: the cache {0} could not be written ({1}).", CacheFile, ex.GetType().Name);
        }
    }

    private static string FullPath(ITaskItem item)
    {
        string full = item.GetMetadata("FullPath");
        return string.IsNullOrEmpty(full) ? Path.GetFullPath(item.ItemSpec) : full;
    }

    private static string? Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        string text = reader.ReadToEnd();
        return text.IndexOf('\0') >= 0 ? null : text;
    }

    private static string Hash(byte[] bytes)
    {
        using var sha = SHA256.Create();
        return Hex(sha.ComputeHash(bytes));
    }

    private static string Hex(byte[] bytes)
    {
        var builder = new StringBuilder(bytes.Length * 2);
        foreach (byte b in bytes)
        {
            builder.Append(b.ToString("x2", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    /// <summary>Everything in a configuration that can change findings, hashed.</summary>
    internal static string Fingerprint(ContainerGuardConfiguration configuration)
    {
        var text = new StringBuilder();
        Append(text, "registries", configuration.ApprovedRegistries);
        Append(text, "images", configuration.ApprovedBaseImages);
        Append(text, "secrets", configuration.SecretNames);
        Append(text, "severities", configuration.RuleSeverities.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase).Select(p => p.Key.ToUpperInvariant() + "=" + p.Value.ToName()));
        Append(text, "disabled", configuration.DisabledRules.Select(r => r.ToUpperInvariant()).OrderBy(r => r, StringComparer.Ordinal));
        text.Append("source=").Append(configuration.SourcePath ?? string.Empty).Append('\n');
        return Hash(Encoding.UTF8.GetBytes(text.ToString())).Substring(0, 32);
    }

    private static void Append(StringBuilder text, string name, IEnumerable<string> values)
    {
        text.Append(name).Append('=');
        foreach (var value in values)
        {
            text.Append(value.Replace("\\", "\\\\").Replace(";", "\\;")).Append(';');
        }

        text.Append('\n');
    }

    /// <summary>The rules' build (module version ids change with every change of the code) and the day.</summary>
    private static string ToolStamp(DateTimeOffset now)
        => typeof(Linter).Assembly.ManifestModule.ModuleVersionId.ToString("N") + "/"
            + typeof(LintContainerFiles).Assembly.ManifestModule.ModuleVersionId.ToString("N") + "/"
            + now.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static HashSet<string> CodeSet(string? value)
        => new(
            (value ?? string.Empty).Split(new[] { ';', ',', ' ', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries),
            StringComparer.OrdinalIgnoreCase);
}
