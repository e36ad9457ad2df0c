using ContainerGuard.Secrets;
using ContainerGuard.Tests.Infrastructure;

namespace ContainerGuard.Tests.Secrets;

/// <summary>The prefix-token table: well-formed rows, each with a firing case, and every kind named.</summary>
public class TokenFormatTests
{
    [Fact]
    public void Prefixes_are_ascii_at_least_two_characters_and_never_a_prefix_of_another()
    {
        var prefixes = TokenFormat.All.SelectMany(f => f.Prefixes).ToList();
        Assert.All(prefixes, p => Assert.True(p.Length >= 2 && p.All(c => c < 128), p));
        foreach (var a in prefixes)
        {
            Assert.DoesNotContain(prefixes, b => !ReferenceEquals(a, b) && b.StartsWith(a, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_row_has_a_firing_case_that_starts_with_one_of_its_prefixes()
    {
        foreach (var format in TokenFormat.All)
        {
            bool covered = SecretDetectorTests.FiringCases.Values.Any(c =>
            {
                var parsed = Markup.Parse(c.Markup);
                string secret = parsed.Text.Substring(parsed.Spans[0].Start, parsed.Spans[0].Length);
                return c.Kind == format.Kind && format.Prefixes.Any(p => secret.StartsWith(p, StringComparison.Ordinal));
            });
            Assert.True(covered, $"{format.Kind} ({string.Join(", ", format.Prefixes)}) has no case in SecretDetectorTests.FiringCases");
        }
    }

    [Fact]
    public void Every_kind_has_a_display_name()
    {
        foreach (var kind in Enum.GetValues<SecretKind>())
        {
            Assert.False(string.IsNullOrWhiteSpace(kind.ToDisplayName()), kind.ToString());
        }
    }

    [Fact]
    public void A_prefix_alone_or_with_a_short_body_is_not_a_token()
    {
        foreach (var prefix in TokenFormat.All.SelectMany(f => f.Prefixes))
        {
            Assert.Empty(SecretDetector.Analyze(prefix + "abc1234"));
        }
    }
}
