using System.Text.RegularExpressions;

namespace ContainerGuard.Tests.Infrastructure;

/// <summary>Reading a <c>dotnet build</c> console log: canonical diagnostics, counted once (before MSBuild's closing summary).</summary>
public static class BuildOutput
{
    public const string HelpBase = "https://github.com/containerguard/containerguard/blob/main/docs/rules/";

    /// <summary><c>file(line,col[,endLine,endCol]): kind code: message (help link)</c> for one of our codes.</summary>
    public static Regex Canonical(string file, int line, int column, string kind, string code)
        => new(Regex.Escape(file) + $@"\({line},{column}(,\d+,\d+)?\): {kind} {code}: [^\n]*\({Regex.Escape(HelpBase + code + ".md")}\)");

    /// <summary>A compiler (or analyzer) diagnostic: <c>file(line,col): kind code: …</c>.</summary>
    public static Regex Compiler(string file, string kind, string code)
        => new(Regex.Escape(file) + $@"\(\d+,\d+\): {kind} {code}: ");

    /// <summary>Occurrences before MSBuild's closing summary (which repeats every warning; dotnet build ignores -clp:NoSummary).</summary>
    public static int Count(DotNetResult result, string text)
        => Regex.Matches(BeforeSummary(result), Regex.Escape(text)).Count;

    public static string BeforeSummary(DotNetResult result)
    {
        var end = Regex.Match(result.Output, @"^Build (succeeded|FAILED)\.", RegexOptions.Multiline);
        return end.Success ? result.Output.Substring(0, end.Index) : result.Output;
    }

    /// <summary>Every CG line before the summary, trimmed and sorted.</summary>
    public static string[] FindingLines(DotNetResult result)
        => BeforeSummary(result).Split('\n').Select(l => l.Trim()).Where(l => Regex.IsMatch(l, @": (warning|error|message) CG\d{4}:")).OrderBy(l => l, StringComparer.Ordinal).ToArray();
}
