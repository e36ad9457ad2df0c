using System;
using System.Collections.Generic;
using System.Globalization;
using ContainerGuard.Text;

namespace ContainerGuard.Json;

public enum JsonNodeKind
{
    Object,
    Array,
    String,
    Number,
    Boolean,
    Null,
}

/// <summary>A JSON value with the span it covers in the file (quotes and brackets included).</summary>
public abstract class JsonNode
{
    private protected JsonNode(TextSpan span)
    {
        Span = span;
    }

    public TextSpan Span { get; internal set; }

    public abstract JsonNodeKind Kind { get; }

    /// <summary>The JSON type name as users know it: object, array, string, number, boolean, null.</summary>
    public string KindName => Kind switch
    {
        JsonNodeKind.Object => "object",
        JsonNodeKind.Array => "array",
        JsonNodeKind.String => "string",
        JsonNodeKind.Number => "number",
        JsonNodeKind.Boolean => "boolean",
        _ => "null",
    };
}

/// <summary>One <c>"name": value</c> pair, with the span of the name (quotes included).</summary>
public sealed class JsonProperty
{
    public JsonProperty(string name, TextSpan nameSpan, JsonNode value)
    {
        Name = name;
        NameSpan = nameSpan;
        Value = value;
    }

    public string Name { get; }

    public TextSpan NameSpan { get; }

    public JsonNode Value { get; }

    /// <summary>From the name's opening quote to the end of the value.</summary>
    public TextSpan Span => TextSpan.FromBounds(NameSpan.Start, Math.Max(NameSpan.End, Value.Span.End));
}

/// <summary>An object; properties keep the file's order, duplicates included.</summary>
public sealed class JsonObject : JsonNode
{
    public JsonObject(TextSpan span, IReadOnlyList<JsonProperty> properties)
        : base(span)
    {
        Properties = properties;
    }

    public override JsonNodeKind Kind => JsonNodeKind.Object;

    public IReadOnlyList<JsonProperty> Properties { get; }

    /// <summary>The last property of that name (what most JSON readers keep when a name repeats).</summary>
    public JsonProperty? FindProperty(string name, StringComparison comparison = StringComparison.Ordinal)
    {
        for (int i = Properties.Count - 1; i >= 0; i--)
        {
            if (string.Equals(Properties[i].Name, name, comparison))
            {
                return Properties[i];
            }
        }

        return null;
    }

    public bool TryGetValue(string name, out JsonNode value, StringComparison comparison = StringComparison.Ordinal)
    {
        var property = FindProperty(name, comparison);
        value = property?.Value!;
        return property is not null;
    }
}

public sealed class JsonArray : JsonNode
{
    public JsonArray(TextSpan span, IReadOnlyList<JsonNode> items)
        : base(span)
    {
        Items = items;
    }

    public override JsonNodeKind Kind => JsonNodeKind.Array;

    public IReadOnlyList<JsonNode> Items { get; }
}

public sealed class JsonString : JsonNode
{
    public JsonString(TextSpan span, string value)
        : base(span)
    {
        Value = value;
    }

    public override JsonNodeKind Kind => JsonNodeKind.String;

    /// <summary>The unescaped value.</summary>
    public string Value { get; }

    /// <summary>The span between the quotes (for an unescaped string, exactly the value's characters).</summary>
    public TextSpan ContentSpan => Span.Length >= 2 ? new TextSpan(Span.Start + 1, Span.Length - 2) : Span;
}

/// <summary>A number kept as written, so that no precision is lost; convert on demand.</summary>
public sealed class JsonNumber : JsonNode
{
    public JsonNumber(TextSpan span, string rawText)
        : base(span)
    {
        RawText = rawText;
    }

    public override JsonNodeKind Kind => JsonNodeKind.Number;

    public string RawText { get; }

    public bool TryGetInt64(out long value)
        => long.TryParse(RawText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public bool TryGetDouble(out double value)
        => double.TryParse(RawText, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}

public sealed class JsonBoolean : JsonNode
{
    public JsonBoolean(TextSpan span, bool value)
        : base(span)
    {
        Value = value;
    }

    public override JsonNodeKind Kind => JsonNodeKind.Boolean;

    public bool Value { get; }
}

public sealed class JsonNull : JsonNode
{
    public JsonNull(TextSpan span)
        : base(span)
    {
    }

    public override JsonNodeKind Kind => JsonNodeKind.Null;
}
