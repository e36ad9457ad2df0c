// Case S32: Twilio auth token in a field. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S32
{
    private string twilioAuthToken = "7499cfeab44ac2c02245d1e6e61b0738";
    public string Token => twilioAuthToken;
}
