// Case S28: Azure Storage SAS URL with signature. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S28
{
    public Uri Download() => new Uri("https://ordersprodstore.blob.core.windows.net/exports/report.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01T00:00:00Z&spr=https&sig=lt35uid9bENVtXurnghaxey6qFPJ%2FkS9g%2B85zqPu984%3D");
}
