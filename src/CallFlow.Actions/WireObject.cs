namespace CallFlow.Actions;

/// <summary>
/// The base of every object of the wire model: actions, support classes, play media, results, page requests and
/// responses. What every wire object shares (such as keeping the properties the model does not know) lives here once.
/// </summary>
public abstract class WireObject
{
}
