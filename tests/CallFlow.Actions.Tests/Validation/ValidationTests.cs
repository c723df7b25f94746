using CallFlow.Actions.Responses;
using CallFlow.Actions.Tests.Support;
using CallFlow.Actions.Validation;

namespace CallFlow.Actions.Tests.Validation;

public class ValidationTests
{
    public static TheoryData<string, WireSerializer> Invalid => Wire.Cross(InvalidResponses.Cases.Keys);

    public static TheoryData<string, WireSerializer> Edges => Wire.Cross(InvalidResponses.EdgeCases.Keys);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void InvalidResponseFailsWithItsWirePathAndMessage(string name, WireSerializer serializer)
    {
        var (json, failure) = InvalidResponses.Cases[name];

        Assert.Equal([failure], Failures(serializer.Read<ActionsResponse>(json)));
    }

    [Theory]
    [MemberData(nameof(Edges))]
    public void ResponseAtTheEdgeOfARuleValidatesClean(string name, WireSerializer serializer) =>
        Assert.Empty(Failures(serializer.Read<ActionsResponse>(InvalidResponses.EdgeCases[name])));

    [Theory]
    [MemberData(nameof(Edges))]
    public void ResponseAtTheEdgeOfARuleIsWrittenBackUnchanged(string name, WireSerializer serializer)
    {
        var json = InvalidResponses.EdgeCases[name];

        // An empty key ("" for none) must stay "", never become unset, which the platform reads as its default key.
        JsonAssert.SameTree(json, serializer.Write(serializer.Read<ActionsResponse>(json)));
    }

    private static List<string> Failures(ActionsResponse response) =>
        ActionsResponseValidator.Instance.Validate(response).Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}").ToList();
}
