using System;
using ContainerGuard.Text;

namespace ContainerGuard.Dockerfile;

/// <summary>Parses Dockerfile text. Never throws on any input; problems become <see cref="ParseError"/>s.</summary>
public static class DockerfileParser
{
    public static DockerfileDocument Parse(string content)
    {
        // Implemented by the parser work item; this placeholder keeps the contract compiling.
        var text = new SourceText(content);
        return new DockerfileDocument(text, '\\', Array.Empty<ParserDirective>(), Array.Empty<Instruction>(), Array.Empty<DockerfileStage>(), Array.Empty<ParseError>());
    }
}
