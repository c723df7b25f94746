using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CallFlow.Actions.Parts;
using CallFlow.Actions.Requests;
using CallFlow.Actions.Results;
using CallFlow.Actions.Serialization;
using CallFlow.Actions.Tests.Support;
using CallFlow.Actions.Validation;
using CallFlow.Actions.Verbs;

namespace CallFlow.Actions.Tests.Completeness;

public class ModelCompletenessTests
{
    private static readonly Type[] ModelTypes = typeof(TelephonyAction).Assembly.GetTypes();

    private static readonly IComparer<Type> TypeNames = Comparer<Type>.Create((a, b) => string.CompareOrdinal(a.FullName, b.FullName));

    // Types with their own converter have no property list in their contract: their wire names are read off a fully set instance.
    private static readonly Dictionary<Type, object> FullySet = new()
    {
        [typeof(WebPageRequest)] = new WebPageRequest("next", WebPageRequest.Get),
        [typeof(RunMenuResult)] = new RunMenuResult { SelectedDigit = '1' },
        [typeof(ErrorResult)] = new ErrorResult { Action = "play", Result = "failed" },
        [typeof(MediaFile)] = new MediaFile(new WebPageRequest("media/fax.tif", WebPageRequest.Get)),
    };

    public static TheoryData<string, WireSerializer> PinnedTypes => Wire.Cross(ProtocolPropertyNames.ByType.Keys.Select(t => t.Name));

    [Fact]
    public void EveryActionTypeIsRegisteredSerializableAndValidated()
    {
        var actionTypes = ModelTypes.Where(t => t.IsSubclassOf(typeof(TelephonyAction)) && !t.IsAbstract && t != typeof(UnknownAction)).ToList();

        var gaps = actionTypes.SelectMany(t => new[]
        {
            ActionRegistry.All.Any(d => d.ActionType == t) ? null : $"{t.Name} is not in ActionRegistry",
            CallFlowJsonContext.Default.GetTypeInfo(t) is null ? $"{t.Name} has no CallFlowJsonContext entry" : null,
            TelephonyActionValidator.Instance.ValidatedTypes.Contains(t) ? null : $"{t.Name} has no validator in TelephonyActionValidator",
        }).OfType<string>();

        Assert.Empty(gaps);
        Assert.Equal(ActionRegistry.All.Select(d => d.ActionType).Order(TypeNames), actionTypes.Order(TypeNames));
    }

    [Fact]
    public void EveryTypedResultIsRegisteredAndSerializable()
    {
        var resultTypes = ModelTypes.Where(t => t.IsSubclassOf(typeof(ActionResult)) && !t.IsAbstract && t != typeof(RawActionResult)).Order(TypeNames);
        var registered = ActionRegistry.All.Select(d => d.ResultType).OfType<Type>().ToList();

        Assert.Equal(registered.Order(TypeNames), resultTypes);
        Assert.All(registered, t => Assert.NotNull(CallFlowJsonContext.Default.GetTypeInfo(t)));
    }

    [Fact]
    public void EveryPublicModelTypeHasASerializerContextEntry()
    {
        string[] wireNamespaces = ["CallFlow.Actions.Verbs", "CallFlow.Actions.Parts", "CallFlow.Actions.Media", "CallFlow.Actions.Results", "CallFlow.Actions.Requests", "CallFlow.Actions.Responses"];
        var modelTypes = ModelTypes.Where(t => t.IsPublic && t.IsClass && !t.IsAbstract && wireNamespaces.Contains(t.Namespace)
            && t != typeof(UnknownAction) && t != typeof(PageRequestReader));

        Assert.Empty(modelTypes.Where(t => CallFlowJsonContext.Default.GetTypeInfo(t) is null).Select(t => t.Name));
    }

    [Fact]
    public void EveryActionAndSupportTypeHasItsProtocolPropertyList()
    {
        var wireTypes = ModelTypes.Where(t => t.IsPublic && !t.IsAbstract && t.Namespace is "CallFlow.Actions.Verbs" or "CallFlow.Actions.Parts" or "CallFlow.Actions.Media"
            && t != typeof(UnknownAction));

        Assert.Empty(wireTypes.Where(t => !ProtocolPropertyNames.ByType.ContainsKey(t)).Select(t => t.Name));
    }

    [Theory]
    [MemberData(nameof(PinnedTypes))]
    public void WirePropertyNamesAreThoseOfTheProtocol(string typeName, WireSerializer serializer)
    {
        var (type, expected) = ProtocolPropertyNames.ByType.Single(p => p.Key.Name == typeName);

        Assert.Equal(expected.Order(), WirePropertyNames(type, serializer.Options()).Order());
    }

    private static IEnumerable<string> WirePropertyNames(Type type, JsonSerializerOptions options)
    {
        var contract = options.GetTypeInfo(type);
        return contract.Kind == JsonTypeInfoKind.Object
            ? contract.Properties.Where(p => p.Get is not null && !p.IsExtensionData).Select(p => p.Name) // [JsonIgnore] members stay in the list, without a getter
            : JsonSerializer.SerializeToElement(FullySet[type], contract).EnumerateObject().Select(p => p.Name);
    }
}
