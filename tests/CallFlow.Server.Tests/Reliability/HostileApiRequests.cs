using System.Text;
using System.Text.Json.Nodes;
using CallFlow.AspNetCore.DialConnect;

namespace CallFlow.Server.Tests.Reliability;

/// <summary>Every kind of bad input the admin API (<c>/api/calls</c>, <c>/api/dial-connect</c>) and <c>/metrics</c> can be sent.</summary>
public static class HostileApiRequests
{
    private const string DialConnect = "/api/dial-connect";

    private static readonly string[] OddIds =
    [
        "%2e%2e", "..%2f..%2fappsettings.json", "%00", "a%2Fb", "caf%C3%A9", "%F0%9F%93%9E", "%FF", "%ZZ", "%20", "'%20OR%201%3D1--",
        "%3Cscript%3E", new string('9', 3000), "-1", "0", "null", "%E2%80%AE",
    ];

    public static IEnumerable<HostileCase> All()
    {
        foreach (var c in DialConnectBodies())
        {
            yield return c;
        }

        foreach (var id in OddIds)
        {
            yield return Get($"an odd call id", $"/api/calls/{id}");
            yield return Get($"an odd call id's recording", $"/api/calls/{id}/recording");
            yield return Get($"an odd click-to-call id", $"{DialConnect}/{id}");
            yield return new HostileCase("cancelling an odd click-to-call id", HttpMethod.Delete, $"{DialConnect}/{id}");
        }

        foreach (var query in new[]
        {
            "limit=abc", "limit=-1", "limit=0", "limit=1001", "limit=99999999999999999999", "limit=1&limit=2", "limit=", "limit=1.5",
            "since=yesterday", "since=", "since=9999-99-99", "since=%00", "since=2026-01-01T00:00:00Z&since=2026-01-02T00:00:00Z",
            "cursor=garbage", "cursor=", "cursor=%FF%FE", "cursor=" + new string('A', 4000), "after=x", "app=%00", "app=" + new string('a', 3000),
            "status=bogus", "status=", "status=scheduled&status=dialing", "status=%00", "=&=", "&&&",
        })
        {
            yield return Get("a list query variant", $"/api/calls?{query}");
            yield return Get("a list query variant", $"{DialConnect}?{query}");
        }

        foreach (var method in new[] { HttpMethod.Put, HttpMethod.Patch })
        {
            yield return new HostileCase("a method the API does not take", method, "/api/calls", [], "application/json");
            yield return new HostileCase("a method the API does not take", method, DialConnect, [], "application/json");
        }

        yield return new HostileCase("posting to the calls list", HttpMethod.Post, "/api/calls", "{}"u8.ToArray(), "application/json");
        foreach (var query in new[] { "", "?name[]=x", "?%00", "?" + new string('a', 4000), "/extra", "/%2e%2e" })
        {
            yield return Get("a metrics scrape variant", "/metrics" + query);
        }

        yield return new HostileCase("posting to the metrics", HttpMethod.Post, "/metrics", "{}"u8.ToArray(), "application/json");
    }

    private static IEnumerable<HostileCase> DialConnectBodies()
    {
        var good = new JsonObject { ["phone_number"] = "12157010680", ["dest_phone_number"] = "12127773456", ["delay"] = 60, ["test"] = true };
        var goodBytes = Encoding.UTF8.GetBytes(good.ToJsonString());
        foreach (var (length, bytes) in HostileJson.Truncations(goodBytes, 30))
        {
            yield return Post($"the body cut at {length} bytes", bytes);
        }

        foreach (var text in HostileJson.Malformed)
        {
            yield return Post("malformed JSON", Encoding.UTF8.GetBytes(text));
        }

        foreach (var field in HostileJson.WireNames(HostileJson.SnakeCase, typeof(DialConnectSubmission)))
        {
            foreach (var value in HostileJson.EveryKindOfValue)
            {
                yield return Post($"{field} = {value}", HostileJson.WithField(good, [], field, value));
            }

            yield return Post($"a 70000-character {field}", HostileJson.WithField(good, [], field, "\"" + new string('1', 70_000) + "\""));
            yield return Post($"a 1000-character {field}", HostileJson.WithField(good, [], field, "\"" + new string('1', 1000) + "\""));
        }

        foreach (var depth in new[] { 63, 64, 65, 20_000 })
        {
            yield return Post($"{depth} levels of nesting in memo", HostileJson.WithField(good, [], "memo", HostileJson.Nested(depth, true)));
            yield return Post($"{depth} levels of nesting as the body", Encoding.UTF8.GetBytes(HostileJson.Nested(depth, false)));
        }

        foreach (var raw in HostileJson.InvalidUtf8)
        {
            yield return Post($"invalid UTF-8 {Convert.ToHexString(raw)} in phone_number", HostileJson.WithBytesInString(goodBytes, "phone_number", raw));
        }

        foreach (var (field, value) in new[] { ("phone_number", "\"12157010681\""), ("phone_number", "5"), ("test", "false"), ("delay", "\"x\"") })
        {
            yield return Post($"a duplicate {field}", HostileJson.WithDuplicate(goodBytes, field, value));
        }

        foreach (var contentType in new[] { "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=utf-16", "garbage" })
        {
            yield return Post($"content type {contentType}", goodBytes, contentType);
            yield return Post($"an empty body as {contentType}", [], contentType);
        }

        yield return Post("an empty JSON body", []);
        yield return new HostileCase("no content type", HttpMethod.Post, DialConnect, goodBytes);
        yield return new HostileCase("no body at all", HttpMethod.Post, DialConnect);
        foreach (var size in new[] { DialConnectSubmissionReader.MaxBodyBytes + 1, 1024 * 1024 })
        {
            var padded = HostileJson.WithField(good, [], "memo", "\"" + new string('m', size) + "\"");
            yield return Post($"a {size}-byte body", padded);
            yield return new HostileCase($"a {size}-byte chunked body", HttpMethod.Post, DialConnect, padded, "application/json", Chunked: true);
        }
    }

    private static HostileCase Post(string description, byte[] body, string contentType = "application/json") =>
        new(description, HttpMethod.Post, DialConnect, body, contentType);

    private static HostileCase Get(string description, string path) => new(description, HttpMethod.Get, path);
}
