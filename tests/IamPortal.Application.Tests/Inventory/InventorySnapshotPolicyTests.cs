using IamPortal.Application.Accounts;
using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Tests.Fakes;

namespace IamPortal.Application.Tests.Inventory;

/// <summary>The lookups effective risk reads from a snapshot: a policy's default document and a group's members.</summary>
public class InventorySnapshotPolicyTests
{
    private const string AdminArn = "arn:aws:iam::aws:policy/AdministratorAccess";

    private static IamPolicyWithVersions Policy(string arn, params (string Id, bool Default, string Doc)[] versions) => new(
        new IamManagedPolicy(arn.Split('/')[^1], "ANPA" + arn.Length, arn, "/", versions.Single(v => v.Default).Id, 1, 0, true, null, Sample.Now, Sample.Now),
        [.. versions.Select(v => new IamPolicyVersion(v.Id, v.Default, Sample.Now, v.Doc))]);

    private static InventorySnapshot Snapshot(IReadOnlyList<UserInventoryRow> users, IReadOnlyList<IamPolicyWithVersions> policies) => new(
        new AccountContext("123456789012", "Test"), Sample.Now, null, users,
        [new IamGroupDetail(new IamGroup("ops", "AGPAops", "arn:aws:iam::123456789012:group/ops", "/", Sample.Now), [], [])], policies, TimeSpan.Zero);

    [Fact]
    public void PolicyDocument_SeveralVersions_IsTheDefaultVersionsDocument()
    {
        var snapshot = Snapshot([], [Policy(AdminArn, ("v1", false, "{\"old\":1}"), ("v2", true, "{\"new\":2}"))]);

        snapshot.PolicyDocument(AdminArn).Should().Be("{\"new\":2}");
        snapshot.PolicyDocument("arn:aws:iam::aws:policy/Unknown").Should().BeNull();
        snapshot.FindPolicy(AdminArn)!.Policy.IsAwsManaged.Should().BeTrue();
    }

    [Fact]
    public void GroupMembers_UsersInGroups_ListsEachMemberCaseInsensitively()
    {
        var snapshot = Snapshot([Sample.Row("alice", groups: "devs, ops"), Sample.Row("bob", groups: "ops"), Sample.Row("carol")], []);

        snapshot.GroupMembers("OPS").Should().Equal("alice", "bob");
        snapshot.GroupMembers("devs").Should().Equal("alice");
        snapshot.GroupMembers("nobody").Should().BeEmpty();
        snapshot.FindGroup("Ops")!.Group.GroupName.Should().Be("ops");
    }

    [Fact]
    public void WithUser_NewMember_IndexesFollowThePatchedRows()
    {
        var snapshot = Snapshot([Sample.Row("alice", groups: "ops")], []);

        var patched = snapshot.WithUser("bob", Sample.Row("bob", groups: "ops"));

        patched.GroupMembers("ops").Should().Equal("alice", "bob");
        snapshot.GroupMembers("ops").Should().Equal("alice");
    }
}
