using System;

namespace ContainerGuard.Catalog;

/// <summary>Where a rule looks; each surface owns one id family.</summary>
public enum Surface
{
    CSharp,
    ContainerInstanceSdk,
    DockerDotNet,
    Dockerfile,
    Template,
    ProjectFile,
    Engine,
    Tool,
}

public static class SurfaceNames
{
    public static string ToName(this Surface surface) => surface switch
    {
        Surface.CSharp => "csharp",
        Surface.ContainerInstanceSdk => "csharp-aci",
        Surface.DockerDotNet => "csharp-docker",
        Surface.Dockerfile => "dockerfile",
        Surface.Template => "template",
        Surface.ProjectFile => "project",
        Surface.Engine => "engine",
        Surface.Tool => "tool",
        _ => throw new ArgumentOutOfRangeException(nameof(surface)),
    };

    /// <summary>The first digit of the rule ids of a surface (CG1xxx … CG9xxx).</summary>
    public static char IdFamily(this Surface surface) => surface switch
    {
        Surface.CSharp => '1',
        Surface.ContainerInstanceSdk => '2',
        Surface.DockerDotNet => '3',
        Surface.Dockerfile => '4',
        Surface.Template => '5',
        Surface.ProjectFile => '6',
        Surface.Engine => '7',
        Surface.Tool => '9',
        _ => throw new ArgumentOutOfRangeException(nameof(surface)),
    };
}
