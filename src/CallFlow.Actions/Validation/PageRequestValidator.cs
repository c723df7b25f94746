using CallFlow.Actions.Requests;
using FluentValidation;

namespace CallFlow.Actions.Validation;

/// <summary>
/// A page request must say what it belongs to: <c>instance_info.this_call</c> with its <c>call_id</c>, or, on the
/// notifications and transcription results the platform sends without <c>this_call</c>, the <c>application_instance_id</c>.
/// </summary>
public sealed class PageRequestValidator : WireValidator<PageRequest>
{
    /// <summary>The shared instance (validators hold no state).</summary>
    public static PageRequestValidator Instance { get; } = new();

    /// <summary>Declares the rules.</summary>
    public PageRequestValidator()
    {
        Wire(r => r.InstanceInfo).NotNull().WithMessage("is required").SetValidator(new InstanceInfoRules()!);
    }

    private sealed class InstanceInfoRules : WireValidator<InstanceInfo>
    {
        public InstanceInfoRules()
        {
            Wire(i => i.ThisCall).SetValidator(new CallRules()!);
            Wire(i => i.ApplicationInstanceId).Required().When(i => i.ThisCall is null).WithMessage("is required when there is no this_call");
        }
    }

    private sealed class CallRules : WireValidator<CallInfo>
    {
        public CallRules() => Wire(c => c.CallId).Required();
    }
}
