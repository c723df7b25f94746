using System.Linq.Expressions;
using CallFlow.Actions.Verbs;
using FluentValidation;

namespace CallFlow.Actions.Validation;

/// <summary>
/// Base of the model's validators: rules are declared on C# members but report wire paths
/// (<c>actions[1].connect.seconds_answer_timeout</c>), because the people reading them write JSON.
/// </summary>
/// <typeparam name="T">The validated model type.</typeparam>
public abstract class WireValidator<T> : AbstractValidator<T>
{
    /// <summary>A rule for a member, reported under its wire name.</summary>
    protected IRuleBuilderInitial<T, TProperty> Wire<TProperty>(Expression<Func<T, TProperty>> member) =>
        RuleFor(member).Configure(rule => rule.PropertyName = WireNames.Of(typeof(T), MemberName(member)));

    /// <summary>A rule for each element of a collection member, reported as <c>wire_name[i]</c>.</summary>
    protected IRuleBuilderInitialCollection<T, TElement> WireEach<TElement>(Expression<Func<T, IEnumerable<TElement>?>> member) =>
        RuleForEach(member!).Configure(rule => rule.PropertyName = WireNames.Of(typeof(T), MemberName(member)));

    /// <summary>A list of play actions (a prompt's messages): each one present and a valid play, reported as <c>wire_name[i].play...</c>.</summary>
    protected void WirePlays(Expression<Func<T, IEnumerable<Play>?>> member) =>
        WireEach(member).NotNull().WithMessage("must not be null").SetValidator(WrappedPlayValidator.Instance);

    private static string MemberName(LambdaExpression member) =>
        (member.Body as MemberExpression)?.Member.Name
        ?? throw new ArgumentException($"Expected a member access such as x => x.Name, got {member}.", nameof(member));
}
