using System.Text.Json;
using CallFlow.Actions.Results;
using CallFlow.Actions.Verbs;

namespace CallFlow.Actions.Serialization;

/// <summary>
/// The one place that pairs each action's wire name with its model type and result type.
/// Reading, writing, validation and the app-file format all look actions up here.
/// </summary>
public static class ActionRegistry
{
    private static readonly ActionDescriptor[] Descriptors =
    [
        new("answer", typeof(Answer), null),
        new("reject", typeof(Reject), null),
        new("play", typeof(Play), null),
        new("connect", typeof(Connect), typeof(ConnectResult)),
        new("connect_to_conference", typeof(ConnectToConference), typeof(ConnectToConferenceResult)),
        new("get_number", typeof(GetNumber), typeof(GetNumberResult)),
        new("get_input", typeof(GetInput), typeof(GetInputResult)),
        new("run_menu", typeof(RunMenu), typeof(RunMenuResult)),
        new("run_speech_menu", typeof(RunSpeechMenu), typeof(RunSpeechMenuResult)),
        new("record", typeof(Record), typeof(RecordResult)),
        new("send_fax", typeof(SendFax), typeof(SendFaxResult)),
        new("receive_fax", typeof(ReceiveFax), typeof(ReceiveFaxResult)),
        new("start_transcription", typeof(StartTranscription), typeof(StartTranscriptionResult)),
        new("stop_transcription", typeof(StopTranscription), null),
        new("redirect", typeof(Redirect), null),
        new("hang_up", typeof(HangUp), null),
        new("sleep", typeof(Sleep), null),
    ];

    private static readonly Dictionary<Type, ActionDescriptor> ByType = Descriptors.ToDictionary(d => d.ActionType);
    private static readonly Dictionary<string, ActionDescriptor> ByName = Descriptors.ToDictionary(d => d.Name, StringComparer.Ordinal);
    private static readonly Dictionary<Type, ActionDescriptor> ByResultType = Descriptors.Where(d => d.ResultType is not null).ToDictionary(d => d.ResultType!);

    /// <summary>Every known action, in protocol order.</summary>
    public static IReadOnlyList<ActionDescriptor> All => Descriptors;

    /// <summary>The known action names, comma separated, for error messages.</summary>
    public static string KnownNames { get; } = string.Join(", ", Descriptors.Select(d => d.Name));

    /// <summary>The descriptor of a known action type.</summary>
    /// <exception cref="ArgumentException">The type is not a registered action.</exception>
    public static ActionDescriptor ForType(Type actionType) =>
        ByType.TryGetValue(actionType, out var descriptor)
            ? descriptor
            : throw new ArgumentException($"{actionType.Name} is not a registered action type; add it to {nameof(ActionRegistry)}.", nameof(actionType));

    /// <summary>The wire name of the action whose typed result is <paramref name="resultType"/>, or null for any other type.</summary>
    internal static string? NameOfResult(Type resultType) => ByResultType.TryGetValue(resultType, out var descriptor) ? descriptor.Name : null;

    /// <summary>Finds a known action by its wire name.</summary>
    public static bool TryGet(string name, out ActionDescriptor descriptor) => ByName.TryGetValue(name, out descriptor!);

    /// <summary>Finds the known action named by the property name under the reader, without allocating.</summary>
    internal static bool TryGet(ref Utf8JsonReader reader, out ActionDescriptor descriptor)
    {
        foreach (var candidate in Descriptors)
        {
            if (reader.ValueTextEquals(candidate.EncodedName.EncodedUtf8Bytes))
            {
                descriptor = candidate;
                return true;
            }
        }

        descriptor = null!;
        return false;
    }
}
