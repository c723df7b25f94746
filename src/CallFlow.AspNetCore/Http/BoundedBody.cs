using System.Buffers;
using System.IO.Pipelines;

namespace CallFlow.AspNetCore.Http;

/// <summary>
/// Reads a request body up to a limit. An over-long body is refused without touching Kestrel's own body-size limit,
/// so Kestrel drains the rest and the client, still sending, reads the 413 answer instead of a reset connection.
/// </summary>
public static class BoundedBody
{
    /// <summary>The whole body, or null when it is (or says it is) longer than <paramref name="limit"/> bytes.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken);
            if (read.Buffer.Length > limit)
            {
                reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
                return null;
            }

            if (read.IsCompleted)
            {
                var body = read.Buffer.ToArray();
                reader.AdvanceTo(read.Buffer.End);
                return body;
            }

            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }
    }
}
