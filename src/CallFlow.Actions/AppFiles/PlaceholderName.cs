namespace CallFlow.Actions.AppFiles;

/// <summary>What a placeholder stands for.</summary>
internal enum PlaceholderName
{
    CallFrom,
    CallTo,
    CallId,
    EnteredNumber,
    SelectedDigit,
}
