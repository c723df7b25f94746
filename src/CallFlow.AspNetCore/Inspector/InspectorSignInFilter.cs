namespace CallFlow.AspNetCore.Inspector;

/// <summary>Sends a browser without an inspector session to the sign-in page (see <see cref="InspectorSession"/>).</summary>
internal sealed class InspectorSignInFilter(InspectorSession session) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        session.IsSignedIn(context.HttpContext)
            ? await next(context)
            : TypedResults.Redirect(InspectorLinks.For(context.HttpContext).SignIn);
}
