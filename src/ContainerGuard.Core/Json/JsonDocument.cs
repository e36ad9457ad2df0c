using System.Collections.Generic;
using ContainerGuard.Text;

namespace ContainerGuard.Json;

/// <summary>A syntax error with the span it concerns. Messages never quote the file's content.</summary>
public sealed class JsonError
{
    public JsonError(TextSpan span, string message)
    {
        Span = span;
        Message = message;
    }

    public TextSpan Span { get; }

    public string Message { get; }

    public override string ToString() => $"{Span}: {Message}";
}

/// <summary>
/// The result of <see cref="JsonParser.Parse"/>: the tree (as much of it as could be read) and the errors.
/// With errors, <see cref="Root"/> holds what was read before the parser gave up, containers closed where it stopped.
/// </summary>
public sealed class JsonDocument
{
    public JsonDocument(string text, JsonNode? root, IReadOnlyList<JsonError> errors)
    {
        Text = text;
        Root = root;
        Errors = errors;
    }

    public string Text { get; }

    public JsonNode? Root { get; }

    public IReadOnlyList<JsonError> Errors { get; }

    public bool HasErrors => Errors.Count > 0;
}
