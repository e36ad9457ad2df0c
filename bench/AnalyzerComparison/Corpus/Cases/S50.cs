// Case S50: connection string with Password= in a local (S2068/SCS0015 style). Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S50
{
    public string Conn()
    {
        string connectionString = "Server=myServer;Database=myDb;User Id=myUser;Password=p4ssW0rd-x;";
        return connectionString;
    }
}
