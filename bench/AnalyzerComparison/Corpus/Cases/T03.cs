// Case T03: global ServicePointManager callback returning true. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class T03
{
    public void Configure()
    {
#pragma warning disable SYSLIB0014
        ServicePointManager.ServerCertificateValidationCallback += (sender, cert, chain, errors) => true;
#pragma warning restore SYSLIB0014
    }
}
