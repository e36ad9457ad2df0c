// Case S40: const AdminPassword (mirrors CG1001 tests). Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S40
{
    private const string AdminPassword = "Tr1ub4dor&3y";
    public string Get() => AdminPassword;
}
