using FluentValidation;

namespace CallFlow.AspNetCore.DialConnect;

/// <summary>The rules of a click-to-call submission; each failure is reported under the field's snake_case name.</summary>
public sealed class DialConnectSubmissionValidator : AbstractValidator<DialConnectSubmission>
{
    /// <summary>The longest memo kept.</summary>
    public const int MaxMemoLength = 1000;

    /// <summary>The longest billing code kept.</summary>
    public const int MaxBillingCodeLength = 100;

    /// <summary>The longest delay: 86400 minutes (60 days), as DIAL.CONNECT allows.</summary>
    public const int MaxDelayMinutes = 86400;

    /// <summary>Declares the rules.</summary>
    public DialConnectSubmissionValidator()
    {
        RuleFor(s => s.PhoneNumber).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("is required")
            .Must(DialConnectNumbers.IsValid).WithMessage(NumberMessage).OverridePropertyName("phone_number");
        RuleFor(s => s.DestPhoneNumber).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("is required")
            .Must(DialConnectNumbers.IsValid).WithMessage(NumberMessage).OverridePropertyName("dest_phone_number");
        RuleFor(s => s.CallerId).Must(DialConnectNumbers.IsValid).When(s => s.CallerId is not null).WithMessage(NumberMessage)
            .OverridePropertyName("caller_id");
        RuleFor(s => s.MaxCallDuration).GreaterThan(0).WithMessage((_, minutes) => $"must be a number of minutes greater than 0, not {minutes}")
            .OverridePropertyName("max_call_duration");
        RuleFor(s => s.Delay).InclusiveBetween(0, MaxDelayMinutes).WithMessage((_, minutes) => $"must be a number of minutes from 0 to {MaxDelayMinutes}, not {minutes}")
            .OverridePropertyName("delay");
        RuleFor(s => s.Memo).MaximumLength(MaxMemoLength).WithMessage(s => $"must be at most {MaxMemoLength} characters, not {s.Memo!.Length}")
            .OverridePropertyName("memo");
        RuleFor(s => s.BillingCode).MaximumLength(MaxBillingCodeLength).WithMessage(s => $"must be at most {MaxBillingCodeLength} characters, not {s.BillingCode!.Length}")
            .OverridePropertyName("billing_code");
    }

    private static string NumberMessage<T>(T submission, string? number) => $"\"{number}\" {DialConnectNumbers.Rule}";
}
