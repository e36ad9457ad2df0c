// Case F31: git commit SHA in a build id. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F31
{
    private const string SourceRevisionId = "9fceb02d0ae598e95dc970b74767f19372d61af8";
    public string Revision() => SourceRevisionId;
}
