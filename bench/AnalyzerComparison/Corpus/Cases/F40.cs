// Case F40: resource string in a secret-named property. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class F40
{
    public string SecretQuestionLabel { get; } = "What was the name of your first pet?";
}
