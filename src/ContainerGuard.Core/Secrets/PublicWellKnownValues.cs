using System;

namespace ContainerGuard.Secrets;

/// <summary>
/// Values that look like secrets but are published on purpose, so holding them leaks nothing: the Azure Storage
/// emulator's (Azurite's) account key. <see cref="SecretValueClassifier"/> decides with it for every surface (a
/// const named <c>AzuriteKey</c> holding it is not a hard-coded credential), and the storage-key scanners of
/// <see cref="SecretDetector"/> skip it.
/// </summary>
public static class PublicWellKnownValues
{
    // Documented at learn.microsoft.com ("Use the Azurite emulator"); identical in every installation.
    internal const string StorageEmulatorAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public static bool IsPublic(string? value)
        => value is not null && value.Trim().Equals(StorageEmulatorAccountKey, StringComparison.Ordinal);
}
