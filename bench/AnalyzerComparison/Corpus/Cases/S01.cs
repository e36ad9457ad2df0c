// Case S01: local password passed to a connection. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S01
{
    public void Connect()
    {
        var password = "Summer2023!Ops";
        using var connection = new SqlConnection("Server=db01;Database=orders;User Id=orders_app;Password=" + password);
        connection.Open();
    }
}
