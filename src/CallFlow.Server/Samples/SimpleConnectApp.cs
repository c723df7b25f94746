using System.Globalization;
using CallFlow.Actions.Responses;
using CallFlow.Actions.Results;
using CallFlow.Actions.Validation;
using CallFlow.Actions.Verbs;
using CallFlow.AspNetCore.Apps;
using CallFlow.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;

namespace CallFlow.Server.Samples;

/// <summary>
/// The <c>simple-connect</c> sample: greets the caller, rings the configured destinations, and once the connection
/// ends tells the caller how long it lasted. docs/writing-a-callflow.md walks through it.
/// </summary>
public static class SimpleConnectApp
{
    /// <summary>The app's name in page URLs.</summary>
    public const string Name = "simple-connect";

    /// <summary>The next page the connect names.</summary>
    public const string ConnectedPage = "connected";

    /// <summary>Registers the sample and its settings, and makes it the app whose answers the OpenAPI document shows.</summary>
    public static IServiceCollection AddSimpleConnectSample(this IServiceCollection services)
    {
        services.AddOptions<SimpleConnectOptions>().BindConfiguration(SimpleConnectOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.Destinations.All(Destinations.IsValid),
                "CallFlow:Samples:SimpleConnect:Destinations must be phone numbers or sip:/tel: addresses.")
            .ValidateOnStart();
        services.AddOpenApiExampleApp(Name, ConnectedPage);
        return services.AddCallFlowApp(Name, app => app
            .MapFirst(Greet)
            .MapPage(ConnectedPage, ReportDuration));
    }

    private static ActionsResponse Greet(IOptions<SimpleConnectOptions> options) =>
        new(Play.SayText(options.Value.Greeting),
            new Connect(options.Value.Destinations) { NextPage = ConnectedPage });

    private static ActionsResponse ReportDuration(ConnectResult? result) =>
        result is { Interrupted: false }
            ? new ActionsResponse(
                Play.SayText($"You were connected for {result.SecondsConnectedDuration.ToString("0.#", CultureInfo.InvariantCulture)} seconds. Goodbye."),
                new HangUp())
            : new ActionsResponse(Play.SayText("Sorry, we could not connect you. Goodbye."), new HangUp());
}
