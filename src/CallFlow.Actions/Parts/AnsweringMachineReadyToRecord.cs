namespace CallFlow.Actions.Parts;

/// <summary><c>answering_machine_ready_to_record</c>: how to detect that an answering machine is ready to record a message.</summary>
public sealed class AnsweringMachineReadyToRecord : WireObject
{
    /// <summary>The platform's default settings.</summary>
    public AnsweringMachineReadyToRecord()
    {
    }

    /// <summary>All four settings at once.</summary>
    public AnsweringMachineReadyToRecord(int millisecondsMinBeepDuration, int millisecondsPostBeepSilence, int millisecondsNoBeepSilence, int secondsMaxMessageDuration)
    {
        MillisecondsMinBeepDuration = millisecondsMinBeepDuration;
        MillisecondsPostBeepSilence = millisecondsPostBeepSilence;
        MillisecondsNoBeepSilence = millisecondsNoBeepSilence;
        SecondsMaxMessageDuration = secondsMaxMessageDuration;
    }

    /// <summary><c>milliseconds_min_beep_duration</c>: the shortest tone taken as the beep. Platform default: 180.</summary>
    public int? MillisecondsMinBeepDuration { get; set; }

    /// <summary><c>milliseconds_post_beep_silence</c>: silence to wait for after the beep. Platform default: 1000.</summary>
    public int? MillisecondsPostBeepSilence { get; set; }

    /// <summary><c>milliseconds_no_beep_silence</c>: silence to wait for when no beep is heard. Platform default: 4000.</summary>
    public int? MillisecondsNoBeepSilence { get; set; }

    /// <summary><c>seconds_max_message_duration</c>: give up waiting for the machine's greeting after this. Platform default: 10.</summary>
    public int? SecondsMaxMessageDuration { get; set; }
}
