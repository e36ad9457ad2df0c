using System.Collections;
using Microsoft.Build.Framework;

namespace ContainerGuard.Tests.Infrastructure;

/// <summary>Collects what a task logs, as MSBuild would receive it.</summary>
public sealed class FakeBuildEngine : IBuildEngine
{
    public List<BuildErrorEventArgs> Errors { get; } = new();

    public List<BuildWarningEventArgs> Warnings { get; } = new();

    public List<BuildMessageEventArgs> Messages { get; } = new();

    public bool ContinueOnError => false;

    public int LineNumberOfTaskNode => 0;

    public int ColumnNumberOfTaskNode => 0;

    public string ProjectFileOfTaskNode => "test.csproj";

    public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e);

    public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);

    public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e);

    public void LogCustomEvent(CustomBuildEventArgs e)
    {
    }

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => false;

    /// <summary>Codes of everything logged with a code: errors, warnings, messages.</summary>
    public IEnumerable<string> AllCodes =>
        Errors.Select(e => e.Code).Concat(Warnings.Select(w => w.Code)).Concat(Messages.Where(m => m.Code != null).Select(m => m.Code));
}
