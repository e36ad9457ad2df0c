namespace ContainerGuard.Tests.Infrastructure;

/// <summary>
/// Reads release-tracking files in the format of Roslyn's <c>AnalyzerReleases.Shipped.md</c>/<c>Unshipped.md</c> and
/// replays them: "New Rules" add an id, "Removed Rules" take it out, "Changed Rules" change its category or severity.
/// What is left is the set of ids the files say exist, with the category and severity they say they have.
/// </summary>
public sealed class ReleaseHistory
{
    private readonly Dictionary<string, (string Category, string Severity)> _rules = new(StringComparer.Ordinal);
    private readonly List<string> _problems = new();

    public IReadOnlyDictionary<string, (string Category, string Severity)> Rules => _rules;

    /// <summary>Ids listed twice, removed without being added, changed from a state they were not in, rows that do not parse.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Replays <paramref name="shipped"/> (releases in order) and then <paramref name="unshipped"/>.</summary>
    public static ReleaseHistory Replay(string shippedName, string shipped, string unshippedName, string unshipped)
    {
        var history = new ReleaseHistory();
        history.Apply(shippedName, shipped, unshippedFile: false);
        history.Apply(unshippedName, unshipped, unshippedFile: true);
        return history;
    }

    private void Apply(string fileName, string text, bool unshippedFile)
    {
        string? section = null;
        foreach (string raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith(';'))
            {
                continue;
            }

            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (unshippedFile)
                {
                    _problems.Add($"{fileName}: an unshipped file has no release heading ({line})");
                }

                section = null;
                continue;
            }

            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                section = line.Substring(4).Trim();
                if (section is not ("New Rules" or "Removed Rules" or "Changed Rules"))
                {
                    _problems.Add($"{fileName}: unknown section '{section}'");
                }

                continue;
            }

            string[] cells = line.Split('|').Select(c => c.Trim()).ToArray();
            if (cells[0] == "Rule ID" || cells[0].StartsWith("---", StringComparison.Ordinal))
            {
                continue;
            }

            if (section is null || cells.Length < 4 || !cells[0].StartsWith("CG", StringComparison.Ordinal))
            {
                _problems.Add($"{fileName}: unexpected line '{line}'");
                continue;
            }

            string id = cells[0];
            switch (section)
            {
                case "New Rules":
                    if (!_rules.TryAdd(id, (cells[1], cells[2])))
                    {
                        _problems.Add($"{fileName}: {id} is added again");
                    }

                    break;
                case "Removed Rules":
                    if (!_rules.Remove(id))
                    {
                        _problems.Add($"{fileName}: {id} is removed but was never added");
                    }

                    break;
                case "Changed Rules" when cells.Length >= 6:
                    if (!_rules.TryGetValue(id, out var old) || old != (cells[3], cells[4]))
                    {
                        _problems.Add($"{fileName}: {id} changes from {cells[3]}/{cells[4]}, which is not what the history says");
                    }

                    _rules[id] = (cells[1], cells[2]);
                    break;
                default:
                    _problems.Add($"{fileName}: unexpected line '{line}'");
                    break;
            }
        }
    }
}
