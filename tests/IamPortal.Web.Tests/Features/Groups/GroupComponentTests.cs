using Bunit;
using IamPortal.Application.Commands;
using IamPortal.Application.Groups;
using IamPortal.Application.Iam;
using IamPortal.Application.Operators;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Web.Features.Groups;
using IamPortal.Web.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace IamPortal.Web.Tests.Features.Groups;

public sealed class GroupComponentTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private readonly FakeGroups _fake = new();
    private BunitContext? _ctx;

    public Task InitializeAsync() => Task.CompletedTask;

    private BunitContext Use(PortalRole role = PortalRole.SecurityAdmin)
    {
        _ctx = PortalTestContext.Create(users: new FakeUserQueryService { Rows = TestData.Rows(3) }, configure: services =>
        {
            services.AddSingleton<IOperatorContext>(new FakeOperatorContext { Current = new("s", "Alice Admin", null, "Test", role) });
            services.AddSingleton<IGroupQueryService>(_fake);
            services.AddSingleton<IGroupCommands>(_fake);
        });
        _ctx.Render<MudDialogProvider>();
        return _ctx;
    }

    private static GroupRow Row(string name, int members, RiskSeverity? risk) =>
        new(name, "/", $"arn:aws:iam::123456789012:group/{name}", "AGPA" + name, members, 2, 10, 0, risk, Now);

    [Fact]
    public void GroupsPage_Admin_RowsWithQuotaRiskAndCreateButton()
    {
        _fake.List = new GroupListResult([Row("admins", 1, RiskSeverity.Critical), Row("empty", 0, null)], 2, Now, 10, true);
        var page = Use().Render<GroupsPage>();
        page.WaitForAssertion(() => page.Find("[data-testid='groups-count']").TextContent.Should().Contain("2 groups"), Wait);
        page.Markup.Should().Contain("2 / 10").And.Contain("Group risk: Critical").And.Contain("Not assessed");
        page.Find("a[href='groups/admins']").TextContent.Should().Be("admins");
        page.FindAll("#groups-create").Should().HaveCount(1);
    }

    [Fact]
    public void GroupsPage_Auditor_NoCreateButtonAndEmptyStateWhenNoGroups()
    {
        _fake.List = new GroupListResult([], 0, Now, 10, false);
        var page = Use(PortalRole.Auditor).Render<GroupsPage>();
        page.WaitForAssertion(() => page.Find("[data-testid='groups-empty']").TextContent.Should().Contain("This account has no IAM groups"), Wait);
        page.FindAll("#groups-create").Should().BeEmpty();
    }

    [Fact]
    public async Task CreateGroupDialog_ServiceRefusesTheName_ErrorAtTheField()
    {
        _fake.Create = CommandResult.Invalid<IamGroup>(GroupFields.GroupName, "A group named Admins already exists (names are case-insensitive).");
        var ctx = Use();
        var dialogs = ctx.Render<MudDialogProvider>();
        var service = ctx.Services.GetRequiredService<IDialogService>();
        await dialogs.InvokeAsync(() => service.ShowAsync<CreateGroupDialog>("Create group"));
        dialogs.WaitForAssertion(() => dialogs.Find("#create-group-name").Should().NotBeNull(), Wait);
        dialogs.Find("#create-group-name").Change("admins");
        dialogs.Find("#create-group-submit").Click();
        dialogs.WaitForAssertion(() => dialogs.Markup.Should().Contain("A group named Admins already exists"), Wait);
        _fake.Created.Should().Equal(("admins", "/"));
    }

    /// <summary>The group services as the components see them: a fixed list, and a create whose answer the test sets.</summary>
    private sealed class FakeGroups : IGroupQueryService, IGroupCommands
    {
        public GroupListResult List { get; set; } = new([], 0, Now, null, false);
        public CommandResult<IamGroup> Create { get; set; } = CommandResult.Failed<IamGroup>("not set");
        public List<(string Name, string? Path)> Created { get; } = [];

        public Task<GroupListResult> ListAsync(GroupQuery query, CancellationToken ct = default) => Task.FromResult(List);
        public Task<string> ExportCsvAsync(GroupQuery query, CancellationToken ct = default) => Task.FromResult("");
        public Task<GroupDetail?> GetAsync(string groupName, CancellationToken ct = default) => Task.FromResult<GroupDetail?>(null);
        public Task<string> StartAccessAdvisorAsync(string groupName, CancellationToken ct = default) => throw new NotSupportedException();
        public Task<GroupAccessReport> GetAccessAdvisorAsync(string jobId, CancellationToken ct = default) => throw new NotSupportedException();

        public Task<CommandResult<IamGroup>> CreateAsync(string groupName, string? path, CancellationToken ct = default)
        {
            Created.Add((groupName, path));
            return Task.FromResult(Create);
        }

        public Task<CommandResult<IamGroup>> UpdateAsync(string groupName, string newGroupName, string newPath, CancellationToken ct = default) => throw new NotSupportedException();
        public Task<IReadOnlyList<PolicyReference>> FindReferencesAsync(string groupName, CancellationToken ct = default) => throw new NotSupportedException();
        public Task<CommandResult<MembershipResult>> AddMembersAsync(string groupName, IReadOnlyCollection<string> userNames, CancellationToken ct = default) => throw new NotSupportedException();
        public Task<CommandResult<MembershipResult>> RemoveMembersAsync(string groupName, IReadOnlyCollection<string> userNames, CancellationToken ct = default) => throw new NotSupportedException();
    }

    public async Task DisposeAsync()
    {
        if (_ctx is not null) await _ctx.DisposeAsync();
    }
}
