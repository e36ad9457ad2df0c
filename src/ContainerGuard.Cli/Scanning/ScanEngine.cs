using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ContainerGuard.Catalog;
using ContainerGuard.Configuration;
using ContainerGuard.Files;
using ContainerGuard.Findings;
using ContainerGuard.Text;

namespace ContainerGuard.Cli.Scanning;

/// <summary>A finding with what the reports need besides it: the file's full path and a stable fingerprint.</summary>
public sealed class ReportedFinding
{
    public ReportedFinding(Finding finding, string fullPath, string fingerprint)
    {
        Finding = finding;
        FullPath = fullPath;
        Fingerprint = fingerprint;
    }

    public Finding Finding { get; }

    public string FullPath { get; }

    /// <summary>
    /// Hash of rule, path and the normalized line text (or the redacted message for secret findings). Never the text
    /// itself. Empty when the scan was run without fingerprints (reports that do not show them).
    /// </summary>
    public string Fingerprint { get; }
}

public sealed class ScanResult
{
    public ScanResult(int fileCount, IReadOnlyList<ReportedFinding> findings)
    {
        FileCount = fileCount;
        Findings = findings;
    }

    /// <summary>Files that were linted (kinds without rules yet are not counted).</summary>
    public int FileCount { get; }

    /// <summary>Sorted by path, line, column, id: the same input always gives the same output.</summary>
    public IReadOnlyList<ReportedFinding> Findings { get; }

    public int Count(Severity severity) => Findings.Count(f => f.Finding.Severity == severity);
}

/// <summary>Reads and lints the targets on every core, one file per work item.</summary>
public static class ScanEngine
{
    /// <param name="withFingerprints">Compute <see cref="ReportedFinding.Fingerprint"/> (SARIF shows it; text and JSON do not).</param>
    public static ScanResult Scan(IReadOnlyList<ScanTarget> targets, ConfigurationResolver configurations, LintOptions baseOptions, FileLinterSet linters, string workingDirectory, int? maxDegreeOfParallelism = null, bool withFingerprints = true)
        => Scan(targets, Array.Empty<UnreadablePath>(), configurations, baseOptions, linters, workingDirectory, maxDegreeOfParallelism, withFingerprints);

    /// <param name="unreadable">Paths discovery could not look at: one CG9001 each.</param>
    public static ScanResult Scan(IReadOnlyList<ScanTarget> targets, IReadOnlyCollection<UnreadablePath> unreadable, ConfigurationResolver configurations, LintOptions baseOptions, FileLinterSet linters, string workingDirectory, int? maxDegreeOfParallelism = null, bool withFingerprints = true)
    {
        var lintable = targets.Where(t => linters.Lints(t.Kind)).ToArray();
        var perFile = new IReadOnlyList<ReportedFinding>?[lintable.Length];
        var parallelOptions = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount };
        Parallel.For(0, lintable.Length, parallelOptions, i => perFile[i] = LintOne(lintable[i], linters, configurations, baseOptions, workingDirectory, withFingerprints));

        var all = new List<ReportedFinding>();
        int fileCount = 0;
        foreach (var findings in perFile)
        {
            if (findings is not null)
            {
                fileCount++;
                all.AddRange(findings);
            }
        }

        foreach (var path in unreadable)
        {
            var options = baseOptions.WithConfiguration(configurations.For(path.FullPath));
            var problems = path.IsFolder ? FileProblems.FolderUnreadable(path.DisplayPath, path.Reason, options) : FileProblems.Unreadable(path.DisplayPath, path.Reason, options);
            all.AddRange(problems.Select(f => new ReportedFinding(f, path.FullPath, Fingerprints.Of(f, lineText: null))));
        }

        foreach (var problem in configurations.Problems)
        {
            // Core names configuration files (containerguard.json, .editorconfig) by full path; show them like every other path.
            var shown = problem.WithPath(PathDisplay.ForDisplay(problem.Path, workingDirectory));
            all.Add(new ReportedFinding(shown, problem.Path, Fingerprints.Of(shown, lineText: null)));
        }

        all.Sort(CompareFindings);
        return new ScanResult(fileCount, all);
    }

    /// <summary>The target's findings; null when it turned out not to be a file of its kind (a JSON file that is not an ARM template).</summary>
    private static IReadOnlyList<ReportedFinding>? LintOne(ScanTarget target, FileLinterSet linters, ConfigurationResolver configurations, LintOptions baseOptions, string workingDirectory, bool withFingerprints)
    {
        var options = baseOptions.WithConfiguration(configurations.For(target.FullPath));
        var kind = FileKinds.Get(target.Kind);
        if (kind.NeedsStartOfFile && !StartMatches(target, kind))
        {
            return null;
        }

        string? content = TryRead(target, options, out var problems);
        if (content is null)
        {
            return problems!.Select(f => new ReportedFinding(f, target.FullPath, Fingerprints.Of(f, lineText: null))).ToArray();
        }

        var request = new LintRequest(target.DisplayPath, content, target.FullPath, ReadRelated);
        IReadOnlyList<Finding> findings;
        try
        {
            findings = linters.Lint(target.Kind, request, options);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Core never throws; this is the last line of defence so one file never stops the scan.
            findings = FileProblems.Failed(target.DisplayPath, kind.DisplayName, ex, options);
        }

        if (findings.Count == 0)
        {
            return Array.Empty<ReportedFinding>();
        }

        // Findings in related files (a Directory.Build.props) name them by full path: show them like every other path.
        var shown = findings.Select(f => f.Path == target.DisplayPath ? f : f.WithPath(PathDisplay.ForDisplay(f.Path, workingDirectory))).ToArray();
        if (!withFingerprints)
        {
            return shown.Select(f => new ReportedFinding(f, f.Path == target.DisplayPath ? target.FullPath : Path.GetFullPath(f.Path, workingDirectory), string.Empty)).ToArray();
        }

        var text = new SourceText(content);
        var secretLines = new HashSet<int>(shown.Where(f => f.Path == target.DisplayPath && IsSecretConcern(f.Rule.Concern)).Select(f => f.Span.Start.Line));
        var result = new ReportedFinding[shown.Length];
        for (int i = 0; i < shown.Length; i++)
        {
            var finding = shown[i];
            if (finding.Path != target.DisplayPath)
            {
                result[i] = new ReportedFinding(finding, Path.GetFullPath(finding.Path, workingDirectory), Fingerprints.Of(finding, lineText: null));
                continue;
            }

            int line = finding.Span.Start.Line;
            string? lineText = line >= 1 && line <= text.LineCount && !secretLines.Contains(line)
                ? text.GetText(TextSpan.FromBounds(text.GetLineStart(line - 1), text.GetLineEnd(line - 1)))
                : null;
            result[i] = new ReportedFinding(finding, target.FullPath, Fingerprints.Of(finding, lineText));
        }

        return result;
    }

    private static bool IsSecretConcern(Concern concern) => concern is Concern.Secret or Concern.SecretExposure;

    /// <summary>A related file a linter asks for (a Directory.Build.props): its text, or null when absent or unreadable.</summary>
    private static string? ReadRelated(string fullPath)
    {
        try
        {
            return File.Exists(fullPath) ? FileText.Read(fullPath, Linter.MaxFileLength * 16L) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Confirms a kind decided by the start of the file (an ARM template's $schema); unreadable files are left to the read that reports them.</summary>
    private static bool StartMatches(ScanTarget target, FileKindInfo kind)
    {
        if (target.Length == 0)
        {
            // Empty (an empty JSON file is no template), or a FIFO whose open would block.
            return false;
        }

        try
        {
            return kind.MatchesStart(FileText.ReadStart(target.FullPath, ArmTemplateSniffer.SniffLength));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>The file's text, or null and the CG9001 that says why not (Core's wording, at 1,1).</summary>
    private static string? TryRead(ScanTarget target, LintOptions options, out IReadOnlyList<Finding>? problems)
    {
        problems = null;
        long limit = options.MaxFileBytes;
        if (target.Length > limit)
        {
            problems = FileProblems.TooLarge(target.DisplayPath, target.Length, options);
            return null;
        }

        if (target.Length == 0)
        {
            // Empty, or a FIFO or device whose open would block: read on another thread with a time-out.
            byte[]? bytes = UnsizedFile.TryRead(target.FullPath, limit, UnsizedFile.DefaultTimeout, out string? problem);
            if (bytes is null)
            {
                problems = FileProblems.Unreadable(target.DisplayPath, problem!, options);
                return null;
            }

            if (bytes.Length > limit)
            {
                problems = FileProblems.TooLarge(target.DisplayPath, bytes.Length, options);
                return null;
            }

            return TextDecoding.Decode(bytes, bytes.Length);
        }

        try
        {
            return FileText.Read(target.FullPath, limit);
        }
        catch (FileTooLargeException ex)
        {
            problems = FileProblems.TooLarge(target.DisplayPath, ex.Length, options);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException)
        {
            // The exception's message is not shown: only its type (the path is already in the finding).
            problems = FileProblems.Unreadable(target.DisplayPath, ex.GetType().Name, options);
            return null;
        }
    }

    public static int CompareFindings(ReportedFinding x, ReportedFinding y)
    {
        var a = x.Finding;
        var b = y.Finding;
        int c = string.CompareOrdinal(a.Path, b.Path);
        if (c != 0) return c;
        c = a.Span.Start.Line.CompareTo(b.Span.Start.Line);
        if (c != 0) return c;
        c = a.Span.Start.Column.CompareTo(b.Span.Start.Column);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.RuleId, b.RuleId);
        if (c != 0) return c;
        c = a.Span.End.Line.CompareTo(b.Span.End.Line);
        if (c != 0) return c;
        c = a.Span.End.Column.CompareTo(b.Span.End.Column);
        if (c != 0) return c;
        return string.CompareOrdinal(a.Message, b.Message);
    }
}
