using System.Text.Json.Nodes;
using CallFlow.Actions.Requests;
using CallFlow.Actions.Responses;
using CallFlow.Actions.Tests.Support;
using CallFlow.Actions.Validation;
using CallFlow.Actions.Verbs;

namespace CallFlow.Actions.Tests.Seeds;

public class GoldenFileTests
{
    public static TheoryData<string, WireSerializer> Actions => Wire.Cross(GoldenFiles.Actions);

    public static TheoryData<string, WireSerializer> PageRequests => Wire.Cross(GoldenFiles.PageRequests);

    [Fact]
    public void EverySeedExampleHasExactlyOneGoldenFile()
    {
        var onDisk = Directory.GetFiles(GoldenFiles.Folder, "*.json").Select(Path.GetFileNameWithoutExtension).Order();

        Assert.Equal(GoldenFiles.Actions.Concat(GoldenFiles.PageRequests).Order(), onDisk);
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public void SeedActionReadsValidatesAndWritesBackItsCanonicalForm(string golden, WireSerializer serializer)
    {
        var action = serializer.Read<TelephonyAction>(GoldenFiles.Text(golden));

        Assert.Empty(ActionsResponseValidator.Instance.Validate(new ActionsResponse(action)).Errors);
        JsonAssert.SameTree(GoldenFiles.Canonical(golden), serializer.Write(action));
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public void SeedActionInAResponseDocumentWritesBackItsCanonicalForm(string golden, WireSerializer serializer)
    {
        var document = $$"""{"actions": [{{GoldenFiles.Text(golden)}}], "api_version": "2.0"}""";
        var response = serializer.Read<ActionsResponse>(document);

        Assert.Empty(ActionsResponseValidator.Instance.Validate(response).Errors);
        JsonAssert.SameTree(SeedCanonicalForm.Of(JsonNode.Parse(document)!), serializer.Write(response));
    }

    [Theory]
    [MemberData(nameof(PageRequests))]
    public void SeedActionResultReadsValidatesAndWritesBackItsCanonicalForm(string golden, WireSerializer serializer)
    {
        var request = PageRequestReader.Read(GoldenFiles.Text(golden), serializer.Options());

        Assert.Empty(PageRequestValidator.Instance.Validate(request).Errors);
        JsonAssert.SameTree(GoldenFiles.Canonical(golden), serializer.Write(request));
    }
}
