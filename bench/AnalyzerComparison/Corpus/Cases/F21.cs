// Case F21: storage emulator shortcut. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F21
{
    public BlobServiceClient Local() => new BlobServiceClient("UseDevelopmentStorage=true");
}
