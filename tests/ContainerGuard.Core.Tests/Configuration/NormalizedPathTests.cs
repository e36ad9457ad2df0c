using ContainerGuard.Configuration;

namespace ContainerGuard.Tests.Configuration;

public class NormalizedPathTests
{
    [SkippableTheory]
    [InlineData("/work/repo/Dockerfile", true)]
    [InlineData("/a", true)]
    [InlineData("/a/b.c/.d/..e/e..", true)]
    [InlineData("/", false)]
    [InlineData("/a/", false)]
    [InlineData("/a//b", false)]
    [InlineData("/a/./b", false)]
    [InlineData("/a/../b", false)]
    [InlineData("/a/b/.", false)]
    [InlineData("/a/b/..", false)]
    [InlineData("a/b", false)]
    [InlineData("./a", false)]
    [InlineData("", false)]
    public void Recognises_paths_the_runtime_would_return_unchanged(string path, bool expected)
    {
        Skip.IfNot(Path.DirectorySeparatorChar == '/', "Unix paths");
        Assert.Equal(expected, NormalizedPath.IsFullAndNormalized(path));
        if (expected)
        {
            Assert.Equal(Path.GetFullPath(path), path);
        }
    }

    [Theory]
    [InlineData("/work/repo/Dockerfile")]
    [InlineData("/work//repo/./x/../Dockerfile")]
    [InlineData("/work/repo/")]
    [InlineData("relative/Dockerfile")]
    public void Answers_what_GetFullPath_answers(string path)
        => Assert.Equal(Path.GetFullPath(path), NormalizedPath.GetFullPath(path));
}
