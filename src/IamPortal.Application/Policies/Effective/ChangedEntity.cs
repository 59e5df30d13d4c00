using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Policies.Effective;

internal enum ChangedEntityKind { Policy, Group, User }

/// <summary>The policy, group or user a change is made to, as the impact's sentence names it ("group ops").</summary>
internal sealed record ChangedEntity(ChangedEntityKind Kind, string Name)
{
    public static ChangedEntity Of(PrincipalRef target) =>
        new(target.Kind == PrincipalKind.User ? ChangedEntityKind.User : ChangedEntityKind.Group, target.Name);

    public override string ToString() => Kind switch
    {
        ChangedEntityKind.Policy => "policy " + Name[(Name.LastIndexOf('/') + 1)..],
        ChangedEntityKind.Group => "group " + Name,
        _ => "user " + Name,
    };
}
