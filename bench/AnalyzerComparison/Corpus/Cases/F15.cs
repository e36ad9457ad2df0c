// Case F15: bcrypt hash of a password (stored hash, not the password). Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F15
{
    private const string AdminPasswordHash = "$2a$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW";
    public bool Matches(string hash) => hash == AdminPasswordHash;
}
