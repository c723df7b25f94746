namespace CallFlow.Actions.Parts;

/// <summary><c>classify_callee</c>: how a connect classifies the answering end (person, answering machine, fax).</summary>
public sealed class ClassifyCallee : WireObject
{
    /// <summary>Classification with the platform's default settings.</summary>
    public ClassifyCallee()
    {
    }

    /// <summary>Classification with a timeout and a choice about answering machines.</summary>
    public ClassifyCallee(int millisecondsTimeout, bool hangUpOnAnsweringMachine)
    {
        MillisecondsTimeout = millisecondsTimeout;
        HangUpOnAnsweringMachine = hangUpOnAnsweringMachine;
    }

    /// <summary>Classification with a timeout and choices about answering and fax machines.</summary>
    public ClassifyCallee(int millisecondsTimeout, bool hangUpOnAnsweringMachine, bool hangUpOnFaxMachine)
        : this(millisecondsTimeout, hangUpOnAnsweringMachine) => HangUpOnFaxMachine = hangUpOnFaxMachine;

    /// <summary><c>enable</c>: whether to classify the far end. Platform default: true.</summary>
    public bool? Enable { get; set; }

    /// <summary><c>milliseconds_timeout</c>: how long classification may take. Platform default: 5000.</summary>
    public int? MillisecondsTimeout { get; set; }

    /// <summary><c>hang_up_on_answering_machine</c>: hang up a destination classified as an answering machine. Platform default: true.</summary>
    public bool? HangUpOnAnsweringMachine { get; set; }

    /// <summary><c>hang_up_on_fax_machine</c>: hang up a destination classified as a fax machine. Platform default: true.</summary>
    public bool? HangUpOnFaxMachine { get; set; }

    /// <summary><c>answering_machine_ready_to_record</c>: how to wait for an answering machine's beep. Platform default: null, the defaults of <see cref="Parts.AnsweringMachineReadyToRecord"/>.</summary>
    public AnsweringMachineReadyToRecord? AnsweringMachineReadyToRecord { get; set; }

    /// <summary>Sets how to wait for an answering machine's beep; returns this object for chaining.</summary>
    public ClassifyCallee ConfigureAnsweringMachineReadyToRecord(AnsweringMachineReadyToRecord answeringMachineReadyToRecord)
    {
        AnsweringMachineReadyToRecord = answeringMachineReadyToRecord;
        return this;
    }
}
