// Case S52: random-looking literal in a variable named secret (S6418 style). Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S52
{
    public string Secret()
    {
        string secret = "47828a6bf1e94cb7aa3e8215f6d7ab92";
        return secret;
    }
}
