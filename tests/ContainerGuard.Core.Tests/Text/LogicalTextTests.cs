using ContainerGuard.Text;

namespace ContainerGuard.Tests.TextModel;

public class LogicalTextTests
{
    // "RUN a \\\n  bc" assembled as "a bc": 'a' at 4, ' ' at 5, 'b' at 10, 'c' at 11, the file ends at 12.
    private static LogicalText Assembled() => new("a bc", new[] { 4, 5, 10, 11 }, 12);

    [Fact]
    public void Maps_each_character_and_the_end_to_the_file()
    {
        var text = Assembled();
        Assert.Equal(10, text.GetSourceOffset(2));
        Assert.Equal(12, text.GetSourceOffset(4));
        Assert.Equal(TextSpan.FromBounds(4, 12), text.SourceSpan);
    }

    [Fact]
    public void Substrings_of_substrings_keep_the_file_positions()
    {
        var inner = Assembled().Substring(1, 3).Substring(1, 2);
        Assert.Equal("bc", inner.Value);
        Assert.Equal(TextSpan.FromBounds(10, 12), inner.SourceSpan);
        Assert.Equal(11, inner.GetSourceOffset(1));
        Assert.Equal(12, inner.GetSourceOffset(2));
    }

    [Fact]
    public void An_empty_substring_sits_where_it_was_cut()
    {
        var empty = Assembled().Substring(2, 0);
        Assert.Equal(new TextSpan(10, 0), empty.SourceSpan);
        Assert.Throws<ArgumentOutOfRangeException>(() => Assembled().Substring(3, 2));
    }
}
