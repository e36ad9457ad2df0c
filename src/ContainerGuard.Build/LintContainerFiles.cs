using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using ContainerGuard.Configuration;
using ContainerGuard.Configuration.EditorConfig;
using ContainerGuard.Files;
using ContainerGuard.Project;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;
using ContainerGuard.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ContainerGuard.Build;

/// <summary>
/// Lints the project's files (Dockerfiles, and the other kinds of <see cref="FileKinds"/> as they gain rules) and its SDK
/// container properties during the build, and logs each finding as an ordinary MSBuild warning, error or message with
/// its CG code. A thin host of Core's <see cref="Linter.Lint(FileKind, LintRequest, LintOptions)"/>: it reads files,
/// resolves the configuration and logs. Never throws: a file it cannot read is one CG9001 warning at (1,1); the task
/// fails only when a finding of severity error was logged. Unchanged files are replayed from <see cref="CacheFile"/>.
/// </summary>
public sealed class LintContainerFiles : Task
{
    private HashSet<string> _noWarn = new(StringComparer.OrdinalIgnoreCase);
    private HashSet<string> _warningsNotAsErrors = new(StringComparer.OrdinalIgnoreCase);
    private bool _treatWarningsAsErrors;
    private ConfigurationResolver _configurations = new(null, ContainerGuardConfiguration.Default);

    /// <summary>Metadata of the package's default items: such an item is linted only if Core's classifier agrees on its kind.</summary>
    public const string DefaultItemMetadata = "ContainerGuardDefaultItem";

    /// <summary>Metadata naming an item's kind (<see cref="FileKind"/>: <c>Dockerfile</c>, <c>Bicep</c>…) when its name does not say.</summary>
    public const string KindMetadata = "ContainerGuardKind";

    /// <summary>
    /// The <c>ContainerGuardDockerfile</c> items. One the project added is a Dockerfile whatever its name; a default item
    /// (<see cref="DefaultItemMetadata"/>) is linted only when its name is a Dockerfile's, exactly as <c>containerguard scan</c> decides.
    /// </summary>
    public ITaskItem[] Dockerfiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Files of any kind: <see cref="KindMetadata"/> when set, otherwise classified by Core (name, then start of file).</summary>
    public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

    /// <summary><c>ContainerGuardMaxFileSizeMiB</c>: replaces <c>maxFileSizeMiB</c> of containerguard.json.</summary>
    public string? MaxFileSizeMiB { get; set; }

    /// <summary>
    /// <c>@(EditorConfigFiles)</c>: the .editorconfig and global config files the compiler reads. Their severities
    /// (<c>dotnet_diagnostic.CG4001.severity</c>, the category and all-analyzer keys) apply to these rules too.
    /// </summary>
    public ITaskItem[] EditorConfigFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary><c>$(DiscoverEditorConfigFiles)</c>: <c>false</c> also stops the task looking for .editorconfig files above each linted file.</summary>
    public string? DiscoverEditorConfigFiles { get; set; }

    /// <summary>The project file (<c>$(MSBuildProjectFullPath)</c>): where CG6xxx findings point.</summary>
    public string? ProjectFile { get; set; }

    // The .NET SDK's container-publish properties, linted by the CG6xxx project rules.
    public string? ContainerBaseImage { get; set; }

    /// <summary><c>@(ContainerEnvironmentVariable)</c>: the variables the SDK writes into the image, with their <c>Value</c> metadata (CG6040).</summary>
    public ITaskItem[] ContainerEnvironmentVariables { get; set; } = Array.Empty<ITaskItem>();

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

    /// <summary>A stand-in Dockerfile linter (tests check the mapping and the cache independently of the rules); null: Core's.</summary>
    internal Func<string, string, LintOptions, IReadOnlyList<Finding>>? DockerfileLinter { get; set; }

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
                    WarningsAsErrors = WarningsAsErrors,
                    MaxFileSizeMiB = MaxFileSizeMiB,
                },
                projectFile);
            foreach (var finding in msbuild.Findings)
            {
                LogFinding(finding);
            }

            var overrides = msbuild.Configuration;
            // The compiler's .editorconfig files (and those above each linted file), so that severities set there apply
            // to these rules as they do to the analyzers.
            var editorConfig = new EditorConfigResolver(
                EditorConfigFiles.Select(FullPath),
                discover: !string.Equals(DiscoverEditorConfigFiles?.Trim(), "false", StringComparison.OrdinalIgnoreCase));
            _configurations = new ConfigurationResolver(ExplicitConfigurationPath(), overrides, editorConfig);

            var now = Now ?? DateTimeOffset.UtcNow;
            string toolStamp = ToolStamp(now);
            var cache = LintCache.Load(CacheFile, toolStamp);
            var seen = new HashSet<string>(StringComparer.Ordinal);

            foreach (var (path, kind) in FilesToLint())
            {
                if (seen.Add(path))
                {
                    LintFile(path, kind, overrides, now, cache);
                }
            }

            LintProject(overrides, now);

            // Problems in the configuration files that applied (containerguard.json, .editorconfig): once per file, every build.
            LogFindings(_configurations.Problems);

            SaveCache(cache, seen);

            Log.LogMessage(
                MessageImportance.Low,
                "ContainerGuard: {0} file(s) linted, {1} replayed from the cache.",
                LintedCount,
                ReplayedCount);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Last line of defence: never a task exception (MSB4018). The type only: the text could quote a file.
            LogFinding(new Finding(
                ToolRules.RuleFailed,
                ProjectFile ?? string.Empty,
                FileProblems.FileStart,
                $"ContainerGuard stopped with an internal error ({ex.GetType().Name}); some files were not checked.",
                ToolRules.RuleFailed.DefaultSeverity));
        }

        return !Log.HasLoggedErrors;
    }

    /// <summary>The items to lint with their kinds: project-added Dockerfiles as such, default items and <see cref="Files"/> as Core classifies them.</summary>
    private IEnumerable<(string Path, FileKind Kind)> FilesToLint()
    {
        foreach (var item in Dockerfiles)
        {
            string path = FullPath(item);
            bool isDefault = string.Equals(item.GetMetadata(DefaultItemMetadata), "true", StringComparison.OrdinalIgnoreCase);
            if (!isDefault || FileKinds.Dockerfile.MatchesName(Path.GetFileName(path)))
            {
                yield return (path, FileKind.Dockerfile);
            }
        }

        foreach (var item in Files)
        {
            string path = FullPath(item);
            string named = item.GetMetadata(KindMetadata);
            if (!string.IsNullOrWhiteSpace(named))
            {
                if (Enum.TryParse(named.Trim(), ignoreCase: true, out FileKind given))
                {
                    yield return (path, given);
                }
                else
                {
                    Log.LogWarning(null, ToolRules.InvalidConfiguration.Id, null, ToolRules.InvalidConfiguration.HelpUri, path, 1, 1, 1, 1,
                        "{0}={1} names no kind of file ({2}); the item is ignored.", KindMetadata, named, string.Join(", ", Enum.GetNames(typeof(FileKind))));
                }

                continue;
            }

            if (FileKinds.Classify(path, () => ReadStart(path)) is { } kind)
            {
                yield return (path, kind.Kind);
            }
        }
    }

    private static string? ReadStart(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length == 0)
            {
                return null;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            byte[] buffer = new byte[ArmTemplateSniffer.SniffLength];
            int total = 0, read;
            while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
            {
                total += read;
            }

            return TextDecoding.Decode(buffer, total);
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is NotSupportedException || ex is ArgumentException || ex is System.Security.SecurityException)
        {
            return null;
        }
    }

    private void LintFile(string path, FileKind kind, ContainerGuardConfiguration overrides, DateTimeOffset now, LintCache cache)
    {
        var options = new LintOptions(overrides, now);
        var kindInfo = FileKinds.Get(kind);
        if (kindInfo.Linter is null && !(kind == FileKind.Dockerfile && DockerfileLinter is not null))
        {
            // Recognised, no rules yet: nothing to read.
            return;
        }

        try
        {
            options = new LintOptions(ConfigurationFor(path, overrides), now);
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                LogFindings(Directory.Exists(path) ? FileProblems.Unreadable(path, "it is a folder", options) : FileProblems.NotFound(path, options));
                return;
            }

            if (info.Length > options.MaxFileBytes)
            {
                LogFindings(FileProblems.TooLarge(path, info.Length, options));
                return;
            }

            string fingerprint = Fingerprint(options.Configuration) + "/" + kind;
            long lastWrite = info.LastWriteTimeUtc.Ticks;
            var cached = cache.Find(path);
            if (cached != null && cached.ConfigurationFingerprint == fingerprint && cached.Length == info.Length && cached.LastWriteTicks == lastWrite && info.Length > 0)
            {
                Replay(cached);
                return;
            }

            byte[] bytes;
            if (info.Length == 0)
            {
                // Empty, or a FIFO or device whose open would block: read on another thread with a time-out.
                var read = UnsizedFile.TryRead(path, options.MaxFileBytes, UnsizedFile.DefaultTimeout, out string? problem);
                if (read is null)
                {
                    LogFindings(FileProblems.Unreadable(path, problem!, options));
                    return;
                }

                if (read.LongLength > options.MaxFileBytes)
                {
                    LogFindings(FileProblems.TooLarge(path, read.LongLength, options));
                    return;
                }

                bytes = read;
            }
            else
            {
                bytes = File.ReadAllBytes(path);
            }

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

            var request = new LintRequest(path, TextDecoding.Decode(bytes, bytes.Length), path, ReadRelated);
            var findings = kind == FileKind.Dockerfile && DockerfileLinter is { } substitute
                ? Linter.Lint(kind, request, options, (r, o) => substitute(r.Path, r.Text, o))
                : Linter.Lint(kind, request, options);
            if (findings.Any(f => f.Rule == ToolRules.RuleFailed))
            {
                // A failure is not remembered: the next build tries again.
                LogFindings(findings);
                return;
            }

            var entry = new LintCache.Entry(path, bytes.LongLength, lastWrite, hash, fingerprint);
            entry.Findings.AddRange(findings);
            cache.Set(entry);
            LintedCount++;
            LogFindings(findings);
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is NotSupportedException || ex is ArgumentException || ex is System.Security.SecurityException)
        {
            // Locked, no access, deleted mid-build, a path that is not a file name: one CG9001 at the file.
            LogFindings(FileProblems.Unreadable(path, ex.GetType().Name, options));
        }
    }

    /// <summary>A related file a linter asks for (the Directory.Build.props MSBuild imported): its text, or null.</summary>
    private static string? ReadRelated(string fullPath)
    {
        try
        {
            return File.Exists(fullPath) ? File.ReadAllText(fullPath) : null;
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is NotSupportedException || ex is ArgumentException || ex is System.Security.SecurityException)
        {
            return null;
        }
    }

    private void LogFindings(IEnumerable<Finding> findings)
    {
        foreach (var finding in findings)
        {
            LogFinding(finding);
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
        var options = new LintOptions(ConfigurationFor(projectPath, overrides), now);
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
                ["DirectoryBuildPropsPath"] = string.IsNullOrWhiteSpace(DirectoryBuildPropsPath) ? null : Path.GetFullPath(DirectoryBuildPropsPath!),
            };

            // The project file's text only places findings; what MSBuild evaluated is what is linted.
            string projectText = (File.Exists(projectPath) ? ReadRelated(projectPath) : null) ?? string.Empty;
            var items = new Dictionary<string, IReadOnlyList<EvaluatedItem>>(StringComparer.OrdinalIgnoreCase)
            {
                [Project.ContainerEnvironmentVariables.ItemType] = Evaluated(ContainerEnvironmentVariables, Project.ContainerEnvironmentVariables.ValueMetadata),
            };
            LogFindings(Linter.Lint(FileKind.ProjectFile, new LintRequest(projectPath, projectText, projectPath, ReadRelated, values, items), options));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogFindings(FileProblems.Failed(projectPath, FileKinds.ProjectFile.DisplayName, ex, options));
        }
    }

    /// <summary>Task items as Core's evaluated items, with the metadata the linters read.</summary>
    private static IReadOnlyList<EvaluatedItem> Evaluated(ITaskItem[]? items, params string[] metadataNames)
    {
        var result = new List<EvaluatedItem>();
        foreach (var item in items ?? Array.Empty<ITaskItem>())
        {
            var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (string name in metadataNames)
            {
                metadata[name] = item.GetMetadata(name);
            }

            result.Add(new EvaluatedItem(item.ItemSpec, metadata));
        }

        return result;
    }

    private void Replay(LintCache.Entry entry)
    {
        ReplayedCount++;
        foreach (var finding in entry.Findings)
        {
            LogFinding(finding);
        }
    }

    /// <summary>The configuration of one file: containerguard.json, MSBuild properties, .editorconfig (Core's resolver).</summary>
    private ContainerGuardConfiguration ConfigurationFor(string path, ContainerGuardConfiguration overrides) => _configurations.For(path);

    /// <summary>ContainerGuardConfigFile as a full path (relative to the project, as the analyzers' side resolves it); null when not set.</summary>
    private string? ExplicitConfigurationPath()
    {
        if (string.IsNullOrWhiteSpace(ConfigFile))
        {
            return null;
        }

        string path = ConfigFile!.Trim();
        if (!Path.IsPathRooted(path) && !string.IsNullOrWhiteSpace(ProjectFile))
        {
            path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(ProjectFile!)) ?? string.Empty, path);
        }

        return path;
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

    /// <summary>Everything in a configuration that can change findings, hashed (with <see cref="ContainerGuardConfiguration.MaxFileSizeMiB"/>).</summary>
    internal static string Fingerprint(ContainerGuardConfiguration configuration)
    {
        var text = new StringBuilder();
        Append(text, "registries", configuration.ApprovedRegistries);
        Append(text, "images", configuration.ApprovedBaseImages);
        Append(text, "secrets", configuration.SecretNames);
        Append(text, "severities", configuration.RuleSeverities.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase).Select(p => p.Key.ToUpperInvariant() + "=" + p.Value.ToName()));
        Append(text, "disabled", configuration.DisabledRules.Select(r => r.ToUpperInvariant()).OrderBy(r => r, StringComparer.Ordinal));
        text.Append("source=").Append(configuration.SourcePath ?? string.Empty).Append('\n');
        text.Append("max=").Append(configuration.MaxFileSizeMiB?.ToString(CultureInfo.InvariantCulture) ?? string.Empty).Append('\n');
        Append(text, "errors", configuration.ErrorRules.Select(r => r.ToUpperInvariant()).OrderBy(r => r, StringComparer.Ordinal));
        text.Append("editorconfig=").Append(configuration.EditorConfigSeverities.Describe()).Append('\n');
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
