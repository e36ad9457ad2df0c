using System.Text;

namespace ContainerGuard.Secrets;

/// <summary>
/// The only form in which a detected secret may appear in output: at most its first characters and its
/// length, <c>Tr0…(22 chars)</c>. Values shorter than 8 characters show only their length, <c>(5 chars)</c>.
/// </summary>
public static class SecretRedactor
{
    /// <summary>Values shorter than this show no characters at all.</summary>
    public const int MinimumLengthForPrefix = 8;

    public static string Redact(string? value) => value is null ? "(0 chars)" : Redact(value, 0, value.Length);

    /// <summary>Redacts <paramref name="value"/>[start, start+length).</summary>
    public static string Redact(string value, int start, int length)
    {
        if (length < MinimumLengthForPrefix)
        {
            return "(" + length + " chars)";
        }

        // Show 1 character of 8–11, 2 of 12–19, 3 of 20 or more: never a large share of a short secret.
        int shown = length >= 20 ? 3 : length >= 12 ? 2 : 1;
        var builder = new StringBuilder(shown + 16);
        for (int i = start; i < start + shown; i++)
        {
            char c = value[i];
            builder.Append(char.IsControl(c) || char.IsSurrogate(c) || char.IsWhiteSpace(c) ? '?' : c);
        }

        return builder.Append('…').Append('(').Append(length).Append(" chars)").ToString();
    }
}
