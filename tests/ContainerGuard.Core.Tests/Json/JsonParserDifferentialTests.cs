using System.Text;
using ContainerGuard.Json;
using Stj = System.Text.Json;

namespace ContainerGuard.Tests.Json;

/// <summary>
/// Our reader against System.Text.Json (comments skipped, trailing commas allowed — the same dialect): they
/// must agree on which texts are valid, and on the values of the valid ones.
/// </summary>
public class JsonParserDifferentialTests
{
    private static readonly Stj.JsonDocumentOptions StjOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = Stj.JsonCommentHandling.Skip,
        MaxDepth = 512,
    };

    private static bool StjAccepts(string text)
    {
        try
        {
            using var _ = Stj.JsonDocument.Parse(text, StjOptions);
            return true;
        }
        catch (Stj.JsonException)
        {
            return false;
        }
    }

    [Fact]
    public void Both_readers_agree_on_validity_of_random_texts()
    {
        var random = new Random(20261129);
        string[] pieces = { "{", "}", "[", "]", ":", ",", " ", "\n", "\"a\"", "\"\\u00e9\"", "\"\\x\"", "1", "-0.5e3", "01", "1.", "true", "null", "nul", "/*c*/", "//c\n", "/", "\"", "\t" };
        int valid = 0;
        for (int round = 0; round < 8_000; round++)
        {
            var text = new StringBuilder();
            int count = random.Next(1, 14);
            for (int i = 0; i < count; i++)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            string json = text.ToString();
            bool ours = !JsonParser.Parse(json).HasErrors;
            bool theirs = StjAccepts(json);
            Assert.True(ours == theirs, $"Disagreement on {Stj.JsonSerializer.Serialize(json)}: ours={ours}, System.Text.Json={theirs}");
            valid += ours ? 1 : 0;
        }

        Assert.True(valid > 40, "the generator should produce some valid documents");
    }

    [Fact]
    public void Valid_documents_read_the_same_values()
    {
        var random = new Random(42);
        for (int round = 0; round < 300; round++)
        {
            string json = Generate(random, depth: 0);
            using var expected = Stj.JsonDocument.Parse(json, StjOptions);
            var actual = JsonParser.Parse(json);
            Assert.Empty(actual.Errors);
            AssertSame(expected.RootElement, actual.Root!);
        }
    }

    private static void AssertSame(Stj.JsonElement expected, JsonNode actual)
    {
        switch (expected.ValueKind)
        {
            case Stj.JsonValueKind.Object:
                var properties = expected.EnumerateObject().ToList();
                var obj = Assert.IsType<JsonObject>(actual);
                Assert.Equal(properties.Count, obj.Properties.Count);
                for (int i = 0; i < properties.Count; i++)
                {
                    Assert.Equal(properties[i].Name, obj.Properties[i].Name);
                    AssertSame(properties[i].Value, obj.Properties[i].Value);
                }

                break;
            case Stj.JsonValueKind.Array:
                var items = expected.EnumerateArray().ToList();
                var array = Assert.IsType<JsonArray>(actual);
                Assert.Equal(items.Count, array.Items.Count);
                for (int i = 0; i < items.Count; i++)
                {
                    AssertSame(items[i], array.Items[i]);
                }

                break;
            case Stj.JsonValueKind.String:
                Assert.Equal(expected.GetString(), Assert.IsType<JsonString>(actual).Value);
                break;
            case Stj.JsonValueKind.Number:
                Assert.Equal(expected.GetRawText(), Assert.IsType<JsonNumber>(actual).RawText);
                break;
            case Stj.JsonValueKind.True:
            case Stj.JsonValueKind.False:
                Assert.Equal(expected.GetBoolean(), Assert.IsType<JsonBoolean>(actual).Value);
                break;
            default:
                Assert.IsType<JsonNull>(actual);
                break;
        }
    }

    private static string Generate(Random random, int depth)
    {
        int kind = depth > 4 ? random.Next(3, 8) : random.Next(0, 8);
        // (System.Text.Json does not accept a comment between a property name and its colon; we do.)
        string Space() => random.Next(4) switch { 0 => string.Empty, 1 => " ", 2 => "\n  ", _ => " /* c */ " };
        switch (kind)
        {
            case 0:
            case 1:
                var members = Enumerable.Range(0, random.Next(0, 4)).ToList()
                    .ConvertAll(i => $"{Space()}\"k{i}\\t{(char)('a' + random.Next(26))}\" :{Space()}{Generate(random, depth + 1)}");
                return "{" + string.Join(",", members) + (members.Count > 0 && random.Next(3) == 0 ? "," : string.Empty) + Space() + "}";
            case 2:
                var items = Enumerable.Range(0, random.Next(0, 4)).Select(_ => Space() + Generate(random, depth + 1));
                return "[" + string.Join(",", items) + Space() + "]";
            case 3:
                return "\"s\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00 " + random.Next() + "\"";
            case 4:
                return random.Next(3) switch { 0 => "-0", 1 => random.Next(-1000, 1000).ToString(System.Globalization.CultureInfo.InvariantCulture), _ => "1.25e-7" };
            case 5:
                return "true";
            case 6:
                return "false";
            default:
                return "null";
        }
    }
}
