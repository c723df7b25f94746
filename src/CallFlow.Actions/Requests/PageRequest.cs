namespace CallFlow.Actions.Requests;

/// <summary>
/// A page request from the platform: <c>{"instance_info": {...}}</c>.
/// Use <see cref="PageRequestReader"/> to read one from any of the accepted forms.
/// </summary>
public sealed class PageRequest : WireObject
{
    /// <summary>Creates an empty request.</summary>
    public PageRequest()
    {
    }

    /// <summary>Creates a request around <paramref name="instanceInfo"/>.</summary>
    public PageRequest(InstanceInfo instanceInfo) => InstanceInfo = instanceInfo;

    /// <summary><c>instance_info</c> (required).</summary>
    public InstanceInfo? InstanceInfo { get; set; }
}
