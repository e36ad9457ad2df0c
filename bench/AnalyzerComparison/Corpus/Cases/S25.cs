// Case S25: RabbitMQ factory password property. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S25
{
    public ConnectionFactory Factory() => new ConnectionFactory { HostName = "mq.internal", UserName = "orders", Password = "Rabbit-Pa55!q" };
}
