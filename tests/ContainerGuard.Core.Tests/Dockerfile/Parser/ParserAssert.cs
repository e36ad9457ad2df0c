using ContainerGuard.Dockerfile;
using ContainerGuard.Tests.Infrastructure;
using ContainerGuard.Text;

namespace ContainerGuard.Tests.Dockerfile.Parser;

/// <summary>Parses markup and compares spans by their text and position, so failures read well.</summary>
internal static class ParserAssert
{
    public static (DockerfileDocument Document, IReadOnlyList<TextSpan> Spans) Parse(string markup)
    {
        var parsed = Markup.Parse(markup);
        return (DockerfileParser.Parse(parsed.Text), parsed.Spans);
    }

    public static DockerfileDocument ParseClean(string text)
    {
        var document = DockerfileParser.Parse(text);
        Assert.True(document.Errors.Count == 0, "unexpected errors: " + string.Join("; ", document.Errors.Select(e => e.Message + " at " + document.Text.GetLineSpan(e.Span))));
        return document;
    }

    public static void Span(DockerfileDocument document, TextSpan expected, TextSpan actual)
    {
        var text = document.Text;
        Assert.Equal(
            $"{text.GetLineSpan(expected)} '{text.GetText(expected)}'",
            $"{text.GetLineSpan(actual)} '{text.GetText(actual)}'");
    }
}
