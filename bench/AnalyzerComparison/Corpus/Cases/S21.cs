// Case S21: SendGrid API key constant. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S21
{
    private const string SendGridKey = "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";
    public string Get() => SendGridKey;
}
