namespace ContainerGuard.Analyzers;

/// <summary>The properties the analyzers attach to diagnostics for the code fixes: names and kinds, never a value.</summary>
public static class DiagnosticProperties
{
    /// <summary>CG1001/CG1003: the name the secret was given to (the code fix names its setting after it).</summary>
    public const string Name = "ContainerGuard.Name";

    /// <summary>CG1002: the kind of secret (<see cref="Secrets.SecretKind"/>).</summary>
    public const string SecretKind = "ContainerGuard.SecretKind";
}
