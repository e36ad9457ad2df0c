// Case S17: SmtpClient credentials assigned in an object initializer. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S17
{
    public System.Net.Mail.SmtpClient Smtp() => new System.Net.Mail.SmtpClient("smtp.corp.example")
    {
        Credentials = new NetworkCredential("alerts", "Al3rts!Mail"),
    };
}
