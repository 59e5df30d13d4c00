using IamPortal.Application.AccessAdvisor;
using IamPortal.Application.Accounts;
using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Operators;
using IamPortal.Application.Policies.Catalog;
using IamPortal.Application.Tests.Fakes;

namespace IamPortal.Application.Tests.AccessAdvisor;

public sealed class AccessAdvisorHintsTests
{
    private const string Arn = "arn:aws:iam::123456789012";
    private static readonly ServiceGrants Grants = new(new ActionCatalog());
    private static readonly DateTimeOffset Now = Sample.Now;

    private readonly IIamClient _iam = Substitute.For<IIamClient>();
    private readonly List<UserInventoryRow> _users = [];
    private readonly List<IamGroupDetail> _groups = [];
    private readonly List<IamPolicyWithVersions> _policies = [];

    private static string Allow(params string[] actions) =>
        $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":[{{string.Join(",", actions.Select(a => $"\"{a}\""))}}],"Resource":"*"}]}""";

    private IamAttachedPolicy Managed(string name, string document, int versionAgeDays = 200)
    {
        var arn = $"{Arn}:policy/{name}";
        _policies.Add(new IamPolicyWithVersions(
            new IamManagedPolicy(name, "ANPA" + name, arn, "/", "v1", 1, 0, true, null, Now.AddDays(-300), Now.AddDays(-versionAgeDays)),
            [new IamPolicyVersion("v1", true, Now.AddDays(-versionAgeDays), document)]));
        return new IamAttachedPolicy(name, arn);
    }

    private AccessAdvisorHints Service(PortalRole role = PortalRole.Auditor, params IamServiceLastAccessed[] seen)
    {
        var inventory = Substitute.For<IInventoryService>();
        inventory.GetAsync(default).ReturnsForAnyArgs(_ => new InventorySnapshot(new AccountContext(FakeAccounts.AccountId, null), Now, null,
            _users.ToList(), _groups.ToList(), _policies.ToList(), TimeSpan.Zero));
        _iam.GenerateServiceLastAccessedDetailsAsync(default!, default, default).ReturnsForAnyArgs("job-1");
        _iam.GetServiceLastAccessedDetailsAsync("job-1", default).ReturnsForAnyArgs(new IamServiceLastAccessedReport(AccessAdvisorJobStatus.Completed, seen, null));
        return new AccessAdvisorHints(new FakeOperator(role), inventory, _iam, Grants);
    }

    private static IamServiceLastAccessed Seen(string ns, int? daysAgo) =>
        new(ns.ToUpperInvariant(), ns, daysAgo is { } d ? Now.AddDays(-d) : null, daysAgo is null ? null : $"{Arn}:user/alice", daysAgo is null ? 0 : 1);

    private async Task<IReadOnlyList<ServiceHint>> HintsAsync(AdvisorSubject subject, int threshold, params IamServiceLastAccessed[] seen)
    {
        var service = Service(PortalRole.Auditor, seen);
        var report = await service.ReadAsync(subject, await service.StartAsync(subject));
        return LeastPrivilegeHints.Evaluate(report, threshold, Now);
    }

    [Fact]
    public async Task ReadAsync_UserWithDirectInlineAndGroupPolicies_AttributesEachService()
    {
        var s3 = Managed("s3-read", Allow("s3:GetObject"));
        var dynamo = Managed("tables", Allow("dynamodb:GetItem", "s3:ListBucket"));
        _groups.Add(new IamGroupDetail(new IamGroup("data", "AGPAdata", $"{Arn}:group/data", "/", Now.AddDays(-400)), [dynamo], []));
        _users.Add(Sample.Row("alice") with { AttachedPolicies = [s3], InlinePolicies = [new IamInlinePolicy("queues", Allow("sqs:SendMessage"))], Groups = ["data"] });

        var hints = await HintsAsync(AdvisorSubject.User("alice"), 90, Seen("s3", 3), Seen("dynamodb", null), Seen("sqs", 100));

        var byService = hints.ToDictionary(h => h.Service.Namespace);
        byService["s3"].Service.GrantedBy.Select(p => p.Label).Should().BeEquivalentTo("s3-read (attached)", "tables (group data)");
        byService["s3"].Kind.Should().Be(HintKind.Used);
        byService["sqs"].Service.GrantedBy.Select(p => p.Label).Should().Equal("queues (inline)");
        byService["sqs"].Text.Should().Be("Granted, not used for 90 days: consider removing sqs from queues (inline).");
        byService["dynamodb"].Text.Should().Contain("never used in the tracking period").And.Contain("tables (group data)");
    }

    [Theory]
    [InlineData(30, true)]
    [InlineData(90, true)]
    [InlineData(180, false)]
    [InlineData(360, false)]
    public async Task Evaluate_ServiceUsed100DaysAgo_SuggestedOnlyBelowTheThreshold(int threshold, bool suggested)
    {
        _users.Add(Sample.Row("bob") with { CreateDate = Now.AddDays(-500), InlinePolicies = [new IamInlinePolicy("q", Allow("sqs:SendMessage"))] });
        var hint = (await HintsAsync(AdvisorSubject.User("bob"), threshold, Seen("sqs", 100))).Single();
        hint.SuggestsRemoval.Should().Be(suggested);
    }

    [Fact]
    public async Task Evaluate_UnusedIamWithPassRole_NeverSuggestsRemovingPassRole()
    {
        _users.Add(Sample.Row("carol") with
        {
            InlinePolicies = [new IamInlinePolicy("pass", Allow("iam:PassRole")), new IamInlinePolicy("admin-ish", Allow("iam:ListUsers", "iam:PassRole"))],
        });
        var hint = (await HintsAsync(AdvisorSubject.User("carol"), 90, Seen("iam", null))).Single();
        hint.Kind.Should().Be(HintKind.RemoveExceptPassRole);
        hint.Text.Should().Contain("keep iam:PassRole").And.Contain(LeastPrivilegeHints.PassRoleReason);
    }

    [Fact]
    public async Task Evaluate_OnlyPassRoleGranted_KeptWithTheReason()
    {
        _users.Add(Sample.Row("dave") with { InlinePolicies = [new IamInlinePolicy("pass", Allow("iam:PassRole"))] });
        var hint = (await HintsAsync(AdvisorSubject.User("dave"), 30, Seen("iam", null))).Single();
        hint.Kind.Should().Be(HintKind.KeepPassRole);
        hint.SuggestsRemoval.Should().BeFalse();
    }

    [Fact]
    public async Task Evaluate_PolicyVersionCreatedFiveDaysAgo_ServiceProtected()
    {
        _groups.Add(new IamGroupDetail(new IamGroup("ml", "AGPAml", $"{Arn}:group/ml", "/", Now.AddDays(-400)),
            [Managed("sagemaker-new", Allow("sagemaker:CreateTrainingJob"), versionAgeDays: 5)], []));
        var hint = (await HintsAsync(AdvisorSubject.Group("ml"), 90, Seen("sagemaker", null))).Single();
        hint.Kind.Should().Be(HintKind.RecentlyGranted);
        hint.Text.Should().Contain("sagemaker-new");
    }

    [Fact]
    public async Task Evaluate_UserYoungerThanTheThreshold_NothingSuggested()
    {
        _users.Add(Sample.Row("new") with { CreateDate = Now.AddDays(-20), InlinePolicies = [new IamInlinePolicy("q", Allow("sqs:SendMessage"))] });
        (await HintsAsync(AdvisorSubject.User("new"), 90, Seen("sqs", null))).Single().Kind.Should().Be(HintKind.TooNew);
    }

    [Fact]
    public async Task ReadAsync_DenyInAnotherPolicy_ServiceNotGranted()
    {
        _users.Add(Sample.Row("erin") with
        {
            InlinePolicies =
            [
                new IamInlinePolicy("allow", Allow("sqs:SendMessage", "s3:GetObject")),
                new IamInlinePolicy("deny", """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"sqs:*","Resource":"*"}]}"""),
            ],
        });
        var hints = await HintsAsync(AdvisorSubject.User("erin"), 90, Seen("s3", 1));
        hints.Select(h => h.Service.Namespace).Should().Equal("s3");
    }

    [Fact]
    public async Task ReadAsync_ServiceIamReportsButNoPolicyInTheSnapshot_KeptUnattributed()
    {
        _users.Add(Sample.Row("frank") with { AttachedPolicies = [new IamAttachedPolicy("gone", $"{Arn}:policy/gone")] });
        var hint = (await HintsAsync(AdvisorSubject.User("frank"), 90, Seen("ec2", null))).Single();
        hint.Service.GrantedBy.Should().BeEmpty();
        hint.Text.Should().Contain("the policies that grant it");
    }

    [Fact]
    public async Task StartAsync_UnknownUser_NoSuchEntity()
    {
        var act = () => Service().StartAsync(AdvisorSubject.User("nobody"));
        await act.Should().ThrowAsync<NoSuchEntityException>();
    }
}
