namespace ContainerGuard.Catalog;

/// <summary>CG9xxx: the tool itself. These never stop a build; they say what could not be checked.</summary>
public static class ToolRules
{
    public static readonly RuleDescriptor FileUnreadable = new(
        "CG9001", "File could not be read", Concern.Tool, Severity.Warning, Surface.Tool,
        "The file could not be read (missing, locked, not text or too large), so it was not checked.");

    public static readonly RuleDescriptor FileUnparsable = new(
        "CG9002", "File could not be parsed", Concern.Tool, Severity.Warning, Surface.Tool,
        "The file has a syntax error at the reported position; the parts that could be read were still checked.");

    public static readonly RuleDescriptor InvalidConfiguration = new(
        "CG9003", "Invalid ContainerGuard configuration", Concern.Tool, Severity.Warning, Surface.Tool,
        "A containerguard.json file or MSBuild property has a value ContainerGuard does not understand; the key is ignored.");

    public static readonly RuleDescriptor RuleFailed = new(
        "CG9004", "A rule failed on this file", Concern.Tool, Severity.Warning, Surface.Tool,
        "A rule stopped with an internal error on this file; other rules still ran. Please report it with the file.");

    public static readonly RuleDescriptor[] All = { FileUnreadable, FileUnparsable, InvalidConfiguration, RuleFailed };
}
