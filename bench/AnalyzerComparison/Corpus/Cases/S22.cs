// Case S22: npm token in a variable named token. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S22
{
    public string NpmRc()
    {
        var token = "npm_1mJnkB1ZWlMvGIMskFk8di05IoIbgAEzrm8P";
        return "//registry.npmjs.org/:_authToken=" + token;
    }
}
