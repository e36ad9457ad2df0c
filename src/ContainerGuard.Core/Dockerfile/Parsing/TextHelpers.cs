using ContainerGuard.Text;

namespace ContainerGuard.Dockerfile.Parsing;

internal static class TextHelpers
{
    /// <summary>Go's <c>unicode.IsSpace</c> for the characters Dockerfiles use.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c);

    /// <summary>BuildKit splits the keyword from its arguments on <c>[\t\v\f\r ]</c>.</summary>
    public static bool IsBlank(char c) => c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r';

    public static LogicalWord Word(LogicalText text, int start, int end, string value)
        => new(value, text.Value.Substring(start, end - start), text.GetSourceSpan(start, end - start));

    public static LogicalWord Word(LogicalText text, int start, int end)
        => Word(text, start, end, text.Value.Substring(start, end - start));

    /// <summary>The text with leading and trailing white space removed, still mapped to the file.</summary>
    public static LogicalText Trim(LogicalText text)
    {
        string value = text.Value;
        int start = 0;
        int end = value.Length;
        while (start < end && IsSpace(value[start]))
        {
            start++;
        }

        while (end > start && IsSpace(value[end - 1]))
        {
            end--;
        }

        return start == 0 && end == value.Length ? text : text.Substring(start, end - start);
    }

    public static LogicalText TrimStart(LogicalText text)
    {
        string value = text.Value;
        int start = 0;
        while (start < value.Length && IsSpace(value[start]))
        {
            start++;
        }

        return start == 0 ? text : text.Substring(start, value.Length - start);
    }

    public static bool IsNameStart(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';

    public static bool IsNameChar(char c) => IsNameStart(c) || (c >= '0' && c <= '9');
}
