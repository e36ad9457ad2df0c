using System;

namespace ContainerGuard.Secrets;

/// <summary>
/// Values that look like secrets but are published on purpose, so holding them in code leaks nothing: the Azure
/// Storage emulator's (Azurite's) account key. Added for the C# analyzers (a const named <c>AzuriteKey</c> or
/// <c>DevelopmentStorageKey</c> holding it is not a hard-coded credential).
/// </summary>
public static class PublicWellKnownValues
{
    // Documented at learn.microsoft.com ("Use the Azurite emulator"); identical in every installation.
    private const string StorageEmulatorAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public static bool IsPublic(string? value)
        => value is not null && value.Trim().Equals(StorageEmulatorAccountKey, StringComparison.Ordinal);
}
