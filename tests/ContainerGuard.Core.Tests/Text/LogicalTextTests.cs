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

public class LogicalTextLookupOrderTests
{
    [Fact]
    public void Look_ups_in_any_order_give_the_same_offsets()
    {
        // Five segments: the segment remembered from one look-up must not leak into the next.
        var offsets = new[] { 0, 1, 2, 10, 11, 20, 30, 31, 32, 33, 50 };
        var text = new LogicalText(new string('x', offsets.Length), offsets, 51);
        var order = new[] { 10, 0, 5, 4, 9, 1, 3, 8, 2, 7, 6, 10, 0 };
        foreach (int i in order)
        {
            Assert.Equal(offsets[i], text.GetSourceOffset(i));
        }

        // A substring shares the segments (and the remembered one) with its source.
        var tail = text.Substring(4, 6);
        Assert.Equal(11, tail.GetSourceOffset(0));
        Assert.Equal(0, text.GetSourceOffset(0));
        Assert.Equal(33, tail.GetSourceOffset(5));
        Assert.Equal(TextSpan.FromBounds(20, 31), tail.GetSourceSpan(1, 2));
    }
}

public class LogicalTextBuilderTests
{
    [Fact]
    public void A_tail_built_directly_maps_like_a_substring_of_the_whole()
    {
        // "RUN a \\\n  bc \\\n d" style pieces: runs from different places of a file.
        var builder = new LogicalText.Builder();
        builder.AppendRange("0123456789RUN apt \\\n  install -y \\\n curl", 10, 19);
        builder.AppendRange("0123456789RUN apt \\\n  install -y \\\n curl", 20, 32);
        builder.Append('x', 40);
        builder.AppendRange("0123456789RUN apt \\\n  install -y \\\n curl", 35, 40);
        var whole = builder.ToLogicalText(41);
        for (int start = 0; start <= whole.Length; start++)
        {
            var expected = whole.Substring(start, whole.Length - start);
            var tail = builder.ToLogicalText(start, 41);
            Assert.Equal(expected.Value, tail.Value);
            Assert.Equal(expected.SourceSpan, tail.SourceSpan);
            for (int i = 0; i <= tail.Length; i++)
            {
                Assert.Equal(expected.GetSourceOffset(i), tail.GetSourceOffset(i));
            }
        }
    }

    [Fact]
    public void A_cleared_builder_starts_over()
    {
        var builder = new LogicalText.Builder();
        builder.AppendRange("abcdef", 0, 6);
        builder.Clear();
        builder.AppendRange("abcdef", 3, 6);
        var text = builder.ToLogicalText(6);
        Assert.Equal("def", text.Value);
        Assert.Equal(TextSpan.FromBounds(3, 6), text.SourceSpan);
    }
}
