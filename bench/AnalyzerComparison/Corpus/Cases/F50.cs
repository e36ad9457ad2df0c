// Case F50: configuration key path Db:Password (mirrors CG1001 silent tests). Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F50
{
    public string Read(IConfiguration configuration) { var passwordKey = "ConnectionStrings:Db:Password"; return configuration[passwordKey]; }
}
