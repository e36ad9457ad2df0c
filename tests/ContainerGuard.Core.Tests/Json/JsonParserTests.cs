using System.Diagnostics;
using System.Text;
using ContainerGuard.Json;
using ContainerGuard.Tests.Infrastructure;
using ContainerGuard.Text;

namespace ContainerGuard.Tests.Json;

public class JsonParserTests
{
    [Fact]
    public void Object_keeps_property_order_names_and_spans()
    {
        var markup = Markup.Parse("{ [|\"b\"|]: [|1|], [|\"a\"|]: [|\"x\"|] }");
        var document = JsonParser.Parse(markup.Text);

        Assert.Empty(document.Errors);
        var root = Assert.IsType<JsonObject>(document.Root);
        Assert.Equal(new TextSpan(0, markup.Text.Length), root.Span);
        Assert.Equal(new[] { "b", "a" }, root.Properties.Select(p => p.Name));
        Assert.Equal(markup.Spans[0], root.Properties[0].NameSpan);
        Assert.Equal(markup.Spans[1], root.Properties[0].Value.Span);
        Assert.Equal(markup.Spans[2], root.Properties[1].NameSpan);
        Assert.Equal(markup.Spans[3], root.Properties[1].Value.Span);
        Assert.Equal("x", Assert.IsType<JsonString>(root.Properties[1].Value).Value);
    }

    [Fact]
    public void Every_value_kind_is_read()
    {
        var document = JsonParser.Parse("[\"s\", -1.5e+3, 0, true, false, null, {}, []]");

        Assert.Empty(document.Errors);
        var items = Assert.IsType<JsonArray>(document.Root).Items;
        Assert.Equal(
            new[] { JsonNodeKind.String, JsonNodeKind.Number, JsonNodeKind.Number, JsonNodeKind.Boolean, JsonNodeKind.Boolean, JsonNodeKind.Null, JsonNodeKind.Object, JsonNodeKind.Array },
            items.Select(i => i.Kind));
        Assert.Equal("-1.5e+3", ((JsonNumber)items[1]).RawText);
        Assert.True(((JsonNumber)items[1]).TryGetDouble(out double d));
        Assert.Equal(-1500, d);
        Assert.True(((JsonBoolean)items[3]).Value);
        Assert.False(((JsonBoolean)items[4]).Value);
    }

    [Fact]
    public void Numbers_keep_their_raw_text_beyond_double_precision()
    {
        var document = JsonParser.Parse("12345678901234567890123");
        Assert.Equal("12345678901234567890123", Assert.IsType<JsonNumber>(document.Root).RawText);
        Assert.False(((JsonNumber)document.Root!).TryGetInt64(out _));
    }

    [Theory]
    [InlineData(@"""a\""b""", "a\"b")]
    [InlineData(@"""a\\b\/c""", "a\\b/c")]
    [InlineData(@"""\b\f\n\r\t""", "\b\f\n\r\t")]
    [InlineData(@"""\u00e9\u20AC""", "é€")]
    [InlineData(@"""\ud83d\ude00""", "\U0001F600")]
    [InlineData(@"""""", "")]
    public void String_escapes_are_decoded(string json, string expected)
    {
        var document = JsonParser.Parse(json);
        Assert.Empty(document.Errors);
        Assert.Equal(expected, Assert.IsType<JsonString>(document.Root).Value);
        Assert.Equal(new TextSpan(0, json.Length), document.Root!.Span);
    }

    [Fact]
    public void Comments_and_trailing_commas_are_accepted()
    {
        string json = """
            // containerguard settings
            {
              /* registries we mirror into */
              "approvedRegistries": [ "contoso.azurecr.io", ], // trailing comma in an array
              "rules": { "CG4001": "error", },
            }
            """;
        var document = JsonParser.Parse(json);

        Assert.Empty(document.Errors);
        var root = Assert.IsType<JsonObject>(document.Root);
        Assert.Equal(new[] { "approvedRegistries", "rules" }, root.Properties.Select(p => p.Name));
        Assert.Single(((JsonArray)root.Properties[0].Value).Items);
    }

    [Fact]
    public void Strict_options_report_comments_and_trailing_commas()
    {
        var strict = new JsonParserOptions { AllowComments = false, AllowTrailingCommas = false };
        var markup = Markup.Parse("[1[|,|]]");
        var document = JsonParser.Parse(markup.Text, strict);
        Assert.Equal(markup.Spans, document.Errors.Select(e => e.Span));
        Assert.Equal("Trailing comma.", document.Errors[0].Message);

        var comment = JsonParser.Parse("// x\n1", strict);
        Assert.Equal(new TextSpan(0, 1), comment.Errors[0].Span);
    }

    [Fact]
    public void A_byte_order_mark_is_skipped()
    {
        var document = JsonParser.Parse("\uFEFF{\"a\":1}");
        Assert.Empty(document.Errors);
        Assert.Equal(new TextSpan(1, 7), document.Root!.Span);
    }

    [Fact]
    public void Duplicate_names_are_kept_and_lookup_returns_the_last()
    {
        var root = (JsonObject)JsonParser.Parse("{\"a\":1,\"a\":2}").Root!;
        Assert.Equal(2, root.Properties.Count);
        Assert.True(root.TryGetValue("a", out var value));
        Assert.Equal("2", ((JsonNumber)value).RawText);
        Assert.Null(root.FindProperty("A"));
        Assert.NotNull(root.FindProperty("A", StringComparison.OrdinalIgnoreCase));
    }

    // Malformed input: each case marks where the first error must be reported.
    [Theory]
    [InlineData("[||]", "The file is empty; expected a JSON value.")]
    [InlineData("  // only a comment\n[||]", "The file is empty; expected a JSON value.")]
    [InlineData("{\"a\": 1[||]", "Unexpected end of file; expected ',' or '}'.")]
    [InlineData("[1, 2[||]", "Unexpected end of file; expected ',' or ']'.")]
    [InlineData("{\"a\" [|1|]}", "Expected ':' after the property name.")]
    [InlineData("{\"a\": 1 [|\"b\"|]: 2}", "Expected ',' or '}'.")]
    [InlineData("[1 [|2|]]", "Expected ',' or ']'.")]
    [InlineData("{[|a|]: 1}", "Unexpected word; expected a value (strings and property names need double quotes; true, false and null are lower case).")]
    [InlineData("{[|'|]a': 1}", "Strings must be in double quotes.")]
    [InlineData("[[|True|]]", "Unexpected word; expected a value (strings and property names need double quotes; true, false and null are lower case).")]
    [InlineData("[[|NaN|]]", "Unexpected word; expected a value (strings and property names need double quotes; true, false and null are lower case).")]
    [InlineData("[[|01|]]", "Invalid number.")]
    [InlineData("[[|1.|]]", "Invalid number.")]
    [InlineData("[[|-|]]", "Invalid number.")]
    [InlineData("[[|1e|]]", "Invalid number.")]
    [InlineData("[[|0x1F|]]", "Invalid number.")]
    [InlineData("[[|-Infinity|]]", "Invalid number.")]
    [InlineData("[\"a[|\\x|]\"]", "Invalid escape sequence.")]
    [InlineData("[\"[|\\u12|]G4\"]", "Invalid \\u escape: expected four hexadecimal digits.")]
    [InlineData("[\"a[|\t|]b\"]", "Control characters must be escaped in a string.")]
    [InlineData("[[|\"abc|]\n]", "Unterminated string (missing closing quote before the end of the line).")]
    [InlineData("[[|\"abc|]", "Unterminated string (missing closing quote before the end of the file).")]
    [InlineData("[1] [|2|]", "Unexpected content after the end of the JSON value.")]
    [InlineData("{\"a\": [|}|]", "Expected a value but found '}'.")]
    [InlineData("[1, [|:|]]", "Expected a value but found ':'.")]
    [InlineData("{\"a\": 1, [|,|]}", "Expected a property name in double quotes.")]
    [InlineData("[1 [|/*|] never closed", "Unterminated /* comment.")]
    [InlineData("[1, [|@|]]", "Unexpected character.")]
    public void Malformed_input_reports_the_first_error_at_its_position(string markupText, string message)
    {
        var markup = Markup.Parse(markupText);
        var document = JsonParser.Parse(markup.Text);

        Assert.NotEmpty(document.Errors);
        Assert.Equal(markup.Spans.Single(), document.Errors[0].Span);
        Assert.Equal(message, document.Errors[0].Message);
    }

    [Fact]
    public void Errors_are_reported_with_line_and_column()
    {
        string json = "{\n  \"a\": [1,\n    2\n    3]\n}";
        var document = JsonParser.Parse(json);
        var error = Assert.Single(document.Errors);
        Assert.Equal(new LinePosition(4, 5), new SourceText(json).GetPosition(error.Span.Start));
    }

    [Fact]
    public void Recoverable_errors_do_not_lose_the_rest_of_the_file()
    {
        var document = JsonParser.Parse("{\"a\": \"x\\q\" \"b\": [1 2], \"c\": true}");

        Assert.Equal(3, document.Errors.Count);
        var root = (JsonObject)document.Root!;
        Assert.Equal(new[] { "a", "b", "c" }, root.Properties.Select(p => p.Name));
        Assert.Equal(2, ((JsonArray)root.Properties[1].Value).Items.Count);
    }

    [Fact]
    public void A_fatal_error_keeps_the_complete_values_read_before_it()
    {
        var document = JsonParser.Parse("{\"a\": [\"x\", \"y\"], \"b\": { \"c\": 1, \"d\": ");

        Assert.Single(document.Errors);
        var root = (JsonObject)document.Root!;
        Assert.Equal(new[] { "a", "b" }, root.Properties.Select(p => p.Name));
        Assert.Equal(2, ((JsonArray)root.Properties[0].Value).Items.Count);
        Assert.Equal(new[] { "c" }, ((JsonObject)root.Properties[1].Value).Properties.Select(p => p.Name));
    }

    [Fact]
    public void Messages_do_not_quote_file_content()
    {
        var document = JsonParser.Parse("{\"password\": hunter2secret}");
        Assert.All(document.Errors, e => Assert.DoesNotContain("hunter2", e.Message));
    }

    [Fact]
    public void Nesting_at_the_limit_is_read_and_deeper_is_an_error()
    {
        var options = new JsonParserOptions { MaxDepth = 5 };
        Assert.Empty(JsonParser.Parse("[[[[[1]]]]]", options).Errors);

        string json = "[[[[{\"a\":[1]}]]]]";
        var deep = JsonParser.Parse(json, options);
        var error = Assert.Single(deep.Errors);
        Assert.Equal(new TextSpan(json.IndexOf(":[", StringComparison.Ordinal) + 1, 1), error.Span);
        Assert.Equal("Nesting is deeper than 5 levels.", error.Message);
    }

    [Fact]
    public void A_million_open_brackets_do_not_overflow_the_stack()
    {
        string json = new string('[', 1_000_000);
        var document = JsonParser.Parse(json);

        var error = Assert.Single(document.Errors);
        Assert.Equal(new TextSpan(512, 1), error.Span);
        Assert.IsType<JsonArray>(document.Root);
    }

    [Fact]
    public void A_million_balanced_brackets_do_not_overflow_the_stack_either()
    {
        string json = new string('[', 1_000_000) + new string(']', 1_000_000);
        var document = JsonParser.Parse(json, new JsonParserOptions { MaxDepth = int.MaxValue });

        Assert.Empty(document.Errors);
        Assert.Equal(new TextSpan(0, json.Length), document.Root!.Span);
    }

    [Fact]
    public void Multi_megabyte_input_is_read_in_linear_time()
    {
        var builder = new StringBuilder("{\"resources\": [");
        for (int i = 0; i < 60_000; i++)
        {
            builder.Append("{\"type\": \"Microsoft.ContainerInstance/containerGroups\", \"name\": \"group")
                .Append(i).Append("\", \"properties\": {\"count\": ").Append(i).Append(", \"escaped\": \"a\\tb\", \"flag\": true}},\n");
        }

        builder.Append("]}");
        string json = builder.ToString();
        Assert.True(json.Length > 8_000_000);

        var watch = Stopwatch.StartNew();
        var document = JsonParser.Parse(json);
        watch.Stop();

        Assert.Empty(document.Errors);
        Assert.Equal(60_000, ((JsonArray)((JsonObject)document.Root!).Properties[0].Value).Items.Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"Parsing {json.Length} characters took {watch.Elapsed}.");
    }

    [Fact]
    public void Long_runs_of_errors_stop_at_the_error_cap()
    {
        string json = "[" + string.Concat(Enumerable.Repeat("01,", 10_000)) + "]";
        var document = JsonParser.Parse(json, new JsonParserOptions { MaxErrors = 20 });
        Assert.Equal(20, document.Errors.Count);
    }

    [Fact]
    public void Random_garbage_never_throws()
    {
        var random = new Random(1234);
        const string alphabet = "{}[]:,\"\\/*tfn0123456789.-+eE uXa\n\r\t'";
        for (int round = 0; round < 2000; round++)
        {
            var chars = new char[random.Next(0, 60)];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var document = JsonParser.Parse(new string(chars));
            foreach (var error in document.Errors)
            {
                Assert.InRange(error.Span.Start, 0, chars.Length);
                Assert.InRange(error.Span.End, 0, chars.Length);
            }
        }
    }
}
