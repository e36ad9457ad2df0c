// Case F08: integrated-security connection string. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F08
{
    public SqlConnection Open() => new SqlConnection("Server=db01;Database=orders;Integrated Security=true;TrustServerCertificate=false;");
}
