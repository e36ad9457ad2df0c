using System;
using System.IO;
using ContainerGuard.Files;

namespace ContainerGuard.Cli.Scanning;

public enum ExplicitPathState
{
    File,
    Directory,
    Missing,

    /// <summary>There, but the file system will not say what it is (a folder on the way may not be searched).</summary>
    Inaccessible,
}

/// <summary>A path named on the command line: what it is, which kind of file, and what to say when it is none.</summary>
public static class ExplicitPath
{
    public static ExplicitPathState Probe(string fullPath, out string? reason)
    {
        reason = null;
        FileAttributes attributes;
        try
        {
            // -1 when nothing is there; an exception when something is but may not be looked at.
            attributes = new FileInfo(fullPath).Attributes;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            reason = ex.GetType().Name;
            return ExplicitPathState.Inaccessible;
        }

        if ((int)attributes == -1)
        {
            return ExplicitPathState.Missing;
        }

        return (attributes & FileAttributes.Directory) != 0 ? ExplicitPathState.Directory : ExplicitPathState.File;
    }

    /// <summary>
    /// The kind of a named file, by name and, for a kind decided by content (ARM), by the start of the file; null for
    /// any other file. <paramref name="problem"/> is set when the start was needed and could not be read.
    /// </summary>
    public static FileKindInfo? Classify(string fullPath, out string? problem)
    {
        string? failure = null;
        var kind = FileKinds.Classify(fullPath, () =>
        {
            try
            {
                // A size-0 file is empty (no template) or a FIFO whose open would block: not read.
                return new FileInfo(fullPath).Length == 0 ? string.Empty : FileText.ReadStart(fullPath, ArmTemplateSniffer.SniffLength);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException or NotSupportedException)
            {
                failure = ex.GetType().Name;
                return null;
            }
        });
        problem = failure;
        return kind;
    }

    /// <summary>Why a named file is not scanned (it is of no kind ContainerGuard checks), for stderr.</summary>
    public static string WhyNotScanned(string shownPath, string fullPath)
    {
        string extension = Path.GetExtension(fullPath);
        if (extension.Equals(".cs", StringComparison.OrdinalIgnoreCase) || extension.Equals(".vb", StringComparison.OrdinalIgnoreCase) || extension.Equals(".fs", StringComparison.OrdinalIgnoreCase))
        {
            return $"{shownPath}: source code is not scanned by 'containerguard scan'; the ContainerGuard package's analyzers check C# when the project builds (see 'containerguard scan --help').";
        }

        if (extension.Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            return $"{shownPath}: not an ARM template (its \"$schema\" does not name a deployment template), nor any other kind of file ContainerGuard checks.";
        }

        return $"{shownPath}: not a kind of file ContainerGuard checks ({FileKinds.DescribeAll()}); a Dockerfile is named Dockerfile, *.Dockerfile or Dockerfile.* (Containerfile likewise).";
    }
}
