using ContainerGuard.Catalog;
using ContainerGuard.Findings;

namespace ContainerGuard.Tests;

public class CatalogTests
{
    [Fact]
    public void Ids_are_unique_and_in_their_surface_family()
    {
        var ids = RuleCatalog.All.Select(r => r.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(RuleCatalog.All, r => Assert.Equal(r.Surface.IdFamily(), r.Id[2]));
    }

    [Fact]
    public void Every_rule_has_a_title_description_and_help_link()
    {
        Assert.All(RuleCatalog.All, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Title));
            Assert.False(string.IsNullOrWhiteSpace(r.Description));
            Assert.EndsWith("/docs/rules/" + r.Id + ".md", r.HelpUri);
        });
    }
}
