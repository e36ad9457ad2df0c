using ContainerGuard.Secrets;

namespace ContainerGuard.Tests.Secrets;

public class SecretRedactorTests
{
    [Theory]
    [InlineData("Tr0ub4dor&3-horse-staple", "Tr0…(24 chars)")]
    [InlineData("Tr0ub4dor&3-", "Tr…(12 chars)")]
    [InlineData("Tr0ub4do", "T…(8 chars)")]
    [InlineData("S3cr3t!", "(7 chars)")]
    [InlineData("ab", "(2 chars)")]
    [InlineData("", "(0 chars)")]
    public void Redacted_forms_show_a_short_prefix_and_the_length(string value, string expected)
    {
        Assert.Equal(expected, SecretRedactor.Redact(value));
    }

    [Fact]
    public void A_span_is_redacted_on_its_own()
    {
        string text = "Password=Tr0ub4dor&3-horse-staple;";
        Assert.Equal("Tr0…(24 chars)", SecretRedactor.Redact(text, 9, 24));
    }

    [Fact]
    public void Control_characters_are_not_shown()
    {
        Assert.Equal("\t??…(22 chars)".Replace("\t", "?"), SecretRedactor.Redact("\t\n\r" + new string('k', 19)));
    }

    [Fact]
    public void Null_is_zero_chars()
    {
        Assert.Equal("(0 chars)", SecretRedactor.Redact(null));
    }
}
