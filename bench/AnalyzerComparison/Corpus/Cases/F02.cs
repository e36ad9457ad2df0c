// Case F02: password read from configuration by key. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F02
{
    public string Password(IConfiguration configuration) { var password = configuration["Db:Password"]; return password; }
}
