using System;
using System.Collections.Generic;
using System.IO;
using System.Xml;
using ContainerGuard.Text;

namespace ContainerGuard.Project;

/// <summary>One <c>&lt;Name&gt;value&lt;/Name&gt;</c> inside a <c>PropertyGroup</c>, with where it is written.</summary>
public sealed class PropertyAssignment
{
    public PropertyAssignment(string name, string value, TextSpan elementSpan, TextSpan valueSpan, bool isConditional)
    {
        Name = name;
        Value = value;
        ElementSpan = elementSpan;
        ValueSpan = valueSpan;
        IsConditional = isConditional;
    }

    public string Name { get; }

    /// <summary>The text content with XML entities decoded, trimmed; empty for <c>&lt;Name /&gt;</c>.</summary>
    public string Value { get; }

    /// <summary>From <c>&lt;Name</c> to the end of <c>&lt;/Name&gt;</c>.</summary>
    public TextSpan ElementSpan { get; }

    /// <summary>The value as written between the tags (white space trimmed); the start tag when the value is empty.</summary>
    public TextSpan ValueSpan { get; }

    /// <summary>The element, its group or an enclosing <c>When</c> has a <c>Condition</c>: it may not apply.</summary>
    public bool IsConditional { get; }
}

/// <summary>One piece of item metadata (<c>Value="…"</c> or <c>&lt;Value&gt;…&lt;/Value&gt;</c>) with where its value is written.</summary>
public sealed class ItemMetadata
{
    public ItemMetadata(string name, string value, TextSpan valueSpan)
    {
        Name = name;
        Value = value;
        ValueSpan = valueSpan;
    }

    public string Name { get; }

    /// <summary>The value with XML entities decoded (an element's text trimmed).</summary>
    public string Value { get; }

    /// <summary>The value as written: between an attribute's quotes, or an element's trimmed text (its start tag when empty).</summary>
    public TextSpan ValueSpan { get; }
}

/// <summary>One item element inside an <c>ItemGroup</c>: <c>&lt;Type Include="…" Meta="…" /&gt;</c>, with positions.</summary>
public sealed class ItemElement
{
    private readonly List<ItemMetadata> _metadata = new();

    internal ItemElement(string itemType, string operation, string spec, TextSpan specSpan, TextSpan elementSpan, bool isConditional)
    {
        ItemType = itemType;
        Operation = operation;
        Spec = spec;
        SpecSpan = specSpan;
        ElementSpan = elementSpan;
        IsConditional = isConditional;
    }

    public string ItemType { get; }

    /// <summary><c>Include</c>, <c>Update</c> or <c>Remove</c>; empty when the element has none of them.</summary>
    public string Operation { get; }

    /// <summary>The value of the operation's attribute (<c>DB_HOST</c>, <c>A;B</c>).</summary>
    public string Spec { get; }

    public TextSpan SpecSpan { get; }

    /// <summary>The start tag.</summary>
    public TextSpan ElementSpan { get; }

    /// <summary>The element, its group or an enclosing element has a <c>Condition</c>, or it is inside a target.</summary>
    public bool IsConditional { get; }

    /// <summary>Metadata in document order, attributes first, then child elements.</summary>
    public IReadOnlyList<ItemMetadata> Metadata => _metadata;

    /// <summary>The last metadata named <paramref name="name"/> (case-insensitive), or null.</summary>
    public ItemMetadata? FindMetadata(string name)
    {
        for (int i = _metadata.Count - 1; i >= 0; i--)
        {
            if (string.Equals(_metadata[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return _metadata[i];
            }
        }

        return null;
    }

    internal void Add(ItemMetadata metadata) => _metadata.Add(metadata);
}

/// <summary>
/// What ContainerGuard needs from the XML of a project (or props) file: property assignments and items with spans,
/// the <c>&lt;Project&gt;</c> start tag, the SDKs and framework references. Never throws; malformed XML gives
/// <see cref="Error"/> and whatever was read before it. DTDs are ignored and nothing external is resolved.
/// </summary>
public sealed class ProjectFileSyntax
{
    private ProjectFileSyntax(string text)
    {
        Text = new SourceText(text);
    }

    public SourceText Text { get; }

    /// <summary>The <c>&lt;Project …&gt;</c> start tag; an empty span at 0 when there is none.</summary>
    public TextSpan ProjectElementSpan { get; private set; }

    /// <summary>SDK names from <c>Project Sdk="…"</c>, <c>&lt;Sdk Name="…"/&gt;</c> and <c>&lt;Import Sdk="…"/&gt;</c>.</summary>
    public IReadOnlyList<string> Sdks => _sdks;

    /// <summary>Include values of <c>FrameworkReference</c> items.</summary>
    public IReadOnlyList<string> FrameworkReferences => _frameworkReferences;

    /// <summary>Every property assignment in document order (which is MSBuild's evaluation order within one file).</summary>
    public IReadOnlyList<PropertyAssignment> Properties => _properties;

    /// <summary>Every item element of an <c>ItemGroup</c>, in document order.</summary>
    public IReadOnlyList<ItemElement> Items => _items;

    /// <summary>The first XML error, if any (reading stops there).</summary>
    public ProjectFileError? Error { get; private set; }

    private readonly List<string> _sdks = new();
    private readonly List<string> _frameworkReferences = new();
    private readonly List<PropertyAssignment> _properties = new();
    private readonly List<ItemElement> _items = new();

    // Attributes of an item element that are not metadata.
    private static readonly HashSet<string> ItemAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Include", "Update", "Remove", "Exclude", "Condition", "KeepMetadata", "RemoveMetadata", "KeepDuplicates",
        "MatchOnMetadata", "MatchOnMetadataOptions", "Label",
    };

    public static ProjectFileSyntax Parse(string text)
    {
        var syntax = new ProjectFileSyntax(text ?? string.Empty);
        syntax.Read();
        return syntax;
    }

    /// <summary>Whether the project uses the Web SDK or references the ASP.NET Core shared framework.</summary>
    public bool IsAspNetCore
    {
        get
        {
            foreach (string sdk in _sdks)
            {
                if (sdk.StartsWith("Microsoft.NET.Sdk.Web", StringComparison.OrdinalIgnoreCase)
                    && (sdk.Length == "Microsoft.NET.Sdk.Web".Length || sdk["Microsoft.NET.Sdk.Web".Length] == '/'))
                {
                    return true;
                }
            }

            foreach (string reference in _frameworkReferences)
            {
                if (string.Equals(reference, "Microsoft.AspNetCore.App", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// Where a property is set. With <paramref name="value"/> (the evaluated value) the last assignment writing that
    /// value is preferred, so a conditional assignment that did not apply is not blamed; otherwise the last one.
    /// </summary>
    public PropertyAssignment? FindAssignment(string name, string? value = null)
        => FindAssignment(name, value, exactOnly: false);

    /// <summary>With <paramref name="exactOnly"/>, only an assignment writing <paramref name="value"/> is returned.</summary>
    public PropertyAssignment? FindAssignment(string name, string? value, bool exactOnly)
    {
        PropertyAssignment? last = null;
        for (int i = _properties.Count - 1; i >= 0; i--)
        {
            var assignment = _properties[i];
            if (!string.Equals(assignment.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (value is null || string.Equals(assignment.Value, value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return assignment;
            }

            last ??= assignment;
        }

        return exactOnly ? null : last;
    }

    private void Read()
    {
        string content = Text.Content;
        int bomOffset = content.Length > 0 && content[0] == '\uFEFF' ? 1 : 0;
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        };

        // Per open element: its local name and whether it (or an ancestor) carries a Condition.
        var names = new List<string>();
        var conditional = new List<bool>();
        string pendingName = string.Empty;
        int pendingStart = 0, pendingContentStart = 0, pendingDepth = -1;
        bool pendingConditional = false;
        var pendingValue = new System.Text.StringBuilder();

        // The item element whose metadata elements are being read, and its depth.
        ItemElement? item = null;
        int itemDepth = -1;
        bool pendingIsMetadata = false;

        try
        {
            using var reader = XmlReader.Create(new StringReader(bomOffset == 0 ? content : content.Substring(1)), settings);
            var lineInfo = (IXmlLineInfo)reader;
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                    {
                        int nameOffset = Offset(lineInfo, bomOffset);
                        int start = Math.Max(0, nameOffset - 1);
                        string name = reader.LocalName;
                        string? condition = reader.GetAttribute("Condition");
                        // A property set inside a Target is applied only when that target runs: treat it as conditional.
                        bool isConditional = (conditional.Count > 0 && conditional[conditional.Count - 1]) || !string.IsNullOrWhiteSpace(condition) || name == "Target";
                        string parent = names.Count > 0 ? names[names.Count - 1] : string.Empty;
                        int tagEnd = EndOfStartTag(content, nameOffset);

                        if (names.Count == 0 && name == "Project")
                        {
                            ProjectElementSpan = TextSpan.FromBounds(start, tagEnd);
                            AddSdks(reader.GetAttribute("Sdk"));
                        }
                        else if (name == "Sdk" && reader.GetAttribute("Name") is { } sdkName)
                        {
                            AddSdks(sdkName);
                        }
                        else if (name == "Import" && reader.GetAttribute("Sdk") is { } importSdk)
                        {
                            AddSdks(importSdk);
                        }
                        else if (name == "FrameworkReference" && parent == "ItemGroup" && reader.GetAttribute("Include") is { } include)
                        {
                            foreach (string part in include.Split(';'))
                            {
                                if (part.Trim().Length > 0)
                                {
                                    _frameworkReferences.Add(part.Trim());
                                }
                            }
                        }

                        bool metadataElement = item != null && names.Count == itemDepth + 1;
                        if (parent == "ItemGroup" && item == null && pendingDepth < 0)
                        {
                            var read = ReadItem(reader, lineInfo, bomOffset, content, name, start, tagEnd, isConditional);
                            _items.Add(read);
                            if (!reader.IsEmptyElement)
                            {
                                item = read;
                                itemDepth = names.Count;
                            }
                        }
                        else if ((parent == "PropertyGroup" || metadataElement) && pendingDepth < 0)
                        {
                            pendingIsMetadata = metadataElement;
                            if (reader.IsEmptyElement)
                            {
                                var span = TextSpan.FromBounds(start, tagEnd);
                                if (metadataElement)
                                {
                                    item!.Add(new ItemMetadata(name, string.Empty, span));
                                }
                                else
                                {
                                    _properties.Add(new PropertyAssignment(name, string.Empty, span, span, isConditional));
                                }
                            }
                            else
                            {
                                pendingName = name;
                                pendingStart = start;
                                pendingContentStart = tagEnd;
                                pendingDepth = names.Count;
                                pendingConditional = isConditional;
                                pendingValue.Clear();
                            }
                        }

                        if (!reader.IsEmptyElement)
                        {
                            names.Add(name);
                            conditional.Add(isConditional);
                        }

                        break;
                    }

                    case XmlNodeType.Text:
                    case XmlNodeType.CDATA:
                    case XmlNodeType.Whitespace:
                    case XmlNodeType.SignificantWhitespace:
                        if (pendingDepth >= 0 && names.Count == pendingDepth + 1)
                        {
                            pendingValue.Append(reader.Value);
                        }

                        break;

                    case XmlNodeType.EndElement:
                        if (names.Count > 0)
                        {
                            names.RemoveAt(names.Count - 1);
                            conditional.RemoveAt(conditional.Count - 1);
                        }

                        if (pendingDepth >= 0 && names.Count == pendingDepth)
                        {
                            int endNameOffset = Offset(lineInfo, bomOffset);
                            int endTagStart = Math.Max(pendingContentStart, endNameOffset - 2);
                            int endTagEnd = EndOfStartTag(content, endNameOffset);
                            var valueSpan = Trim(content, pendingContentStart, endTagStart);
                            if (valueSpan.Length == 0)
                            {
                                valueSpan = TextSpan.FromBounds(pendingStart, pendingContentStart);
                            }

                            if (pendingIsMetadata)
                            {
                                item?.Add(new ItemMetadata(pendingName, pendingValue.ToString().Trim(), valueSpan));
                            }
                            else
                            {
                                _properties.Add(new PropertyAssignment(
                                    pendingName, pendingValue.ToString().Trim(), TextSpan.FromBounds(pendingStart, endTagEnd), valueSpan, pendingConditional));
                            }

                            pendingDepth = -1;
                        }

                        if (item != null && names.Count == itemDepth)
                        {
                            item = null;
                            itemDepth = -1;
                        }

                        break;
                }
            }
        }
        catch (XmlException ex)
        {
            int offset = ex.LineNumber > 0 ? OffsetOf(ex.LineNumber, ex.LinePosition, bomOffset) : 0;
            Error = new ProjectFileError(new TextSpan(offset, offset < content.Length ? 1 : 0), DescribeXmlError(ex));
        }
    }

    /// <summary>An item element's operation, spec and metadata attributes, each value with its span as written.</summary>
    private ItemElement ReadItem(XmlReader reader, IXmlLineInfo lineInfo, int bomOffset, string content, string itemType, int start, int tagEnd, bool isConditional)
    {
        string operation = string.Empty, spec = string.Empty;
        var specSpan = TextSpan.FromBounds(start, tagEnd);
        var metadata = new List<ItemMetadata>();
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                string attribute = reader.LocalName;
                var valueSpan = AttributeValueSpan(content, Offset(lineInfo, bomOffset), tagEnd);
                if (attribute is "Include" or "Update" or "Remove")
                {
                    if (operation.Length == 0)
                    {
                        operation = attribute;
                        spec = reader.Value;
                        specSpan = valueSpan;
                    }
                }
                else if (!ItemAttributes.Contains(attribute) && reader.Prefix.Length == 0 && attribute != "xmlns")
                {
                    metadata.Add(new ItemMetadata(attribute, reader.Value, valueSpan));
                }
            }
            while (reader.MoveToNextAttribute());

            reader.MoveToElement();
        }

        var element = new ItemElement(itemType, operation, spec, specSpan, TextSpan.FromBounds(start, tagEnd), isConditional);
        foreach (var entry in metadata)
        {
            element.Add(entry);
        }

        return element;
    }

    /// <summary>The text between the quotes of the attribute whose name starts at <paramref name="nameOffset"/> (the name's span when it cannot be found).</summary>
    private static TextSpan AttributeValueSpan(string content, int nameOffset, int tagEnd)
    {
        int i = content.IndexOf('=', nameOffset);
        if (i < 0 || i >= tagEnd)
        {
            return new TextSpan(nameOffset, 0);
        }

        i++;
        while (i < tagEnd && char.IsWhiteSpace(content[i]))
        {
            i++;
        }

        if (i >= tagEnd || content[i] is not ('"' or '\''))
        {
            return new TextSpan(nameOffset, 0);
        }

        int close = content.IndexOf(content[i], i + 1);
        return close < 0 || close >= tagEnd ? new TextSpan(nameOffset, 0) : TextSpan.FromBounds(i + 1, close);
    }

    private void AddSdks(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        foreach (string part in value!.Split(';'))
        {
            if (part.Trim().Length > 0)
            {
                _sdks.Add(part.Trim());
            }
        }
    }

    private int Offset(IXmlLineInfo info, int bomOffset) => OffsetOf(info.LineNumber, info.LinePosition, bomOffset);

    private int OffsetOf(int line, int column, int bomOffset)
    {
        if (line < 1 || line > Text.LineCount)
        {
            return Text.Length;
        }

        int offset = Text.GetLineStart(line - 1) + Math.Max(0, column - 1) + (line == 1 ? bomOffset : 0);
        return Math.Min(offset, Text.Length);
    }

    /// <summary>Just past the '>' closing the tag whose name starts at <paramref name="from"/> (quotes respected).</summary>
    private static int EndOfStartTag(string content, int from)
    {
        char quote = '\0';
        for (int i = from; i < content.Length; i++)
        {
            char c = content[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c == '"' || c == '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
        }

        return content.Length;
    }

    private static TextSpan Trim(string content, int start, int end)
    {
        end = Math.Max(start, Math.Min(end, content.Length));
        while (start < end && char.IsWhiteSpace(content[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(content[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    // XmlException messages quote the offending text; keep only the kind of problem.
    private static string DescribeXmlError(XmlException ex)
    {
        string message = ex.Message;
        int cut = message.IndexOf(" Line ", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message.Substring(0, cut);
        }

        return message.Length > 160 ? message.Substring(0, 160) + "…" : message;
    }
}

public sealed class ProjectFileError
{
    public ProjectFileError(TextSpan span, string message)
    {
        Span = span;
        Message = message;
    }

    public TextSpan Span { get; }

    public string Message { get; }
}
