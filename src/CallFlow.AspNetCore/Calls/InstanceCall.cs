namespace CallFlow.AspNetCore.Calls;

/// <summary>The call an application instance is running, as the call history knows it.</summary>
/// <param name="CallId">The call's <c>this_call.call_id</c>.</param>
/// <param name="App">The app of the instance's latest page: where the call is now.</param>
public sealed record InstanceCall(string CallId, string App);
