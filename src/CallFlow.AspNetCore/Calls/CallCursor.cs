using System.Buffers.Text;
using System.Globalization;
using System.Text;
using CallFlow.AspNetCore.Storage;

namespace CallFlow.AspNetCore.Calls;

/// <summary>
/// Where a page of the call list stopped: the last call's <c>last_seen</c> and id. The next page starts strictly
/// after it (keyset pagination), so new calls arriving meanwhile never shift or repeat entries.
/// </summary>
/// <param name="LastSeen">The last listed call's <c>last_seen</c>, in stored microseconds.</param>
/// <param name="CallId">The last listed call's id.</param>
public sealed record CallCursor(long LastSeen, string CallId)
{
    /// <summary>The cursor of the call <paramref name="call"/>.</summary>
    public static CallCursor After(CallSummary call) => new(UnixMicroseconds.From(call.LastSeen), call.CallId);

    /// <summary>The opaque, URL-safe text clients pass back as <c>cursor</c>.</summary>
    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{LastSeen.ToString(CultureInfo.InvariantCulture)}:{CallId}"));

    /// <summary>Reads a cursor from <see cref="Encode"/>'s text; false when <paramref name="text"/> is not one.</summary>
    public static bool TryParse(string text, out CallCursor? cursor)
    {
        cursor = null;
        var bytes = new byte[Base64Url.GetMaxDecodedLength(text.Length)];
        // TryDecodeFromChars throws rather than returning false for characters outside the alphabet: check those first.
        if (!Base64Url.IsValid(text) || !Base64Url.TryDecodeFromChars(text, bytes, out var written))
        {
            return false;
        }

        var decoded = Encoding.UTF8.GetString(bytes, 0, written);
        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == decoded.Length - 1
            || !long.TryParse(decoded.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var lastSeen))
        {
            return false;
        }

        cursor = new CallCursor(lastSeen, decoded[(colon + 1)..]);
        return true;
    }
}
