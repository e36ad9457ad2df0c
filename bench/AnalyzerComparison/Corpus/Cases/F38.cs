// Case F38: redacted password in a log line. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F38
{
    public string Redacted(string user) { var password = "********"; return user + ":" + password; }
}
