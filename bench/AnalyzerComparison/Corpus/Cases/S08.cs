// Case S08: GitHub personal access token in a header. Label in ../../cases.tsv. Values are fabricated for the comparison.

namespace Corpus.Cases;

internal sealed class S08
{
    public void Call(HttpClient client)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("token", "ghp_JC6RQuFlBnDomtQhA14VqnPa5lwOo0OpGcSD");
    }
}
