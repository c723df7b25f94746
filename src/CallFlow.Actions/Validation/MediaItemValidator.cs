using CallFlow.Actions.Media;
using FluentValidation;

namespace CallFlow.Actions.Validation;

/// <summary>A play list item must say something, play a file or play valid keys.</summary>
public sealed class MediaItemValidator : WireValidator<MediaItem>
{
    /// <summary>The shared instance (validators hold no state).</summary>
    public static MediaItemValidator Instance { get; } = new();

    /// <summary>Declares the rules, per kind of item.</summary>
    public MediaItemValidator()
    {
        RuleFor(item => item).Must(item => item is TextToSay or FileToPlay or DigitsToPlay)
            .WithMessage((_, item) => $"{item.GetType().Name} is not a media item this model can validate");
        RuleFor(item => item as TextToSay).SetValidator(new TextToSayRules()!).OverridePropertyName("");
        RuleFor(item => item as FileToPlay).SetValidator(new FileToPlayRules()!).OverridePropertyName("");
        RuleFor(item => item as DigitsToPlay).SetValidator(new DigitsToPlayRules()!).OverridePropertyName("");
    }

    private sealed class TextToSayRules : WireValidator<TextToSay>
    {
        public TextToSayRules() => Wire(item => item.Text).Required();
    }

    private sealed class FileToPlayRules : WireValidator<FileToPlay>
    {
        public FileToPlayRules()
        {
            Wire(item => item.File).NotNull().WithMessage("is required").SetValidator(MediaFileValidator.Instance!);
            Wire(item => item.DecryptionCipher).OnlyForStoredFile(item => item.File, FileToPlay.PropertyName).SetValidator(CipherValidator.Instance!);
        }
    }

    private sealed class DigitsToPlayRules : WireValidator<DigitsToPlay>
    {
        public DigitsToPlayRules() => Wire(item => item.Digits).Required().AreKeys();
    }
}
