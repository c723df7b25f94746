namespace CallFlow.Server.Apps;

/// <summary>The pages every app may have; any other name is a next page of the app's own.</summary>
public static class PageNames
{
    /// <summary>Requested when a call arrives or an outbound call is answered.</summary>
    public const string First = "first";

    /// <summary>Always the last request of a call; its answer cannot steer the call.</summary>
    public const string Final = "final";

    /// <summary>Requested when the platform could not use an answer.</summary>
    public const string Error = "error";
}
