using ContainerGuard.Text;

namespace ContainerGuard.Tests.TextModel;

public class AsciiCaseTests
{
    [Theory]
    [InlineData("apt-get -o APT::Install-Recommends=false", "apt::install-recommends", 11)]
    [InlineData("GIT_SSL_NO_VERIFY=1", "ssl_no", 4)]
    [InlineData("sslVerify=False", "SSLVERIFY", 0)]
    [InlineData("abc", "abcd", -1)]
    [InlineData("", "a", -1)]
    [InlineData("abc", "", 0)]
    [InlineData("xxPaSsWoRd", "password", 2)]
    [InlineData("[-x] http", "[-", 0)]
    public void Finds_ascii_keywords_ignoring_case(string text, string keyword, int expected)
        => Assert.Equal(expected, AsciiCase.IndexOf(text, keyword));

    [Fact]
    public void Agrees_with_ordinal_ignore_case_on_ascii_keywords()
    {
        // Deterministic pseudo-random texts over a small alphabet (many near-misses), keywords cut from them.
        var random = new Random(20261129);
        const string alphabet = "aAbBsS-_:=. \u00e9\u0130";
        for (int n = 0; n < 2000; n++)
        {
            var chars = new char[random.Next(0, 40)];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            string text = new(chars);
            string keyword = RandomAsciiKeyword(random);
            int start = text.Length == 0 ? 0 : random.Next(text.Length + 1);
            int count = random.Next(text.Length - start + 1);
            Assert.Equal(text.IndexOf(keyword, start, count, StringComparison.OrdinalIgnoreCase), AsciiCase.IndexOf(text, keyword, start, count));
        }
    }

    [Fact]
    public void A_non_ascii_keyword_falls_back_to_the_runtime()
        => Assert.Equal("caf\u00c9!".IndexOf("\u00e9", StringComparison.OrdinalIgnoreCase), AsciiCase.IndexOf("caf\u00c9!", "\u00e9"));

    [Fact]
    public void Arguments_are_checked_like_string_IndexOf()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AsciiCase.IndexOf("abc", "a", 2, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => AsciiCase.IndexOf("abc", "a", -1, 1));
        Assert.Throws<ArgumentNullException>(() => AsciiCase.IndexOf(null!, "a"));
    }

    private static string RandomAsciiKeyword(Random random)
    {
        const string alphabet = "aAbBsS-_:=. ";
        var chars = new char[random.Next(1, 4)];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars);
    }
}
