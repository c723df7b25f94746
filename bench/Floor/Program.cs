namespace CallFlow.Bench.Floor;

/// <summary>
/// What the framework itself costs: the same route shape as CallFlow's pages, a constant body read once at startup
/// (the file named by <c>--Floor:BodyFile</c>, normally CallFlow's own answer), nothing parsed, validated, stored or logged.
/// </summary>
public static class Program
{
    private const string ContentType = "application/json; charset=utf-8";

    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var bodyFile = builder.Configuration["Floor:BodyFile"]
            ?? throw new InvalidOperationException("Floor:BodyFile must name the file holding the constant answer.");
        var body = File.ReadAllBytes(bodyFile);

        var app = builder.Build();
        app.MapPost("/apps/{app}/{page}", (HttpContext http) =>
        {
            var response = http.Response;
            response.ContentType = ContentType;
            response.ContentLength = body.Length;
            return response.Body.WriteAsync(body).AsTask();
        });
        app.Run();
    }
}
