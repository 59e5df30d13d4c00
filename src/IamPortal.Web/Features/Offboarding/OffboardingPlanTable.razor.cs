using IamPortal.Application.Offboarding;
using Microsoft.AspNetCore.Components;

namespace IamPortal.Web.Features.Offboarding;

/// <summary>A plan as a table in execution order: stage, the exact item, and the IAM API action it calls.</summary>
public partial class OffboardingPlanTable
{
    [Parameter, EditorRequired] public required IReadOnlyList<OffboardingPlanStep> Steps { get; set; }
    [Parameter] public string Label { get; set; } = "Offboarding plan";
    [Parameter] public string TestId { get; set; } = "offboarding-plan";
    /// <summary>The number of the first row (a second table continues the numbering of the first).</summary>
    [Parameter] public int First { get; set; } = 1;

    /// <summary>The IAM API action a step calls, so the plan can be checked against IAM's documentation.</summary>
    private static string ApiOf(string kind) => kind switch
    {
        OffboardingStepKinds.DeactivateAccessKey or OffboardingStepKinds.ReactivateAccessKey => "UpdateAccessKey",
        OffboardingStepKinds.PutQuarantinePolicy => "PutUserPolicy",
        OffboardingStepKinds.DeleteQuarantinePolicy => "DeleteUserPolicy",
        OffboardingStepKinds.TagQuarantine => "TagUser",
        OffboardingStepKinds.UntagQuarantine => "UntagUser",
        OffboardingStepKinds.DeactivateMfaDevice => "DeactivateMFADevice",
        OffboardingStepKinds.DeleteVirtualMfaDevice => "DeleteVirtualMFADevice",
        OffboardingStepKinds.DeleteSshPublicKey => "DeleteSSHPublicKey",
        OffboardingStepKinds.ConfirmUserGone => "GetUser",
        var k => k,
    };
}
