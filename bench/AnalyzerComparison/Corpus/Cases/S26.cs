// Case S26: SqlConnectionStringBuilder password property. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S26
{
    public string Build()
    {
        var builder = new SqlConnectionStringBuilder { DataSource = "db01", InitialCatalog = "orders", UserID = "app" };
        builder.Password = "sqlP@ss-2024-b";
        return builder.ConnectionString;
    }
}
