using IamPortal.Application.Users;
using Kinds = IamPortal.Application.Offboarding.OffboardingStepKinds;

namespace IamPortal.Application.Offboarding;

/// <summary>
/// A plan's steps as a planner writes them, stage by stage. A part of the user that could not be read becomes one
/// <see cref="Kinds.ReadWarning"/> step in its stage, saying what to check by hand and what happens if it is missed.
/// </summary>
internal sealed class PlanSteps(string userName, string ifMissed)
{
    public List<OffboardingPlanStep> Steps { get; } = [];

    /// <summary>The stage the next steps belong to.</summary>
    public string Stage { get; set; } = "";

    public void Add<T>(string kind, string description, T input) where T : IUserStepInput =>
        Steps.Add(OffboardingPlanStep.Of(Stage, kind, description, input));

    /// <summary>In <paramref name="stage"/>: <paramref name="add"/> for each item read, or the warning when the read failed.</summary>
    public void Each<T>(string stage, string part, string byHand, SectionRead<IReadOnlyList<T>> read, Action<T> add)
    {
        Stage = stage;
        if (!read.Succeeded)
        {
            Add(Kinds.ReadWarning, $"Could not read the {part}: {read.Error!.TrimEnd().TrimEnd('.')}. {byHand}; {ifMissed}",
                new ReadWarningInput(userName, part, read.Error));
            return;
        }
        foreach (var item in read.Value!) add(item);
    }
}
