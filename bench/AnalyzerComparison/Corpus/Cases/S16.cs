// Case S16: environment variable set to a literal password. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S16
{
    public void Configure()
    {
        Environment.SetEnvironmentVariable("DB_PASSWORD", "h4rdc0ded-pw-x1");
    }
}
