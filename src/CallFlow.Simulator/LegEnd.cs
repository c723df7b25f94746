namespace CallFlow.Simulator;

/// <summary>Why a leg of a simulated call stopped running actions.</summary>
internal enum LegEnd
{
    /// <summary>No actions were left: a primary call is hung up, a secondary call is connected.</summary>
    NoActionsLeft,

    /// <summary>The app answered hang_up.</summary>
    AppHungUp,

    /// <summary>The caller hung up, as the scenario said.</summary>
    CallerHungUp,

    /// <summary>A page broke the protocol and no usable error page answered: the platform hangs up.</summary>
    Failed,

    /// <summary>The app rejected the call while it was still inbound: the final page gets the reject's cause.</summary>
    Rejected,

    /// <summary>The call requested as many pages as the simulator allows.</summary>
    PageLimit,
}
