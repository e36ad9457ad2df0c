// Case S06: PostgreSQL URL with credentials in a field named url. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S06
{
    private readonly string _databaseUrl = "postgres://billing:pg-Pa55word-91@db.internal:5432/billing";
    public string Url => _databaseUrl;
}
