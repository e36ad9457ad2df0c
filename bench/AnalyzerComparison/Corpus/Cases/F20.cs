// Case F20: database column name. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F20
{
    private const string PasswordColumn = "password_hash";
    public string Select() => "SELECT " + PasswordColumn + " FROM users WHERE id = @id";
}
