// Case S07: AWS access key id and secret access key. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S07
{
    public (string, string) Keys()
    {
        var accessKeyId = "AKIAB1SKCZTKMBF4JDPY";
        var secretAccessKey = "l2agE4aE/Yhc3a/LcBfS83Cedu3QlYJJJbgIQrBc";
        return (accessKeyId, secretAccessKey);
    }
}
