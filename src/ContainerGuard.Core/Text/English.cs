namespace ContainerGuard.Text;

/// <summary>Small pieces of English for messages.</summary>
internal static class English
{
    /// <summary>"a GitHub token", "an AWS access key id".</summary>
    public static string WithArticle(string description)
        => (description.Length > 0 && "aeiouAEIOU".IndexOf(description[0]) >= 0 ? "an " : "a ") + description;
}
