namespace ContainerGuard.Files;

/// <summary>The kinds of file ContainerGuard recognises. <see cref="FileKinds"/> holds what each one means.</summary>
public enum FileKind
{
    Dockerfile,
    ProjectFile,
    Bicep,
    ArmTemplate,
}
