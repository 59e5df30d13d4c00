using IamPortal.Application.Commands;
using IamPortal.Application.Iam;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Policies.Attachments;
using IamPortal.Application.Policies.Inline;
using IamPortal.Application.Policies.Managed;
using IamPortal.Application.Policies.Permissions;
using IamPortal.Application.Users;
using IamPortal.Web.Tests.Fakes;

namespace IamPortal.Web.Tests.Features.Policies;

/// <summary>Hand fakes of the policy services the components use, recording the commands they receive.</summary>
public sealed class FakePolicyServices : IPolicyListService, IPolicyDetailService, IManagedPolicyService, IPolicyAttachmentService, IEntityPermissionsService,
    IInlinePolicyService
{
    public const string Arn = "arn:aws:iam::123456789012:policy/deploy";
    public const string Risky = "Adds privilege escalation through iam:CreatePolicyVersion, confirmed, for 2 users.";

    public PolicyList List { get; set; } = new([], null);
    public ChangeImpact Impact { get; set; } = RiskyImpact();
    public List<string> Commands { get; } = [];
    public EntityPermissions? Permissions { get; set; }

    public static ChangeImpact RiskyImpact()
    {
        var f = new RiskFinding(RiskCategory.PrivilegeEscalation, RiskSeverity.Critical, true, "esc", "Privilege escalation through iam:CreatePolicyVersion",
            "Can rewrite its own policy.", ["iam:CreatePolicyVersion"], []);
        return new ChangeImpact(new RiskDifference([f], []), [new ImpactLine(f, true, 2)], ["alice", "bob"], Risky);
    }

    public static IamManagedPolicy Policy() => new("deploy", "ANPA1", Arn, "/", "v2", 1, 0, true, "Deploys things", TestData.Now, TestData.Now);

    public static PolicyDetail Detail(int versions = 2) => new(Policy(), "{\n  \"Version\": \"2012-10-17\"\n}", [], RiskReport.Empty,
        SectionRead.Of<IReadOnlyList<IamPolicyVersion>>(Enumerable.Range(1, versions).Reverse()
            .Select(i => new IamPolicyVersion("v" + i, i == versions, TestData.Now.AddDays(i), "{}")).ToList()),
        SectionRead.Of(new PolicyAttachments(["alice"], ["ops"], 1)));

    public Task<PolicyList> ListAsync(PolicyListQuery query, CancellationToken ct = default) =>
        Task.FromResult(List with { Items = PolicyList.Filter(List.Items, query) });
    public Task<string> ExportCsvAsync(PolicyListQuery query, CancellationToken ct = default) => Task.FromResult("Name\n");
    public Task<PolicyList> AttachableAsync(CancellationToken ct = default) => Task.FromResult(List);

    public Task<CommandResult<PolicyDetail>> GetAsync(string policyArn, CancellationToken ct = default) => Task.FromResult(policyArn == Arn
        ? CommandResult.Ok(Detail())
        : CommandResult.Failed<PolicyDetail>("The policy cannot be found.") with { ErrorCode = IamErrorCodes.NoSuchEntity });

    public Task<CommandResult<PolicyVersionDiff>> DiffAsync(string policyArn, string oldVersionId, string newVersionId, CancellationToken ct = default)
    {
        Commands.Add($"diff {oldVersionId} {newVersionId}");
        return Task.FromResult(CommandResult.Ok(PolicyVersionDiff.Compute(oldVersionId, """{"a":1}""", newVersionId, """{"a":2}""")));
    }

    public Task<CommandResult<ChangeImpact>> PreviewDocumentAsync(string policyArn, string document, CancellationToken ct = default) => Task.FromResult(CommandResult.Ok(Impact));
    public CommandResult<RiskReport> AnalyzeNew(string name, string document) => CommandResult.Ok(RiskReport.Empty);
    public Task<CommandResult<IamManagedPolicy>> CreateAsync(CreatePolicyRequest request, CancellationToken ct = default) => Task.FromResult(CommandResult.Ok(Policy()));
    public Task<CommandResult<PolicyEditOutcome>> UpdateAsync(UpdatePolicyRequest request, CancellationToken ct = default) =>
        Task.FromResult(CommandResult.Ok(new PolicyEditOutcome(null, null, [])));
    public Task<CommandResult<ChangeImpact>> PreviewSetDefaultAsync(string policyArn, string versionId, CancellationToken ct = default) => Task.FromResult(CommandResult.Ok(Impact));

    public Task<CommandResult<bool>> SetDefaultVersionAsync(string policyArn, string versionId, string? acknowledgedImpact, CancellationToken ct = default)
    {
        Commands.Add($"set-default {versionId} ack={acknowledgedImpact}");
        return Task.FromResult(CommandResult.Ok(true));
    }

    public Task<CommandResult<AttachmentQuota>> QuotaAsync(PrincipalRef target, CancellationToken ct = default) => Task.FromResult(CommandResult.Ok(new AttachmentQuota(7, 10)));
    public Task<CommandResult<ChangeImpact>> PreviewAsync(PermissionChange change, CancellationToken ct = default) => Task.FromResult(CommandResult.Ok(Impact));

    public Task<CommandResult<bool>> AttachAsync(PrincipalRef target, string policyArn, string? acknowledgedImpact, CancellationToken ct = default)
    {
        Commands.Add($"attach {target} {policyArn} ack={acknowledgedImpact}");
        return Task.FromResult(CommandResult.Ok(true));
    }

    public Task<CommandResult<bool>> DetachAsync(PrincipalRef target, string policyArn, string? acknowledgedImpact, CancellationToken ct = default)
    {
        Commands.Add($"detach {target} {policyArn} ack={acknowledgedImpact}");
        return Task.FromResult(CommandResult.Ok(true));
    }

    public Task<EntityPermissions> GetAsync(PrincipalRef target, CancellationToken ct = default) => Task.FromResult(Permissions ?? new EntityPermissions(target,
        SectionRead.Of<IReadOnlyList<AttachedPolicyRisk>>([new AttachedPolicyRisk("deploy", Arn, false, RiskReport.Empty)]),
        SectionRead.Of(new AttachmentQuota(7, 10)),
        SectionRead.Of<IReadOnlyList<InlinePolicyRisk>>([new InlinePolicyRisk("s3-read", "{}", 120, RiskReport.Empty)]), 2048));

    public Task<CommandResult<IamInlinePolicy>> GetAsync(PrincipalRef target, string policyName, CancellationToken ct = default) =>
        Task.FromResult(CommandResult.Ok(new IamInlinePolicy(policyName, "{}")));
    public Task<CommandResult<int>> OtherInlineSizeAsync(PrincipalRef target, string? exceptPolicyName, CancellationToken ct = default) => Task.FromResult(CommandResult.Ok(0));
    public Task<CommandResult<ChangeImpact>> PreviewAsync(PrincipalRef target, string policyName, string? document, CancellationToken ct = default) =>
        Task.FromResult(CommandResult.Ok(Impact));

    public Task<CommandResult<bool>> PutAsync(InlinePolicyRequest request, CancellationToken ct = default)
    {
        Commands.Add($"put {request.Target} {request.PolicyName} ack={request.AcknowledgedImpact}");
        return Task.FromResult(CommandResult.Ok(true));
    }

    public Task<CommandResult<bool>> DeleteAsync(PrincipalRef target, string policyName, string? acknowledgedImpact, CancellationToken ct = default)
    {
        Commands.Add($"delete-inline {target} {policyName} ack={acknowledgedImpact}");
        return Task.FromResult(CommandResult.Ok(true));
    }
}
