using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SocialErp.TestKit.Approval;

/// <summary>
/// One text form per JSON value: object keys sorted (ordinal), array order kept, two-space indentation,
/// accents left readable, LF line endings and a final newline. Two documents are equal when their forms are.
/// </summary>
public static class CanonicalJson
{
    private static readonly JsonSerializerOptions Writer = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Format(string json)
    {
        var node = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var text = Sort(node)?.ToJsonString(Writer) ?? "null";
        return text.ReplaceLineEndings("\n") + "\n";
    }

    private static JsonNode? Sort(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Sort(p.Value)))),
        JsonArray array => new JsonArray(array.Select(Sort).ToArray()),
        _ => node?.DeepClone(),
    };
}
