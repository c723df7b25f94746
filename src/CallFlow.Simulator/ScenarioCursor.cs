namespace CallFlow.Simulator;

/// <summary>Hands out a scenario's answers in order, and the defaults once a list runs out.</summary>
internal sealed class ScenarioCursor(Scenario scenario)
{
    private int _connects;
    private int _digits;
    private int _recordings;
    private int _speech;

    /// <summary>The next connect's outcome; by default the first destination answers and stays 30 s.</summary>
    public ConnectAnswer NextConnect() => _connects < scenario.Connects.Count ? scenario.Connects[_connects++] : new ConnectAnswer();

    /// <summary>The keys pressed for the next get_number or run_menu; none (a timeout) once the list runs out.</summary>
    public string NextDigits() => _digits < scenario.Digits.Count ? scenario.Digits[_digits++] : "";

    /// <summary>Whether the caller has something left to say.</summary>
    public bool HasSpeech => _speech < scenario.Speech.Count;

    /// <summary>What the caller says next; silence (empty) once the list runs out.</summary>
    public string NextSpeech() => HasSpeech ? scenario.Speech[_speech++] : "";

    /// <summary>How many pages each fax has.</summary>
    public int FaxPages => scenario.FaxPages;

    /// <summary>The next record's outcome; by default 5 s of sound.</summary>
    public RecordAnswer NextRecording() => _recordings < scenario.Recordings.Count ? scenario.Recordings[_recordings++] : new RecordAnswer();

    /// <summary>Whether the caller hangs up during the action numbered <paramref name="step"/>.</summary>
    public bool CallerHangsUpAt(int step) => scenario.CallerHangsUpAtStep == step;
}
