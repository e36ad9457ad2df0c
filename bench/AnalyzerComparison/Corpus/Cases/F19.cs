// Case F19: log message template about passwords. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F19
{
    public void Log(string user) => Console.WriteLine("Password reset requested for {0}", user);
}
