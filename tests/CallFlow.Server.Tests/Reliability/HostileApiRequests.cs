using System.Text;
using System.Text.Json.Nodes;
using CallFlow.AspNetCore.DialConnect;

namespace CallFlow.Server.Tests.Reliability;

/// <summary>Every kind of bad input the admin API (<c>/api/calls</c>, its interrupt, <c>/api/dial-connect</c>), <c>/metrics</c> and the home page can be sent.</summary>
public static class HostileApiRequests
{
    private const string DialConnect = "/api/dial-connect";

    /// <summary>Ids that are odd in every way a path segment can be.</summary>
    public static readonly string[] OddIds =
    [
        "%2e%2e", "..%2f..%2fappsettings.json", "%00", "a%2Fb", "caf%C3%A9", "%F0%9F%93%9E", "%FF", "%ZZ", "%20", "'%20OR%201%3D1--",
        "%3Cscript%3E", new string('9', 3000), "-1", "0", "null", "%E2%80%AE",
    ];

    /// <summary>Query strings a list (calls, click-to-call requests, the inspector's call list) can be sent.</summary>
    public static readonly string[] ListQueries =
    [
        "limit=abc", "limit=-1", "limit=0", "limit=1001", "limit=99999999999999999999", "limit=1&limit=2", "limit=", "limit=1.5",
        "since=yesterday", "since=", "since=9999-99-99", "since=%00", "since=2026-01-01T00:00:00Z&since=2026-01-02T00:00:00Z",
        "cursor=garbage", "cursor=", "cursor=%FF%FE", "cursor=" + new string('A', 4000), "after=x", "app=%00", "app=" + new string('a', 3000),
        "status=bogus", "status=", "status=scheduled&status=dialing", "status=%00", "=&=", "&&&",
        "number=", "number=%00", "number=%25", "number=" + new string('4', 3000), "outcome=PROBLEM", "outcome=", "outcome=problem&outcome=unfinished",
        "until=yesterday", "until=", "since=2027-01-01T00:00:00Z&until=2026-01-01T00:00:00Z",
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
            yield return new HostileCase("interrupting an odd instance id", HttpMethod.Post, $"/api/calls/{id}/interrupt", [], "application/json");
            yield return Get($"an odd click-to-call id", $"{DialConnect}/{id}");
            yield return new HostileCase("cancelling an odd click-to-call id", HttpMethod.Delete, $"{DialConnect}/{id}");
        }

        foreach (var query in ListQueries)
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
        yield return new HostileCase("posting to the home page", HttpMethod.Post, "/", "{}"u8.ToArray(), "application/json");
        yield return Get("the home page with an odd query", "/?%00=%FF&app=%3Cscript%3E");
        foreach (var query in new[] { "", "?name[]=x", "?%00", "?" + new string('a', 4000), "/extra", "/%2e%2e" })
        {
            yield return Get("a metrics scrape variant", "/metrics" + query);
        }

        yield return new HostileCase("posting to the metrics", HttpMethod.Post, "/metrics", "{}"u8.ToArray(), "application/json");
        foreach (var c in InterruptBodies())
        {
            yield return c;
        }
    }

    // The instance of the page suites' good request, so that once a page of it is recorded the bodies reach the reader.
    private static IEnumerable<HostileCase> InterruptBodies()
    {
        const string path = "/api/calls/06e122c3364cc74c.787379/interrupt";
        foreach (var body in new[]
        {
            "", "{}", "null", "[]", "\"goodbye\"", "{\"redirect_page\": null}", "{\"redirect_page\": 5}", "{\"redirect_page\": \"\"}", "{\"redirect_page\": {}}",
            "{\"redirect_page\": {\"url\": \"no such page\"}}", "{\"redirect_page\": {\"url\": \"nowhere\"}}", "{\"redirect_page\": {\"url\": \"connected\", \"method\": \"PUT\"}}",
            "{\"redirect_page\": {\"url\": \"javascript:alert(1)\"}}", "{\"redirect_page\": {\"url\": \"file:///etc/passwd\"}}", "{\"redirect_page\": {\"url\": \"../../../etc\"}}",
            "{\"redirect_page\": {\"url\": \"%ZZ\"}}", "{\"redirect_page\": {\"url\": \"connected\"}, \"extra\": 1}", "{\"redirect_page\"", HostileJson.Nested(5000, true),
            "{\"redirect_page\": {\"url\": \"" + new string('a', 20_000) + "\"}}",
        })
        {
            yield return new HostileCase("an interrupt body variant", HttpMethod.Post, path, Encoding.UTF8.GetBytes(body), "application/json");
        }
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
