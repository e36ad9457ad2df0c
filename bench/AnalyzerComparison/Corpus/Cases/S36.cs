// Case S36: password passed via a named argument. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S36
{
    private static string Connect(string host, string user, string password) => host + user + password.Length;
    public string Run() => Connect(host: "ftp.corp.example", user: "upload", password: "Upl0ad#2024");
}
