using System.Collections.Generic;

namespace ContainerGuard.Secrets;

/// <summary>The matches of one scan: added as found, then ordered by position with overlaps resolved.</summary>
internal static class SecretMatchList
{
    public static void Add(ref List<SecretMatch>? matches, SecretMatch match) => (matches ??= new List<SecretMatch>(2)).Add(match);

    public static IReadOnlyList<SecretMatch> Resolve(List<SecretMatch> matches)
    {
        if (matches.Count == 1)
        {
            return matches;
        }

        matches.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var result = new List<SecretMatch>(matches.Count);
        foreach (var m in matches)
        {
            if (result.Count > 0 && m.Start < result[result.Count - 1].End)
            {
                var previous = result[result.Count - 1];
                if (m.Kind.Specificity() > previous.Kind.Specificity())
                {
                    result[result.Count - 1] = m;
                }

                continue;
            }

            result.Add(m);
        }

        return result;
    }
}
