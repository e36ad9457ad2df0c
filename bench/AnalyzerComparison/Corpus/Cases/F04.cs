// Case F04: prompt text that mentions the password. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F04
{
    private readonly string passwordPrompt = "Enter your password:";
    public void Ask() => Console.Write(passwordPrompt);
}
