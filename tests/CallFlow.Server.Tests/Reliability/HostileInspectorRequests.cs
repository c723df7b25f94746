using System.Net;
using System.Text;

namespace CallFlow.Server.Tests.Reliability;

/// <summary>
/// Every kind of bad input the call inspector (<c>/inspector</c>) can be sent: odd ids and filters on its pages, and
/// forms of every wrong shape, size and token on its sign-in, sign-out and interrupt.
/// </summary>
public static class HostileInspectorRequests
{
    private const string Form = "application/x-www-form-urlencoded";

    private static readonly string[] Forms = ["/inspector/sign-in", "/inspector/sign-out", "/inspector/calls/c-hostile/interrupt"];

    /// <summary>The cases; <paramref name="field"/> and <paramref name="token"/> are a real antiforgery token, for forms right but for their size.</summary>
    public static IEnumerable<HostileCase> All(string field, string token)
    {
        var valid = $"{Uri.EscapeDataString(field)}={Uri.EscapeDataString(token)}";
        foreach (var id in HostileApiRequests.OddIds)
        {
            yield return Get("an odd call id", $"/inspector/calls/{id}");
            yield return Get("an odd call id's recording", $"/inspector/calls/{id}/recording");
            yield return Get("an odd app name", $"/inspector/apps/{id}");
            yield return Get("an odd asset name", $"/inspector/assets/{id}");
            yield return Post("an odd call id's interrupt", $"/inspector/calls/{id}/interrupt", Encoding.ASCII.GetBytes($"{valid}&redirect_page=goodbye"), Form);
        }

        foreach (var query in HostileApiRequests.ListQueries)
        {
            yield return Get("a list query variant", $"/inspector?{query}");
        }

        foreach (var path in Forms)
        {
            yield return Post("no body", path, null, null);
            yield return Post("an empty form", path, [], Form);
            yield return Post("JSON instead of a form", path, """{"key":"x"}"""u8.ToArray(), "application/json");
            yield return Post("text instead of a form", path, "key=x"u8.ToArray(), "text/plain");
            yield return Post("no token", path, Encoding.ASCII.GetBytes("key=x"), Form);
            yield return Post("a made-up token", path, Encoding.ASCII.GetBytes($"key=x&{Uri.EscapeDataString(field)}=CfDJ8bogus"), Form);
            yield return Post("two tokens", path, Encoding.ASCII.GetBytes($"{valid}&{valid}&key=x"), Form);
            yield return Post("a broken escape", path, Encoding.ASCII.GetBytes($"{valid}&key=%ZZ%"), Form);
            yield return Post("an odd charset", path, Encoding.ASCII.GetBytes($"{valid}&key=x"), Form + "; charset=bogus");
            yield return Post("a 5000-character key", path, Encoding.ASCII.GetBytes($"{valid}&key={new string('k', 5000)}"), Form);
            yield return Post("a 100 kB key", path, Encoding.ASCII.GetBytes($"{valid}&key={new string('k', 100_000)}"), Form);
            yield return Post("200 fields", path, Encoding.ASCII.GetBytes(valid + string.Concat(Enumerable.Range(0, 200).Select(i => $"&f{i}=1"))), Form);
            yield return Post("a 2000-character field name", path, Encoding.ASCII.GetBytes($"{valid}&{new string('f', 2000)}=1"), Form);
            yield return Post("markup in the key", path, Encoding.ASCII.GetBytes($"{valid}&key={WebUtility.UrlEncode("<script>alert(1)</script>")}"), Form);
            yield return Post("a NUL in the key", path, Encoding.ASCII.GetBytes($"{valid}&key=%00"), Form);
            yield return new HostileCase("a chunked 100 kB form", HttpMethod.Post, path, Encoding.ASCII.GetBytes($"{valid}&key={new string('k', 100_000)}"), Form, Chunked: true);
            yield return Post("a 1 MB multipart form", path, Multipart(valid, 1_000_000), "multipart/form-data; boundary=b0undary");
            yield return Post("a multipart form without its end", path, Encoding.ASCII.GetBytes("--b0undary\r\nContent-Disposition: form-data; name=\"key\"\r\n\r\nx"), "multipart/form-data; boundary=b0undary");
            yield return Post("a multipart form without a boundary", path, Encoding.ASCII.GetBytes("key=x"), "multipart/form-data");
        }

        foreach (var method in new[] { HttpMethod.Put, HttpMethod.Patch, HttpMethod.Delete })
        {
            yield return new HostileCase("a method the inspector does not take", method, "/inspector", [], Form);
            yield return new HostileCase("a method the inspector does not take", method, "/inspector/sign-in", [], Form);
        }
    }

    private static byte[] Multipart(string valid, int size)
    {
        var (field, token) = (valid.Split('=')[0], Uri.UnescapeDataString(valid.Split('=')[1]));
        return Encoding.ASCII.GetBytes(
            $"--b0undary\r\nContent-Disposition: form-data; name=\"{Uri.UnescapeDataString(field)}\"\r\n\r\n{token}\r\n" +
            $"--b0undary\r\nContent-Disposition: form-data; name=\"key\"; filename=\"key.txt\"\r\n\r\n{new string('k', size)}\r\n--b0undary--\r\n");
    }

    private static HostileCase Get(string description, string path) => new(description, HttpMethod.Get, path);

    private static HostileCase Post(string description, string path, byte[]? body, string? contentType) =>
        new($"{description} to {path}", HttpMethod.Post, path, body, contentType);
}
