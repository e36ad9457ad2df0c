using ContainerGuard.Catalog;

namespace ContainerGuard.Tests.Infrastructure;

/// <summary>
/// The examples of a rule's docs page (<c>docs/rules/CGnnnn.md</c>): the code blocks under "## Example that fires" and
/// "## Example that does not fire" written in the surface's language (<see cref="Language"/>). A block fenced
/// <c>```json containerguard.json</c> in the same section is the configuration the examples of that section run with.
/// Shared by Core's and the analyzers' docs tests (the analyzers' project links this file).
/// </summary>
public sealed class DocsExamples
{
    public const string FiresHeading = "## Example that fires";
    public const string SilentHeading = "## Example that does not fire";
    public const string ConfigurationLabel = "containerguard.json";

    private DocsExamples(IReadOnlyList<string> fires, IReadOnlyList<string> silent, string? firesConfiguration, string? silentConfiguration)
    {
        Fires = fires;
        Silent = silent;
        FiresConfiguration = firesConfiguration;
        SilentConfiguration = silentConfiguration;
    }

    /// <summary>The code of each block in the surface's language under "## Example that fires".</summary>
    public IReadOnlyList<string> Fires { get; }

    /// <summary>The code of each block in the surface's language under "## Example that does not fire".</summary>
    public IReadOnlyList<string> Silent { get; }

    /// <summary>The <c>containerguard.json</c> of the "fires" section, if it shows one.</summary>
    public string? FiresConfiguration { get; }

    public string? SilentConfiguration { get; }

    /// <summary>The code-fence language of a surface's examples; null for a surface whose examples are not code (the tool's own CG9xxx).</summary>
    public static string? Language(Surface surface) => surface switch
    {
        Surface.CSharp or Surface.ContainerInstanceSdk or Surface.DockerDotNet => "csharp",
        Surface.Dockerfile => "dockerfile",
        Surface.ProjectFile => "xml",
        Surface.Template => "bicep",
        _ => null,
    };

    public static string PagePath(string id) => Path.Combine(RepositoryPaths.Root, "docs", "rules", id + ".md");

    /// <summary>Reads the examples of <paramref name="id"/>'s page in <paramref name="language"/>.</summary>
    public static DocsExamples Read(string id, string language)
    {
        string page = File.ReadAllText(PagePath(id)).Replace("\r\n", "\n");
        var (fires, firesConfiguration) = Blocks(Section(page, FiresHeading), language);
        var (silent, silentConfiguration) = Blocks(Section(page, SilentHeading), language);
        return new DocsExamples(fires, silent, firesConfiguration, silentConfiguration);
    }

    private static string Section(string page, string heading)
    {
        int start = page.IndexOf(heading + "\n", StringComparison.Ordinal);
        if (start < 0)
        {
            return string.Empty;
        }

        start += heading.Length + 1;
        int end = page.IndexOf("\n## ", start, StringComparison.Ordinal);
        return end < 0 ? page.Substring(start) : page.Substring(start, end - start);
    }

    private static (List<string> Code, string? Configuration) Blocks(string section, string language)
    {
        var code = new List<string>();
        string? configuration = null;
        var lines = section.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("```", StringComparison.Ordinal) || lines[i].Length == 3)
            {
                continue;
            }

            string[] info = lines[i].Substring(3).Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var body = new List<string>();
            int j = i + 1;
            for (; j < lines.Length && !lines[j].StartsWith("```", StringComparison.Ordinal); j++)
            {
                body.Add(lines[j]);
            }

            string text = string.Join("\n", body) + "\n";
            if (info.Length == 2 && info[0] == "json" && info[1] == ConfigurationLabel)
            {
                configuration = text;
            }
            else if (info.Length >= 1 && info[0] == language)
            {
                code.Add(text);
            }

            i = j;
        }

        return (code, configuration);
    }
}
