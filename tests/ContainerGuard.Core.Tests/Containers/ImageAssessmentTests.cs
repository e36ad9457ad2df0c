using ContainerGuard.Catalog;
using ContainerGuard.Images;

namespace ContainerGuard.Tests.Containers;

public class ImageAssessmentTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly RegistryPolicy NoLists = new(null, null);

    private static ImageIssueKind[] Kinds(string image, RegistryPolicy? policy = null)
        => ImageAssessment.AssessRunImage(ImageReference.Parse(image), policy ?? NoLists, Now).Select(i => i.Kind).ToArray();

    [Fact]
    public void Docker_hub_latest_on_a_full_distribution()
        => Assert.Equal(new[] { ImageIssueKind.FromDockerHub, ImageIssueKind.MovingTag, ImageIssueKind.FullDistribution }, Kinds("nginx"));

    [Fact]
    public void Public_registry_untagged()
        => Assert.Equal(new[] { ImageIssueKind.FromPublicRegistry, ImageIssueKind.MovingTag }, Kinds("mcr.microsoft.com/azuredocs/aci-helloworld"));

    [Fact]
    public void Private_registry_with_a_version_tag_only_lacks_a_digest()
        => Assert.Equal(new[] { ImageIssueKind.NotPinnedByDigest }, Kinds("contoso.azurecr.io/app:1.4.2"));

    [Fact]
    public void Private_registry_pinned_by_digest_is_clean()
        => Assert.Empty(Kinds("contoso.azurecr.io/app@sha256:" + new string('a', 64)));

    [Fact]
    public void End_of_life_runtime_and_distribution()
    {
        var kinds = Kinds("node:14-buster");
        Assert.Contains(ImageIssueKind.RuntimeEndOfLife, kinds);
        Assert.Contains(ImageIssueKind.DistributionEndOfLife, kinds);
    }

    [Fact]
    public void Minimal_variants_are_not_full_distributions()
        => Assert.DoesNotContain(ImageIssueKind.FullDistribution, Kinds("mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled"));

    [Fact]
    public void Approved_lists_replace_the_public_registry_verdicts()
    {
        var policy = new RegistryPolicy(new[] { "contoso.azurecr.io" }, new[] { "contoso.azurecr.io/base/*" });
        Assert.Equal(new[] { ImageIssueKind.RegistryNotApproved, ImageIssueKind.ImageNotApproved, ImageIssueKind.NotPinnedByDigest },
            Kinds("ghcr.io/org/app:1.0", policy));
        Assert.Equal(new[] { ImageIssueKind.ImageNotApproved, ImageIssueKind.NotPinnedByDigest }, Kinds("contoso.azurecr.io/app:1.0", policy));
        Assert.Equal(new[] { ImageIssueKind.NotPinnedByDigest }, Kinds("contoso.azurecr.io/base/runtime:1.0", policy));
    }

    [Fact]
    public void Every_issue_carries_its_concern()
    {
        var issues = ImageAssessment.AssessRunImage(ImageReference.Parse("python:3.8"), NoLists, Now);
        Assert.Contains(issues, i => i.Kind == ImageIssueKind.RuntimeEndOfLife && i.Concern == Concern.Eol);
        Assert.Contains(issues, i => i.Kind == ImageIssueKind.FromDockerHub && i.Concern == Concern.Registry);
        Assert.All(issues, i => Assert.False(string.IsNullOrWhiteSpace(i.Detail)));
    }
}
