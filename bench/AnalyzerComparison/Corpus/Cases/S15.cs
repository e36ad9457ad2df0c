// Case S15: in-memory configuration with a password entry. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S15
{
    public Dictionary<string, string> Settings() => new Dictionary<string, string>
    {
        ["Smtp:Host"] = "smtp.corp.example",
        ["Smtp:Password"] = "mail-Pa55-word-3",
    };
}
