// Case F11: OAuth token endpoint URL in a token-named variable. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F11
{
    public Uri Endpoint() { var tokenEndpoint = "https://login.microsoftonline.com/common/oauth2/v2.0/token"; return new Uri(tokenEndpoint); }
}
