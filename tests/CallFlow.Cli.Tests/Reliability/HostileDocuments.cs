using System.Text;
using System.Text.Json.Nodes;
using CallFlow.Actions.AppFiles;
using CallFlow.Actions.Recordings;
using CallFlow.Actions.Requests;
using CallFlow.Actions.Responses;
using CallFlow.Actions.Serialization;
using CallFlow.Cli.Tests.Support;
using CallFlow.Server.Tests.Reliability;

namespace CallFlow.Cli.Tests.Reliability;

/// <summary>
/// Hostile files for lint and format, of every document kind: generated from good documents of each kind and from the
/// wire model's own properties (wrong types in every field), plus syntax, encoding, size and path hostility.
/// </summary>
public static class HostileDocuments
{
    /// <summary>Good documents of every kind, by name: the CLI's samples and the server's shipped app files.</summary>
    public static IReadOnlyDictionary<string, byte[]> Samples { get; } = CreateSamples();

    /// <summary>Every hostile file.</summary>
    public static IEnumerable<HostileFile> All() =>
        Syntax().Concat(Encodings()).Concat(WrongTypes()).Concat(RecordingFields()).Concat(Nesting()).Concat(Sizes()).Concat(Duplicates()).Concat(TwoKinds()).Concat(Paths());

    /// <summary>The hostile recordings: every case above that is or holds a recording, for replay.</summary>
    public static IEnumerable<HostileFile> Recordings() =>
        All().Where(file => file.Path != HostilePath.File || Encoding.UTF8.GetString(file.Bytes).Contains("\"exchanges\"", StringComparison.Ordinal));

    private static IEnumerable<HostileFile> Syntax()
    {
        foreach (var (name, sample) in Samples)
        {
            var trimmed = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(sample).TrimEnd());
            foreach (var (length, bytes) in HostileJson.Truncations(trimmed, 30))
            {
                yield return HostileFile.NotJson($"{name} cut at {length} bytes", bytes);
            }
        }

        foreach (var text in HostileJson.Malformed)
        {
            yield return HostileFile.Refused($"malformed JSON {text}", Encoding.UTF8.GetBytes(text));
        }

        yield return HostileFile.NotJson("an empty file", []);
        yield return HostileFile.NotJson("only whitespace", " \r\n\t "u8.ToArray());
        yield return HostileFile.NotJson("NUL bytes", new byte[64]);
        yield return HostileFile.NotJson("random bytes", Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251)).ToArray());
        yield return HostileFile.NotJson("a PNG header", [0x89, .. "PNG\r\n\x1a\n"u8, 0, 0, 0, 13, .. "IHDR"u8]);
        yield return HostileFile.NotJson("a gzip header", [0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0, 0, 0x03]);
        yield return HostileFile.NotJson("an app file comment left open", "{\"pages\": {} /* "u8.ToArray());
    }

    private static IEnumerable<HostileFile> Encodings()
    {
        foreach (var (name, sample) in Samples)
        {
            var text = Encoding.UTF8.GetString(sample);
            yield return new HostileFile($"{name} with a UTF-8 byte order mark", [.. Encoding.UTF8.Preamble, .. sample], HostilePath.File, [0]);
            yield return HostileFile.NotJson($"{name} with two UTF-8 byte order marks", [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.Preamble, .. sample]);
            yield return HostileFile.NotJson($"{name} as UTF-16 with its byte order mark", [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(text)]);
            yield return HostileFile.NotJson($"{name} as UTF-16 big-endian", Encoding.BigEndianUnicode.GetBytes(text));
            yield return HostileFile.NotJson($"{name} as UTF-32", [.. Encoding.UTF32.Preamble, .. Encoding.UTF32.GetBytes(text)]);
            var firstString = text.IndexOf(": \"", StringComparison.Ordinal) is var at and >= 0 ? at + 3 : text.IndexOf(":\"", StringComparison.Ordinal) + 2;
            foreach (var raw in HostileJson.InvalidUtf8)
            {
                var bytes = Encoding.UTF8.GetBytes(text[..firstString]).Concat(raw).Concat(Encoding.UTF8.GetBytes(text[firstString..])).ToArray();
                yield return HostileFile.NotJson($"{name} with invalid UTF-8 {Convert.ToHexString(raw)} in a string", bytes);
            }

            foreach (var surrogate in new[] { "\\ud800", "\\udfff", "a\\udc00b", "\\ud800\\ud800", "\\udbff" })
            {
                var bytes = Encoding.UTF8.GetBytes(text[..firstString] + surrogate + text[firstString..]);
                yield return HostileFile.Generated($"{name} with the lone surrogate {surrogate} in its first string", bytes);
            }
        }
    }

    // Every JSON kind of value in every property of the model, for each document kind, and the actions of app files.
    private static IEnumerable<HostileFile> WrongTypes()
    {
        foreach (var field in ModelFields.Of(typeof(ActionsResponse), CallFlowJson.Options))
        {
            foreach (var value in HostileJson.EveryKindOfValue)
            {
                var document = ModelFields.Skeleton(field);
                document.TryAdd("api_version", "2.0");
                yield return HostileFile.Generated($"response {field} = {value}", ModelFields.Fill(document, value));
                if (field.ObjectPath is ["actions", "0", ..])
                {
                    var appFile = new JsonObject { ["fallback"] = new JsonArray(), ["pages"] = new JsonObject { ["first"] = new JsonArray(new JsonObject { ["actions"] = document["actions"]!.DeepClone() }) } };
                    yield return HostileFile.Generated($"app file action {field} = {value}", ModelFields.Fill(appFile, value));
                }
            }
        }

        foreach (var field in ModelFields.UnknownOf(typeof(ActionsResponse), CallFlowJson.Options).Concat(ModelFields.UnknownOf(typeof(Recording), CallFlowJson.Options)))
        {
            foreach (var value in HostileJson.EveryKindOfValue)
            {
                var document = ModelFields.Skeleton(field);
                document.TryAdd("api_version", "2.0");
                yield return HostileFile.Generated($"unknown property {field} = {value}", ModelFields.Fill(document, value));
            }
        }

        foreach (var field in ModelFields.Of(typeof(PageRequest), CallFlowJson.Options))
        {
            foreach (var value in HostileJson.EveryKindOfValue)
            {
                var document = ModelFields.Skeleton(field);
                yield return HostileFile.Generated($"page request {field} = {value}", ModelFields.Fill(document, value));
                var recording = new JsonObject { ["app"] = "hostile", ["exchanges"] = new JsonArray(new JsonObject { ["page"] = "first", ["request"] = document.DeepClone() }) };
                yield return HostileFile.Generated($"recorded request {field} = {value}", ModelFields.Fill(recording, value));
            }
        }

        foreach (var field in ModelFields.Of(typeof(Recording), CallFlowJson.Options))
        {
            foreach (var value in HostileJson.EveryKindOfValue)
            {
                var document = ModelFields.Skeleton(field);
                document.TryAdd("app", "hostile");
                document.TryAdd("exchanges", new JsonArray());
                yield return HostileFile.Generated($"recording {field} = {value}", ModelFields.Fill(document, value));
            }
        }

        var app = JsonNode.Parse(Samples["menu app file"], documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!;
        foreach (var value in HostileJson.EveryKindOfValue)
        {
            foreach (var key in AppFileReader.FileKeys)
            {
                yield return HostileFile.Generated($"app file {key} = {value}", HostileJson.WithField(app, [], key, value));
            }

            foreach (var key in AppFileReader.RuleKeys)
            {
                yield return HostileFile.Generated($"app file pages.first[0].{key} = {value}", HostileJson.WithField(app, ["pages", "first", "0"], key, value));
            }

            yield return HostileFile.Generated($"app file pages.first = {value}", HostileJson.WithField(app, ["pages"], "first", value));
        }
    }

    // A good recording with one field changed, so that it passes lint where it can and replay gets as far as sending it.
    private static IEnumerable<HostileFile> RecordingFields()
    {
        var recording = JsonNode.Parse(SampleDocuments.Recording)!;
        var closed = $"http://127.0.0.1:{LoopbackPort.Closed()}";
        string[] oddStrings =
        [
            "\"\"", "\":\"", "\"http://[\"", "\"%ZZ\"", "\"a b\"", "\"..\"", "\"../../../../etc/passwd\"", "\"\\u0000\"", "\"\\ud800\"", "\"?x=1#y\"",
            $"\"{closed}/apps/elsewhere/first\"", $"\"//127.0.0.1:{LoopbackPort.Closed()}/x\"", "\"text\"", "\"garbage;;\"", "\"application/json; charset=\\\"\"",
            "\"application/x-www-form-urlencoded\"", "\"GET\"", "\"get\"", "\"DELETE\"", $"\"{new string('p', 70_000)}\"", $"\"{string.Concat(Enumerable.Repeat("%2e%2e/", 2000))}\"",
        ];
        foreach (var field in ModelFields.Of(typeof(Recording), CallFlowJson.Options).Where(f => f.ObjectPath.Count == 0 || f.ObjectPath is ["exchanges", "0"]))
        {
            foreach (var value in HostileJson.EveryKindOfValue.Concat(oddStrings))
            {
                yield return HostileFile.Generated($"the sample recording with {field} = {(value.Length > 60 ? value[..60] + "..." : value)}", HostileJson.WithField(recording, [.. field.ObjectPath], field.Name, value));
            }
        }

        var bigToken = new string('t', 70_000);
        yield return HostileFile.Generated("a recorded GET whose query would be 70 000 characters", Encoding.UTF8.GetBytes(
            $"{{\"app\": \"a\", \"exchanges\": [{{\"page\": \"first\", \"method\": \"GET\", \"request\": {{\"instance_info\": {{\"token\": \"{bigToken}\"}}}}}}]}}"));
        yield return HostileFile.Generated("a request_text of 5 MB", Encoding.UTF8.GetBytes(
            $"{{\"app\": \"a\", \"exchanges\": [{{\"page\": \"first\", \"request_text\": \"{new string('x', 5_000_000)}\", \"expected_status\": 400}}]}}"));
    }

    private static IEnumerable<HostileFile> Nesting()
    {
        foreach (var depth in new[] { 62, 63, 64, 65, 1000, 100_000 })
        {
            foreach (var objects in new[] { false, true })
            {
                var nested = HostileJson.Nested(depth, objects);
                var shape = objects ? "objects" : "arrays";
                yield return HostileFile.Refused($"{depth} nested {shape} as the document", Encoding.UTF8.GetBytes(nested));
                yield return HostileFile.Generated($"{depth} nested {shape} as a response's token", Encoding.UTF8.GetBytes($"{{\"actions\": [], \"api_version\": \"2.0\", \"token\": {nested}}}"));
                yield return HostileFile.Generated($"{depth} nested {shape} as a page request's token", Encoding.UTF8.GetBytes($"{{\"instance_info\": {{\"token\": {nested}}}}}"));
                yield return HostileFile.Generated($"{depth} nested {shape} as a recorded request", Encoding.UTF8.GetBytes($"{{\"app\": \"a\", \"exchanges\": [{{\"page\": \"first\", \"request\": {nested}}}]}}"));
                yield return HostileFile.Generated($"{depth} nested {shape} as an expected response", Encoding.UTF8.GetBytes($"{{\"app\": \"a\", \"exchanges\": [{{\"page\": \"first\", \"request\": {{}}, \"expected_response\": {nested}}}]}}"));
                yield return HostileFile.Generated($"{depth} nested {shape} in an app file", Encoding.UTF8.GetBytes($"{{\"fallback\": [], \"pages\": {{\"first\": [{{\"actions\": [{nested}]}}]}}}}"));
            }
        }
    }

    private static IEnumerable<HostileFile> Sizes()
    {
        var huge = new string('x', 5_000_000);
        yield return HostileFile.Generated("a 5 MB text_to_say", Encoding.UTF8.GetBytes($$$"""{"actions": [{"play": {"play_list": [{"text_to_say": "{{{huge}}}"}]}}], "api_version": "2.0"}"""));
        yield return HostileFile.Generated("a 5 MB destination", Encoding.UTF8.GetBytes($$$"""{"actions": [{"connect": {"destinations": ["{{{huge}}}"]}}], "api_version": "2.0"}"""));
        yield return HostileFile.Generated("a 5 MB token", Encoding.UTF8.GetBytes($$$"""{"actions": [], "api_version": "2.0", "token": "{{{huge}}}"}"""));
        yield return HostileFile.Generated("a 5 MB call_id", Encoding.UTF8.GetBytes($$$"""{"instance_info": {"this_call": {"call_id": "{{{huge}}}"} } }"""));
        yield return HostileFile.Generated("a 5 MB app name", Encoding.UTF8.GetBytes($$$"""{"app": "{{{huge}}}", "exchanges": [{"page": "first", "request": {}}]}"""));
        yield return HostileFile.Generated("a 70 000-character page name", Encoding.UTF8.GetBytes($$$"""{"app": "a", "exchanges": [{"page": "{{{new string('p', 70_000)}}}", "request": {}}]}"""));
        yield return HostileFile.Generated("a 5 MB app file description", Encoding.UTF8.GetBytes($$$"""{"description": "{{{huge}}}", "fallback": [], "pages": {}}"""));
        yield return HostileFile.Generated("100 000 actions", Encoding.UTF8.GetBytes("{\"actions\": [" + string.Join(',', Enumerable.Repeat("{\"hang_up\": {}}", 100_000)) + "], \"api_version\": \"2.0\"}"));
        yield return HostileFile.Generated("100 000 destinations", Encoding.UTF8.GetBytes("{\"actions\": [{\"connect\": {\"destinations\": [" + string.Join(',', Enumerable.Repeat("\"441908273800\"", 100_000)) + "]}}], \"api_version\": \"2.0\"}"));
        yield return HostileFile.Generated("100 000 dropped calls", Encoding.UTF8.GetBytes("{\"instance_info\": {\"this_call\": {\"call_id\": \"c\"}, \"dropped_calls\": [" + string.Join(',', Enumerable.Repeat("{\"call_id\": \"d\"}", 100_000)) + "]}}"));
        yield return HostileFile.Generated("20 000 exchanges", Encoding.UTF8.GetBytes("{\"app\": \"a\", \"exchanges\": [" + string.Join(',', Enumerable.Repeat("{\"page\": \"final\", \"request\": {}, \"expected_response\": {}}", 20_000)) + "]}"));
        yield return HostileFile.Generated("100 000 pages", Encoding.UTF8.GetBytes("{\"fallback\": [], \"pages\": {" + string.Join(',', Enumerable.Range(0, 100_000).Select(i => $"\"p{i}\": []")) + "}}"));
        yield return HostileFile.Generated("100 000 unknown properties", Encoding.UTF8.GetBytes("{\"instance_info\": {" + string.Join(',', Enumerable.Range(0, 100_000).Select(i => $"\"u{i}\": {i}")) + "}}"));
    }

    private static IEnumerable<HostileFile> Duplicates()
    {
        foreach (var (name, sample) in Samples)
        {
            var text = Encoding.UTF8.GetString(sample);
            yield return HostileFile.Generated($"{name} with an empty property name", Encoding.UTF8.GetBytes("{\"\": 1, " + text.TrimStart()[1..]));
            foreach (var key in new[] { "actions", "api_version", "instance_info", "this_call", "call_id", "exchanges", "app", "page", "request", "pages", "fallback", "text_to_say" })
            {
                foreach (var value in new[] { "null", "{}", "\"other\"" })
                {
                    if (text.Contains($"\"{key}\":", StringComparison.Ordinal))
                    {
                        yield return HostileFile.Generated($"{name} with a duplicate {key} = {value}", HostileJson.WithDuplicate(sample, key, value));
                    }
                }
            }
        }
    }

    // Documents that carry the giveaway properties of two kinds, or of all of them.
    private static IEnumerable<HostileFile> TwoKinds()
    {
        var giveaways = new (string Kind, string Members)[]
        {
            ("recording", "\"app\": \"a\", \"exchanges\": []"),
            ("response", "\"actions\": [], \"api_version\": \"2.0\""),
            ("wrapped page request", "\"instance_info\": {\"this_call\": {\"call_id\": \"c\"}}"),
            ("bare page request", "\"application_instance_id\": \"i\", \"this_call\": {\"call_id\": \"c\"}"),
            ("app file", "\"fallback\": [], \"pages\": {}"),
        };
        foreach (var (first, firstMembers) in giveaways)
        {
            // Wrapped and bare are the same kind: the reader takes instance_info and, like the server, ignores the rest.
            foreach (var (second, secondMembers) in giveaways.Where(g => g.Kind != first && !(g.Kind.EndsWith("page request") && first.EndsWith("page request"))))
            {
                yield return HostileFile.Refused($"a {first} that is also a {second}", Encoding.UTF8.GetBytes($"{{{firstMembers}, {secondMembers}}}"));
            }
        }

        yield return HostileFile.Refused("every kind at once", Encoding.UTF8.GetBytes("{" + string.Join(", ", giveaways.Select(g => g.Members).Distinct()) + "}"));
    }

    private static IEnumerable<HostileFile> Paths()
    {
        yield return new HostileFile("a directory", [], HostilePath.Directory, HostileFile.Unreadable);
        yield return new HostileFile("a missing path", [], HostilePath.Missing, HostileFile.Unreadable);
        yield return new HostileFile("an empty path", [], HostilePath.Empty, HostileFile.Unreadable);
        yield return new HostileFile("a path under a file", [], HostilePath.UnderAFile, HostileFile.Unreadable);
    }

    private static Dictionary<string, byte[]> CreateSamples()
    {
        var samples = new Dictionary<string, byte[]>
        {
            ["response"] = Encoding.UTF8.GetBytes(SampleDocuments.Response),
            ["v2 response"] = Encoding.UTF8.GetBytes(SampleDocuments.V2Response),
            ["page request"] = Encoding.UTF8.GetBytes(SampleDocuments.PageRequest),
            ["bare page request"] = Encoding.UTF8.GetBytes(SampleDocuments.BarePageRequest),
            ["recording"] = Encoding.UTF8.GetBytes(SampleDocuments.Recording),
        };
        foreach (var file in Directory.EnumerateFiles(Repository.PathOf("src/CallFlow.Server/apps"), "*.json"))
        {
            samples[$"{Path.GetFileNameWithoutExtension(file)} app file"] = File.ReadAllBytes(file);
        }

        return samples;
    }
}
