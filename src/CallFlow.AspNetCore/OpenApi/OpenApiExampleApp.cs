namespace CallFlow.AspNetCore.OpenApi;

/// <summary>
/// The code-first app whose real answers the OpenAPI document shows: its first page answers the inbound-call example,
/// and <paramref name="NextPage"/> answers the example of the page after a connect. Without one the document shows the
/// example requests only. Register it with <see cref="OpenApiExtensions.AddOpenApiExampleApp"/>.
/// </summary>
/// <param name="App">The app's name in page URLs.</param>
/// <param name="NextPage">The app's next page that runs after a connect.</param>
public sealed record OpenApiExampleApp(string App, string NextPage);
