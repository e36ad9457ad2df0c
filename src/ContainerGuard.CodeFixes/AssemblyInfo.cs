// Code fixes for the ContainerGuard analyzers live in this assembly (it references Workspaces, which the
// analyzer assembly must not, so the analyzers also load in the command-line compiler).
[assembly: System.Reflection.AssemblyMetadata("ContainerGuard.Role", "CodeFixes")]
