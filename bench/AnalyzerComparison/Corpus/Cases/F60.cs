// Case F60: password read from a secure source (S2068 compliant style). Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F60
{
    public string Conn(IConfiguration configuration)
    {
        string password = configuration["Db:Password"];
        return "Server=myServer;Database=myDb;User Id=myUser;Password=" + password + ";";
    }
}
