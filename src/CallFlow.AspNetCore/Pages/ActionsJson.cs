using System.Reflection;
using CallFlow.Actions.Responses;
using Microsoft.AspNetCore.Http.Metadata;

namespace CallFlow.AspNetCore.Pages;

/// <summary>
/// A 200 answer carrying an action list, already serialized: written with <c>application/json; charset=utf-8</c> and a
/// Content-Length (the platform expects no chunking).
/// </summary>
public sealed class ActionsJson : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IValueHttpResult<ActionsResponse>, IContentTypeHttpResult
{
    /// <summary>The content type of every action list.</summary>
    public const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>Wraps a response and its UTF-8 JSON.</summary>
    public ActionsJson(ActionsResponse value, byte[] utf8Json)
    {
        Value = value;
        Utf8Json = utf8Json;
    }

    /// <summary>The response.</summary>
    public ActionsResponse Value { get; }

    /// <summary>The response as sent.</summary>
    public byte[] Utf8Json { get; }

    /// <inheritdoc />
    public int? StatusCode => StatusCodes.Status200OK;

    /// <inheritdoc />
    public string ContentType => JsonContentType;

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = JsonContentType;
        response.ContentLength = Utf8Json.Length;
        return response.Body.WriteAsync(Utf8Json).AsTask();
    }

    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(ActionsResponse), ["application/json"]));
}
