// Case S11: NetworkCredential with a literal password for SMTP. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S11
{
    public NetworkCredential Smtp() => new NetworkCredential("noreply@corp.example", "Sm7pP@ss-2024");
}
