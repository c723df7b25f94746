using System.Text;
using System.Text.Json.Nodes;
using CallFlow.Actions.Parts;
using CallFlow.Actions.Requests;
using CallFlow.Actions.Serialization;
using CallFlow.Server.Samples;
using CallFlow.Server.Tests.Infrastructure;

namespace CallFlow.Server.Tests.Reliability;

/// <summary>Every kind of bad input the page routes can be sent, generated from a good page request and the wire model.</summary>
public static class HostilePageRequests
{
    private const int MaxBodyBytes = 64 * 1024;
    private const string App = SimpleConnectApp.Name;

    /// <summary>The pages requested: the fixed ones and a named next page.</summary>
    public static readonly string[] Pages = ["first", SimpleConnectApp.ConnectedPage, "error", "final"];

    /// <summary>Names that are not app or page names: traversal, NUL, encoded slashes, odd Unicode, bad escapes, very long.</summary>
    public static readonly string[] OddNames =
    [
        "%2e%2e", "..%2f..%2fetc%2fpasswd", "%2e%2e%2f%2e%2e%2fappsettings.json", "%00", "simple-connect%00", "a%2Fb", "%5c..%5c",
        "caf%C3%A9", "%F0%9F%93%9E", "%E2%80%AE", "%C0%AE%C0%AE", "%FF", "%ZZ", "%", "%20", "con", "simple-connect.json",
        "..%00", "%0d%0aX-Injected:%20yes", "'%3B--", "%3Cscript%3E", new string('a', 3000), string.Concat(Enumerable.Repeat("%2e", 1000)),
    ];

    public static IEnumerable<HostileCase> All()
    {
        var good = PageRequests.Inbound("hostile-1");
        var goodBytes = Encoding.UTF8.GetBytes(good.ToJsonString());
        foreach (var page in Pages)
        {
            var path = $"/apps/{App}/{page}";
            foreach (var c in Bodies(path, good, goodBytes))
            {
                yield return c;
            }

            foreach (var c in Queries(path, good))
            {
                yield return c;
            }

            foreach (var method in new[] { HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch, HttpMethod.Options })
            {
                yield return new HostileCase("a method pages do not take", method, path, goodBytes, "application/json");
            }
        }

        foreach (var name in OddNames)
        {
            yield return Json("an odd app name", $"/apps/{name}/first", goodBytes);
            yield return Json("an odd page name", $"/apps/{App}/{name}", goodBytes);
            yield return new HostileCase("an odd app name on GET", HttpMethod.Get, $"/apps/{name}/first?instance_info={Query(good)}");
            yield return new HostileCase("an odd page name on GET", HttpMethod.Get, $"/apps/{App}/{name}?instance_info={Query(good)}");
            yield return Json("an odd extra path segment", $"/apps/{App}/first/{name}", goodBytes);
        }
    }

    private static IEnumerable<HostileCase> Bodies(string path, JsonObject good, byte[] goodBytes)
    {
        foreach (var (length, bytes) in HostileJson.Truncations(goodBytes, 40))
        {
            yield return Json($"the body cut at {length} bytes", path, bytes);
        }

        foreach (var text in HostileJson.Malformed)
        {
            yield return Json("malformed JSON", path, Encoding.UTF8.GetBytes(text));
        }

        // Wrong types in every field the model has, at every level the platform fills in.
        var levels = new (string[] Path, Type Model)[]
        {
            ([], typeof(InstanceInfo)),
            (["this_call"], typeof(CallInfo)),
            (["dropped_calls", "0"], typeof(CallInfo)),
            (["action_progress"], typeof(ActionProgress)),
            (["action_progress", "negotiated_settings"], typeof(NegotiatedFaxSettings)),
        };
        var withDroppedCall = PageRequests.Final(callId: "hostile-1");
        var withFaxProgress = good.DeepClone();
        withFaxProgress["action_progress"] = new JsonObject { ["id"] = "fax-1", ["negotiated_settings"] = new JsonObject { ["data_rate"] = 9600 } };
        foreach (var (objectPath, model) in levels)
        {
            var document = objectPath.Contains("dropped_calls") ? withDroppedCall : objectPath.Contains("action_progress") ? withFaxProgress : good;
            foreach (var field in HostileJson.WireNames(CallFlowJson.Options, model))
            {
                foreach (var value in HostileJson.EveryKindOfValue)
                {
                    yield return Json($"{string.Join('.', objectPath.Prepend("instance_info"))}.{field} = {value}", path, HostileJson.WithField(document, objectPath, field, value));
                }
            }
        }

        foreach (var value in HostileJson.EveryKindOfValue)
        {
            yield return Json($"instance_info = {value}", path, Encoding.UTF8.GetBytes($"{{\"instance_info\": {value}}}"));
            yield return Json($"the whole body = {value}", path, Encoding.UTF8.GetBytes(value));
        }

        foreach (var depth in new[] { 16, 62, 63, 64, 65, 200, 20_000 })
        {
            foreach (var objects in new[] { false, true })
            {
                var nested = HostileJson.Nested(depth, objects);
                yield return Json($"{depth} levels of nesting in an unknown field", path, HostileJson.WithField(good, [], "extra", nested));
                yield return Json($"{depth} levels of nesting as token", path, HostileJson.WithField(good, [], "token", nested));
                yield return Json($"{depth} levels of nesting as the body", path, Encoding.UTF8.GetBytes(nested));
            }
        }

        foreach (var size in new[] { 1024, 32 * 1024, MaxBodyBytes - 1024, MaxBodyBytes + 1, 1024 * 1024 })
        {
            var text = "\"" + new string('x', size) + "\"";
            yield return Json($"a {size}-character call_id", path, HostileJson.WithField(good, ["this_call"], "call_id", text));
            yield return Json($"a {size}-character token", path, HostileJson.WithField(good, [], "token", text));
            var numbers = "[" + string.Join(',', Enumerable.Repeat("0", size / 2)) + "]";
            yield return Json($"an array of {size / 2} numbers in an unknown field", path, HostileJson.WithField(good, [], "extra", numbers));
            var calls = new JsonArray(Enumerable.Range(0, size / 200).Select(_ => (JsonNode)good["this_call"]!.DeepClone()).ToArray());
            yield return Json($"{size / 200} dropped calls", path, HostileJson.WithField(good, [], "dropped_calls", calls.ToJsonString()));
        }

        foreach (var raw in HostileJson.InvalidUtf8)
        {
            yield return Json($"invalid UTF-8 {Convert.ToHexString(raw)} in call_id", path, HostileJson.WithBytesInString(goodBytes, "call_id", raw));
            yield return Json($"invalid UTF-8 {Convert.ToHexString(raw)} in a form field", path, [.. "instance_info="u8.ToArray(), .. raw], "application/x-www-form-urlencoded");
        }

        foreach (var (field, value) in new[] { ("call_id", "\"other\""), ("call_id", "5"), ("this_call", "{}"), ("this_call", "null"), ("application_instance_id", "{}"), ("is_notification", "true"), ("token", "[]") })
        {
            yield return Json($"a duplicate {field}", path, HostileJson.WithDuplicate(goodBytes, field, value));
        }

        foreach (var contentType in new[]
        {
            "text/plain", "application/xml", "multipart/form-data; boundary=x", "application/json; charset=utf-16", "application/json; charset=latin1",
            "application/problem+json", "image/png", "*/*", "application/", "garbage", "application/json; charset=\"", "text/json", "application/x-www-form-urlencoded",
        })
        {
            yield return new HostileCase($"content type {contentType}", HttpMethod.Post, path, goodBytes, contentType);
            yield return new HostileCase($"an empty body as {contentType}", HttpMethod.Post, path, [], contentType);
        }

        yield return new HostileCase("no content type", HttpMethod.Post, path, goodBytes);
        yield return new HostileCase("no body at all", HttpMethod.Post, path);
        yield return new HostileCase("a body as UTF-16", HttpMethod.Post, path, Encoding.Unicode.GetBytes(good.ToJsonString()), "application/json");
        foreach (var form in new[] { "", "instance_info=", "instance_info=not-json", "instance_info=%7B", "instance_info=%ZZ", "instance_info=1&instance_info=2", "other=1", "&&&===", "instance_info" })
        {
            yield return new HostileCase($"the form \"{form}\"", HttpMethod.Post, path, Encoding.UTF8.GetBytes(form), "application/x-www-form-urlencoded");
        }

        foreach (var size in new[] { MaxBodyBytes + 1, 256 * 1024, 2 * 1024 * 1024 })
        {
            var padded = HostileJson.WithField(good, [], "padding", "\"" + new string(' ', size) + "\"");
            yield return Json($"a {size}-byte body", path, padded);
            yield return new HostileCase($"a {size}-byte chunked body", HttpMethod.Post, path, padded, "application/json", Chunked: true);
        }

        yield return new HostileCase("a good body, chunked", HttpMethod.Post, path, goodBytes, "application/json", Chunked: true);
    }

    private static IEnumerable<HostileCase> Queries(string path, JsonObject good)
    {
        var info = Query(good);
        foreach (var query in new[]
        {
            "", "?", "?instance_info", "?instance_info=", $"?instance_info={info}&instance_info={info}", "?instance_info=not-json", "?instance_info=%7B",
            "?instance_info=%ZZ", "?instance_info=null", "?instance_info=%5B%5D", $"?INSTANCE_INFO={info}", $"?instance_info={info}&other=1",
            $"?instance_info[]={info}", "?instance_info=" + Uri.EscapeDataString(HostileJson.Nested(1000, false)), "?instance_info=" + new string('x', 6000),
            $"?instance_info={info}%00", "?instance_info=%FF%FE", "?instance_info=%ED%A0%80", "?=&=&=", "?&&&",
        })
        {
            yield return new HostileCase("a GET query variant", HttpMethod.Get, path + query);
        }

        yield return new HostileCase("a GET with a body", HttpMethod.Get, path, Encoding.UTF8.GetBytes(good.ToJsonString()), "application/json");
    }

    private static HostileCase Json(string description, string path, byte[] body, string contentType = "application/json") =>
        new(description, HttpMethod.Post, path, body, contentType);

    private static string Query(JsonObject request) => Uri.EscapeDataString(request.ToJsonString());
}
