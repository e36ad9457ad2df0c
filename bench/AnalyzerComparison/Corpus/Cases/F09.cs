// Case F09: connection string with a ${VAR} placeholder password. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F09
{
    public string Template() => "Server=db01;Database=app;User Id=app;Password=${DB_PASSWORD};";
}
