using CallFlow.Actions.Requests;
using FluentValidation;

namespace CallFlow.Actions.Validation;

/// <summary>A page request must identify its call: <c>instance_info.this_call.call_id</c> is required.</summary>
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
        public InstanceInfoRules() => Wire(i => i.ThisCall).NotNull().WithMessage("is required").SetValidator(new CallRules()!);
    }

    private sealed class CallRules : WireValidator<CallInfo>
    {
        public CallRules() => Wire(c => c.CallId).Required();
    }
}
