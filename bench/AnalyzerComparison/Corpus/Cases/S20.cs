// Case S20: literal password passed to a method parameter named password. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S20
{
    private static bool Login(string user, string password) => user.Length + password.Length > 0;
    public bool Run() => Login("admin", "admin123!x");
}
