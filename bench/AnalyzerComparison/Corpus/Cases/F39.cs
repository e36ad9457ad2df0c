// Case F39: password property from configuration. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F39
{
    public ConnectionFactory Factory(IConfiguration configuration) => new ConnectionFactory { HostName = "mq.internal", UserName = "orders", Password = configuration["Mq:Password"] };
}
