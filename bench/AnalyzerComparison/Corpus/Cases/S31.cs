// Case S31: connection string assembled by concatenation. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S31
{
    public string ConnectionString() => "Server=db01;Database=app;User Id=sa;" + "Password=C0ncat-Pw!92;";
}
