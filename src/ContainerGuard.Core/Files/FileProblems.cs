using System;
using System.Collections.Generic;
using System.Globalization;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;
using ContainerGuard.Text;

namespace ContainerGuard.Files;

/// <summary>
/// The findings for a file (or folder) that could not be checked, worded and placed the same on every surface:
/// CG9001 (CG9004 for a linter that failed) at line 1, column 1, at the configured severity.
/// </summary>
public static class FileProblems
{
    /// <summary>Where every file-level problem points: the start of the file.</summary>
    public static readonly LinePositionSpan FileStart = new(1, 1, 1, 1);

    /// <summary>The file could not be opened or read; <paramref name="reason"/> is the error's type or a short phrase, never its text.</summary>
    public static IReadOnlyList<Finding> Unreadable(string path, string reason, LintOptions options)
        => Report(ToolRules.FileUnreadable, path, $"The file could not be read ({reason}) and was not checked.", options);

    /// <summary>A folder under a scanned tree could not be listed: what it holds was not checked.</summary>
    public static IReadOnlyList<Finding> FolderUnreadable(string path, string reason, LintOptions options)
        => Report(ToolRules.FileUnreadable, path, $"The folder could not be read ({reason}); the files in it were not checked.", options);

    public static IReadOnlyList<Finding> NotFound(string path, LintOptions options)
        => Report(ToolRules.FileUnreadable, path, "The file does not exist and was not checked.", options);

    public static IReadOnlyList<Finding> NotText(string path, LintOptions options)
        => Report(ToolRules.FileUnreadable, path, "The file is not text (it contains NUL characters) and was not checked.", options);

    /// <summary>The file is over the size limit (<paramref name="length"/> in bytes, or characters when only the text is known).</summary>
    public static IReadOnlyList<Finding> TooLarge(string path, long length, LintOptions options)
    {
        string size = (length / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture);
        return Report(
            ToolRules.FileUnreadable,
            path,
            $"The file is {size} MiB, larger than the {options.MaxFileSizeMiB} MiB limit, and none of it was checked (raise the limit with maxFileSizeMiB in containerguard.json, MSBuild ContainerGuardMaxFileSizeMiB or --max-file-size-mib).",
            options);
    }

    /// <summary>The kind's parser or engine threw (each rule is guarded on its own; this is what is left).</summary>
    public static IReadOnlyList<Finding> Failed(string path, string kindName, Exception exception, LintOptions options)
        => Report(ToolRules.RuleFailed, path, $"ContainerGuard failed on this {kindName} ({exception.GetType().Name}) and did not check it.", options);

    private static IReadOnlyList<Finding> Report(RuleDescriptor rule, string path, string message, LintOptions options)
    {
        var collector = new FindingCollector(path, new SourceText(string.Empty), options.Configuration);
        collector.Report(rule, FileStart, message);
        return collector.Findings;
    }
}
