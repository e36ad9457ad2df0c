// Case S09: Slack bot token in a const with a neutral name. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S09
{
    private const string SlackBot = "xoxb-589952405786-8523596422462-BEyhiXUTdSZZqPy7tTKP6RUD";
    public string Get() => SlackBot;
}
