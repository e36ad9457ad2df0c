using System.Text;
using ContainerGuard.Text;

namespace ContainerGuard.Tests.Infrastructure;

/// <summary>
/// Test input with expected spans marked as <c>[|…|]</c>, the convention of Microsoft.CodeAnalysis.Testing:
/// <c>FROM [|ubuntu|]:22.04</c> says a finding must cover exactly "ubuntu".
/// </summary>
public sealed class Markup
{
    private Markup(string text, IReadOnlyList<TextSpan> spans)
    {
        Text = text;
        Spans = spans;
    }

    public string Text { get; }

    public IReadOnlyList<TextSpan> Spans { get; }

    public static Markup Parse(string markup)
    {
        var text = new StringBuilder(markup.Length);
        var spans = new List<TextSpan>();
        var open = new Stack<int>();
        for (int i = 0; i < markup.Length; i++)
        {
            if (i + 1 < markup.Length && markup[i] == '[' && markup[i + 1] == '|')
            {
                open.Push(text.Length);
                i++;
            }
            else if (i + 1 < markup.Length && markup[i] == '|' && markup[i + 1] == ']' && open.Count > 0)
            {
                spans.Add(TextSpan.FromBounds(open.Pop(), text.Length));
                i++;
            }
            else
            {
                text.Append(markup[i]);
            }
        }

        if (open.Count > 0)
        {
            throw new ArgumentException("Unclosed [| in test markup.", nameof(markup));
        }

        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new Markup(text.ToString(), spans);
    }
}
