using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CallFlow.AspNetCore.Platform;

/// <summary>
/// The platform's web-service wire format, kept in one place because parts of it are assumed (protocol.md §5):
/// the parameter names, the shape of <c>rest_calls</c>, and how answers are read. Readers accept the obvious
/// variants of each answer so a small difference on the platform's side does not lose a started call.
/// </summary>
internal static class PlatformWire
{
    /// <summary>Starts one instance of the outbound service per call.</summary>
    public const string ServiceStart = "service_start";

    /// <summary>Cancels running instances (assumed to take the ids as <c>rest_interrupt</c> does).</summary>
    public const string ServiceCancel = "service_cancel";

    /// <summary>The detailed status of one instance.</summary>
    public const string ApplicationStatus = "application_status";

    /// <summary>Stops the current action of running instances and skips the rest of their action lists.</summary>
    public const string RestInterrupt = "rest_interrupt";

    /// <summary>The form field of <c>rest_interrupt</c>: the page the interrupted instances request next.</summary>
    public const string RedirectPageField = "redirect_page";

    /// <summary>The form field of <c>rest_interrupt</c>: <c>GET</c> or <c>POST</c> for <see cref="RedirectPageField"/>.</summary>
    public const string RedirectMethodField = "redirect_method";

    /// <summary>The form field of <c>service_start</c>: one call object or an array of them, as JSON text.</summary>
    public const string RestCallsField = "rest_calls";

    /// <summary>The form field of <c>rest_interrupt</c> (and, assumed, <c>service_cancel</c>): instance ids delimited by <see cref="InstanceIdSeparator"/>.</summary>
    public const string InstanceIdsField = "application_instance_ids";

    /// <summary>The form field of <c>application_status</c>: one instance id.</summary>
    public const string InstanceIdField = "application_instance_id";

    /// <summary>The delimiter of a list of instance ids in one parameter.</summary>
    public const char InstanceIdSeparator = '/';

    private static readonly char[] PlainTextSeparators = [' ', '\t', '\r', '\n', ',', InstanceIdSeparator];
    private static readonly string[] FinishedStates = ["finished", "completed", "complete", "stopped", "failed", "cancelled"];

    /// <summary>Writes <c>rest_calls</c>: an object for one call, an array for several.</summary>
    public static string WriteRestCalls(IReadOnlyList<OutboundCall> calls)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            if (calls.Count == 1)
            {
                WriteCall(writer, calls[0]);
            }
            else
            {
                writer.WriteStartArray();
                foreach (var call in calls)
                {
                    WriteCall(writer, call);
                }

                writer.WriteEndArray();
            }
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads <c>rest_calls</c> as <see cref="WriteRestCalls"/> writes it (the local platform's side of the wire).</summary>
    /// <exception cref="JsonException">The text is not JSON.</exception>
    /// <exception cref="FormatException">A call is not an object with a string <c>to</c>.</exception>
    public static IReadOnlyList<OutboundCall> ReadRestCalls(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().Select(ReadCall).ToList() : [ReadCall(root)];
    }

    /// <summary>
    /// Reads the instance ids <c>service_start</c> answered. Assumed: a JSON array of ids. Also read: an array of
    /// objects with <c>application_instance_id</c>, an object with <c>application_instance_ids</c> (array or
    /// '/'-delimited) or <c>application_instance_id</c>, a JSON string, and plain text ids. Anything else: no ids.
    /// </summary>
    public static IReadOnlyList<string> ReadInstanceIds(string body)
    {
        var text = body.Trim();
        if (text.Length == 0)
        {
            return [];
        }

        if (text[0] is not ('[' or '{' or '"'))
        {
            return text.Split(PlainTextSeparators, StringSplitOptions.RemoveEmptyEntries);
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return IdsIn(document.RootElement).ToList();
        }
        catch (JsonException)
        {
            // Text that starts like JSON but is not JSON carries no id we could trust.
            return [];
        }
    }

    /// <summary>
    /// Reads an <c>application_status</c> answer: an object with <c>adr</c> (the application data record:
    /// <c>start_time</c>, <c>stop_time</c>), <c>cdrs</c> and <c>errs</c>. Also read: <c>status</c>, <c>finished</c>
    /// and <c>status_detail</c> at the top level or inside <c>adr</c>, as the platform's language wrappers name them.
    /// </summary>
    public static ApplicationStatus ReadStatus(string applicationInstanceId, string body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException exception)
        {
            throw new PlatformException(ApplicationStatus, 200, $"not JSON ({exception.Message}): {Shorten(body)}", exception);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new PlatformException(ApplicationStatus, 200, $"not a JSON object: {Shorten(body)}");
            }

            var record = root.TryGetProperty("adr", out var adr) && adr.ValueKind == JsonValueKind.Object ? adr : root;
            var status = StringIn(root, "status") ?? StringIn(record, "status");
            var stoppedAt = TimeIn(record, "stop_time");
            var finished = BooleanIn(root, "finished") ?? BooleanIn(record, "finished")
                ?? (stoppedAt is not null || (status is not null && FinishedStates.Contains(status, StringComparer.OrdinalIgnoreCase)));
            return new ApplicationStatus
            {
                ApplicationInstanceId = StringIn(record, "application_instance_id") ?? applicationInstanceId,
                Finished = finished,
                Status = status,
                Detail = StringIn(root, "status_detail") ?? StringIn(record, "status_detail") ?? ErrorsIn(root),
                StartedAt = TimeIn(record, "start_time"),
                StoppedAt = stoppedAt,
                Document = root.Clone(),
            };
        }
    }

    /// <summary>Reads a <c>service_cancel</c> answer (assumed: an object keyed on instance ids, each a result string).</summary>
    public static IReadOnlyDictionary<string, string> ReadCancelResults(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText())
                : new Dictionary<string, string>();
        }
        catch (JsonException)
        {
            // A 2xx answer without the per-instance results still means the cancel was accepted.
            return new Dictionary<string, string>();
        }
    }

    /// <summary>
    /// Reads a <c>rest_interrupt</c> answer: an object keyed on instance ids whose values are result strings
    /// (<c>{"06e122c3364cc74c.787379": "interrupted"}</c>) or, on the newer page, objects with <c>result</c> and
    /// possibly the interrupted <c>action</c>.
    /// </summary>
    public static IReadOnlyDictionary<string, InstanceInterruption> ReadInterruptResults(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new PlatformException(RestInterrupt, 200, $"not a JSON object keyed on instance ids: {Shorten(body)}");
            }

            return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind switch
            {
                JsonValueKind.String => new InstanceInterruption(p.Value.GetString()!, null),
                JsonValueKind.Object => new InstanceInterruption(StringIn(p.Value, "result") ?? p.Value.GetRawText(), StringIn(p.Value, "action")),
                _ => new InstanceInterruption(p.Value.GetRawText(), null),
            });
        }
        catch (JsonException exception)
        {
            throw new PlatformException(RestInterrupt, 200, $"not JSON ({exception.Message}): {Shorten(body)}", exception);
        }
    }

    /// <summary>The web services' JSON error in <paramref name="body"/>, or null when the body is not that shape.</summary>
    public static PlatformError? ReadError(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("error", out var error) || error.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            // The code is four digits with leading zeros ("0402"); a number would lose them, so it is padded back.
            var code = error.TryGetProperty("code", out var value) && value.ValueKind == JsonValueKind.Number
                ? value.GetRawText().PadLeft(4, '0')
                : StringIn(error, "code");
            return code is null ? null : new PlatformError(code, StringIn(error, "text") ?? "", StringIn(error, "details"), StringIn(error, "link"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Shortens a platform answer for messages and storage.</summary>
    public static string Shorten(string text) => text.Length <= 1000 ? text : string.Concat(text.AsSpan(0, 1000), "…");

    private static OutboundCall ReadCall(JsonElement call)
    {
        if (call.ValueKind != JsonValueKind.Object || StringIn(call, "to") is not { } to)
        {
            throw new FormatException($"A call of {RestCallsField} must be an object with a string \"to\", not {Shorten(call.GetRawText())}.");
        }

        return new OutboundCall(to, StringIn(call, "from")) { Token = StringIn(call, "token"), OutboundParameters = StringIn(call, "outbound_parameters") };
    }

    private static void WriteCall(Utf8JsonWriter writer, OutboundCall call)
    {
        writer.WriteStartObject();
        writer.WriteString("to", call.To);
        WriteOptional(writer, "from", call.From);
        WriteOptional(writer, "token", call.Token);
        WriteOptional(writer, "outbound_parameters", call.OutboundParameters);
        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static IEnumerable<string> IdsIn(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray().SelectMany(IdsIn),
        JsonValueKind.String => element.GetString()!.Split(InstanceIdSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        JsonValueKind.Number => [element.GetRawText()],
        JsonValueKind.Object when element.TryGetProperty("application_instance_ids", out var ids) => IdsIn(ids),
        JsonValueKind.Object when element.TryGetProperty("application_instance_id", out var id) => IdsIn(id),
        _ => [],
    };

    private static string? StringIn(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool? BooleanIn(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String when bool.TryParse(value.GetString(), out var parsed) => parsed,
            _ => null,
        };
    }

    // Times are seconds since the Unix epoch, as a number or a string; 0 means "not yet".
    private static DateTimeOffset? TimeIn(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        double seconds;
        if (value.ValueKind == JsonValueKind.Number)
        {
            seconds = value.GetDouble();
        }
        else if (value.ValueKind != JsonValueKind.String || !double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out seconds))
        {
            return null;
        }

        return seconds > 0 ? DateTimeOffset.UnixEpoch.AddSeconds(seconds) : null;
    }

    private static string? ErrorsIn(JsonElement root)
    {
        if (!root.TryGetProperty("errs", out var errors) || errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0)
        {
            return null;
        }

        return string.Join("; ", errors.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText()));
    }
}
