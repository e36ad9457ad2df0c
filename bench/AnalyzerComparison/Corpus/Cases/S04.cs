// Case S04: SQL Server connection string with password. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S04
{
    public SqlConnection Open()
    {
        var connection = new SqlConnection("Server=tcp:orders-prod.database.windows.net,1433;Initial Catalog=orders;User ID=orders_admin;Password=Xy7!kq2Lm9vR;Encrypt=True;");
        connection.Open();
        return connection;
    }
}
