namespace CallFlow.Simulator.Http;

/// <summary>What a page answered: its status, media type and body text.</summary>
internal sealed record PageReply(int Status, string? MediaType, string Body)
{
    /// <summary>Whether the body is problem details, whose trace ids differ on every request.</summary>
    public bool IsProblemDetails => MediaType == "application/problem+json";
}
