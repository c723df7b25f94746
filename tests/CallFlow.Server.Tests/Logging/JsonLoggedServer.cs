using CallFlow.AspNetCore.Logging;

namespace CallFlow.Server.Tests.Logging;

/// <summary>The logged server with <c>CallFlow:Logging:Json</c> on.</summary>
public sealed class JsonLoggedServer : LoggedServer
{
    public JsonLoggedServer() => WithSettings(($"{LoggingOptions.SectionName}:{nameof(LoggingOptions.Json)}", "true"));
}
