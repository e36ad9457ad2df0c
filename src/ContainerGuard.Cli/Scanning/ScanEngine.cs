using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ContainerGuard.Catalog;
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
    {
        var lintable = targets.Where(t => linters.For(t.Kind) is not null).ToArray();
        var perFile = new IReadOnlyList<ReportedFinding>[lintable.Length];
        var parallelOptions = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount };
        Parallel.For(0, lintable.Length, parallelOptions, i => perFile[i] = LintOne(lintable[i], linters.For(lintable[i].Kind)!, configurations, baseOptions, withFingerprints));

        var all = new List<ReportedFinding>();
        foreach (var findings in perFile)
        {
            all.AddRange(findings);
        }

        foreach (var loaded in configurations.LoadedFiles)
        {
            foreach (var problem in loaded.Result.Findings)
            {
                // Core names the configuration file by its full path; show it like every other path.
                var shown = problem.WithPath(PathDisplay.ForDisplay(problem.Path, workingDirectory));
                all.Add(new ReportedFinding(shown, problem.Path, Fingerprints.Of(shown, lineText: null)));
            }
        }

        all.Sort(CompareFindings);
        return new ScanResult(lintable.Length, all);
    }

    private static IReadOnlyList<ReportedFinding> LintOne(ScanTarget target, FileLinter linter, ConfigurationResolver configurations, LintOptions baseOptions, bool withFingerprints)
    {
        var options = baseOptions.WithConfiguration(configurations.For(target.FullPath));
        string? content = TryRead(target, out string? problem);
        if (content is null)
        {
            var unreadable = new Finding(ToolRules.FileUnreadable, target.DisplayPath, new LinePositionSpan(1, 1, 1, 1), problem!, ToolRules.FileUnreadable.DefaultSeverity);
            var collector = new FindingCollector(target.DisplayPath, new SourceText(string.Empty), options.Configuration);
            collector.Add(unreadable);
            return collector.Findings.Select(f => new ReportedFinding(f, target.FullPath, Fingerprints.Of(f, lineText: null))).ToArray();
        }

        IReadOnlyList<Finding> findings;
        try
        {
            findings = linter(target.DisplayPath, content, options);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Core guards every rule; this is the last line of defence so one file never stops the scan.
            var failed = new Finding(ToolRules.RuleFailed, target.DisplayPath, new LinePositionSpan(1, 1, 1, 1), $"Linting this file failed ({ex.GetType().Name}); it was not checked.", ToolRules.RuleFailed.DefaultSeverity);
            findings = new[] { failed };
        }

        if (findings.Count == 0)
        {
            return Array.Empty<ReportedFinding>();
        }

        if (!withFingerprints)
        {
            var plain = new ReportedFinding[findings.Count];
            for (int i = 0; i < findings.Count; i++)
            {
                plain[i] = new ReportedFinding(findings[i], target.FullPath, string.Empty);
            }

            return plain;
        }

        var text = new SourceText(content);
        var secretLines = new HashSet<int>(findings.Where(f => IsSecretConcern(f.Rule.Concern)).Select(f => f.Span.Start.Line));
        var result = new ReportedFinding[findings.Count];
        for (int i = 0; i < findings.Count; i++)
        {
            var finding = findings[i];
            int line = finding.Span.Start.Line;
            string? lineText = line >= 1 && line <= text.LineCount && !secretLines.Contains(line)
                ? text.GetText(TextSpan.FromBounds(text.GetLineStart(line - 1), text.GetLineEnd(line - 1)))
                : null;
            result[i] = new ReportedFinding(finding, target.FullPath, Fingerprints.Of(finding, lineText));
        }

        return result;
    }

    private static bool IsSecretConcern(Concern concern) => concern is Concern.Secret or Concern.SecretExposure;

    private static string? TryRead(ScanTarget target, out string? problem)
    {
        problem = null;
        try
        {
            string content = FileText.Read(target.FullPath, Linter.MaxFileLength);
            if (content.IndexOf('\0') >= 0)
            {
                problem = "The file is not text (it contains NUL characters) and was not checked.";
                return null;
            }

            return content;
        }
        catch (FileTooLargeException)
        {
            problem = $"The file is larger than {Linter.MaxFileLength / (1024 * 1024)} MiB and was not checked.";
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException)
        {
            // The exception's message is not shown: only its type (the path is already in the finding).
            problem = $"The file could not be read ({ex.GetType().Name}) and was not checked.";
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
