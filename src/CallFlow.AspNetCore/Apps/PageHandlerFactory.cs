using System.Linq.Expressions;
using System.Reflection;
using CallFlow.Actions.Requests;
using CallFlow.Actions.Responses;
using CallFlow.Actions.Results;

namespace CallFlow.AspNetCore.Apps;

/// <summary>
/// Turns a handler delegate into a <see cref="PageHandler"/>, binding its parameters the way Minimal APIs do:
/// <see cref="PageContext"/>, <see cref="PageRequest"/>, <see cref="InstanceInfo"/>, <see cref="CallInfo"/>, any
/// <see cref="ActionResult"/> type (null when the result is of another kind), <see cref="ActionProgress"/> (the fax
/// progress report, null on other pages), <see cref="CancellationToken"/>, and
/// services from the request's container for everything else. The binding is compiled once, when the app is built.
/// </summary>
internal static class PageHandlerFactory
{
    private static readonly MethodInfo GetRequiredService = typeof(ServiceProviderServiceExtensions)
        .GetMethod(nameof(ServiceProviderServiceExtensions.GetRequiredService), [typeof(IServiceProvider), typeof(Type)])!;

    public static PageHandler Create(Delegate handler)
    {
        var context = Expression.Parameter(typeof(PageContext), "context");
        var cancellation = Expression.Parameter(typeof(CancellationToken), "cancellationToken");
        var arguments = handler.Method.GetParameters().Select(p => Bind(p, context, cancellation));
        var call = Expression.Invoke(Expression.Constant(handler), arguments);
        var body = Adapt(call, handler.Method.ReturnType);
        return Expression.Lambda<PageHandler>(body, context, cancellation).Compile();
    }

    private static Expression Bind(ParameterInfo parameter, ParameterExpression context, ParameterExpression cancellation)
    {
        var type = parameter.ParameterType;
        if (type == typeof(PageContext))
        {
            return context;
        }

        if (type == typeof(CancellationToken))
        {
            return cancellation;
        }

        if (type == typeof(PageRequest))
        {
            return Expression.Property(context, nameof(PageContext.Request));
        }

        if (type == typeof(InstanceInfo))
        {
            return Expression.Property(context, nameof(PageContext.Instance));
        }

        if (type == typeof(CallInfo))
        {
            return Expression.Property(context, nameof(PageContext.Call));
        }

        if (type == typeof(ActionProgress))
        {
            return Expression.Property(Expression.Property(context, nameof(PageContext.Instance)), nameof(InstanceInfo.ActionProgress));
        }

        if (typeof(ActionResult).IsAssignableFrom(type))
        {
            return Expression.TypeAs(Expression.Property(context, nameof(PageContext.ActionResult)), type);
        }

        var services = Expression.Property(context, nameof(PageContext.Services));
        return Expression.Convert(Expression.Call(GetRequiredService, services, Expression.Constant(type)), type);
    }

    private static Expression Adapt(Expression call, Type returnType)
    {
        if (returnType == typeof(ActionsResponse))
        {
            return Expression.New(typeof(ValueTask<ActionsResponse>).GetConstructor([typeof(ActionsResponse)])!, call);
        }

        if (returnType == typeof(ValueTask<ActionsResponse>))
        {
            return call;
        }

        if (returnType == typeof(Task<ActionsResponse>))
        {
            return Expression.New(typeof(ValueTask<ActionsResponse>).GetConstructor([typeof(Task<ActionsResponse>)])!, call);
        }

        if (returnType == typeof(void))
        {
            return Expression.Block(call, Expression.Call(typeof(PageHandlerFactory), nameof(NoActions), null));
        }

        if (returnType == typeof(Task))
        {
            return Expression.Call(typeof(PageHandlerFactory), nameof(AfterTask), null, call);
        }

        if (returnType == typeof(ValueTask))
        {
            return Expression.Call(typeof(PageHandlerFactory), nameof(AfterValueTask), null, call);
        }

        throw new ArgumentException(
            $"A page handler must return ActionsResponse, Task<ActionsResponse> or ValueTask<ActionsResponse> (or nothing, for a final page), not {returnType.Name}.");
    }

    private static ValueTask<ActionsResponse> NoActions() => new(new ActionsResponse());

    private static async ValueTask<ActionsResponse> AfterTask(Task task)
    {
        await task;
        return new ActionsResponse();
    }

    private static async ValueTask<ActionsResponse> AfterValueTask(ValueTask task)
    {
        await task;
        return new ActionsResponse();
    }
}
