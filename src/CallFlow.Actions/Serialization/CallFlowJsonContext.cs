using System.Text.Json;
using System.Text.Json.Serialization;
using CallFlow.Actions.Media;
using CallFlow.Actions.Parts;
using CallFlow.Actions.Recordings;
using CallFlow.Actions.Requests;
using CallFlow.Actions.Responses;
using CallFlow.Actions.Results;
using CallFlow.Actions.Verbs;

namespace CallFlow.Actions.Serialization;

/// <summary>
/// The source-generated serializer context of the wire model: snake_case names, unset (null) properties omitted
/// so the platform's own defaults apply. Every action, result and support type has an entry here.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    AllowTrailingCommas = false,
    ReadCommentHandling = JsonCommentHandling.Disallow)]
[JsonSerializable(typeof(ActionsResponse))]
[JsonSerializable(typeof(TelephonyAction))]
[JsonSerializable(typeof(Answer))]
[JsonSerializable(typeof(Reject))]
[JsonSerializable(typeof(Play))]
[JsonSerializable(typeof(Connect))]
[JsonSerializable(typeof(ConnectToConference))]
[JsonSerializable(typeof(GetNumber))]
[JsonSerializable(typeof(GetInput))]
[JsonSerializable(typeof(RunMenu))]
[JsonSerializable(typeof(RunSpeechMenu))]
[JsonSerializable(typeof(Record))]
[JsonSerializable(typeof(SendFax))]
[JsonSerializable(typeof(ReceiveFax))]
[JsonSerializable(typeof(StartTranscription))]
[JsonSerializable(typeof(StopTranscription))]
[JsonSerializable(typeof(Redirect))]
[JsonSerializable(typeof(HangUp))]
[JsonSerializable(typeof(Sleep))]
[JsonSerializable(typeof(MediaItem))]
[JsonSerializable(typeof(TextToSay))]
[JsonSerializable(typeof(FileToPlay))]
[JsonSerializable(typeof(DigitsToPlay))]
[JsonSerializable(typeof(WebPageRequest))]
[JsonSerializable(typeof(ClassifyCallee))]
[JsonSerializable(typeof(AnsweringMachineReadyToRecord))]
[JsonSerializable(typeof(SecondaryCall))]
[JsonSerializable(typeof(ConferenceParticipant))]
[JsonSerializable(typeof(MenuOption))]
[JsonSerializable(typeof(SpeechMenuOption))]
[JsonSerializable(typeof(SipHeader))]
[JsonSerializable(typeof(Cipher))]
[JsonSerializable(typeof(MediaFile))]
[JsonSerializable(typeof(WordHint))]
[JsonSerializable(typeof(SpeechRecognitionOptions))]
[JsonSerializable(typeof(SpeechBargeInOptions))]
[JsonSerializable(typeof(DigitInputOptions))]
[JsonSerializable(typeof(NegotiatedFaxSettings))]
[JsonSerializable(typeof(TranscriptionPhrase))]
[JsonSerializable(typeof(SpeechAlternative))]
[JsonSerializable(typeof(ActionProgress))]
[JsonSerializable(typeof(PageRequest))]
[JsonSerializable(typeof(InstanceInfo))]
[JsonSerializable(typeof(CallInfo))]
[JsonSerializable(typeof(ErrorResult))]
[JsonSerializable(typeof(ActionResult))]
[JsonSerializable(typeof(ConnectResult))]
[JsonSerializable(typeof(ConnectToConferenceResult))]
[JsonSerializable(typeof(GetNumberResult))]
[JsonSerializable(typeof(RunMenuResult))]
[JsonSerializable(typeof(RecordResult))]
[JsonSerializable(typeof(GetInputResult))]
[JsonSerializable(typeof(RunSpeechMenuResult))]
[JsonSerializable(typeof(SendFaxResult))]
[JsonSerializable(typeof(ReceiveFaxResult))]
[JsonSerializable(typeof(StartTranscriptionResult))]
[JsonSerializable(typeof(RawActionResult))]
[JsonSerializable(typeof(Recording))]
[JsonSerializable(typeof(RecordedExchange))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class CallFlowJsonContext : JsonSerializerContext
{
}
