using System.Text.Json;
using System.Text.RegularExpressions;

namespace IamPortal.Infrastructure.Tests.Deployment;

/// <summary>
/// The documents people deploy stay true to the code: the least-privilege policy allows every IAM action the client
/// sends, the member-account StackSet template carries that same policy, and its trust lets the portal set SourceIdentity.
/// </summary>
public sealed partial class PortalRolePolicyTests
{
    private static readonly string Root = RepoRoot();

    [Fact]
    public void Policy_AllowsEveryActionTheIamClientSends()
    {
        var sent = Directory.EnumerateFiles(Path.Combine(Root, "src", "IamPortal.Infrastructure", "Aws"), "IamQueryClient*.cs")
            .SelectMany(f => ActionCall().Matches(File.ReadAllText(f)).Select(m => "iam:" + m.Groups[1].Value))
            .ToHashSet();

        sent.Should().HaveCountGreaterThan(50);
        Actions(Json("docs/iam-policy-portal.json")).Should().Contain(sent);
    }

    [Fact]
    public void MemberRoleTemplate_HasThePolicyAndATrustThatSetsSourceIdentity()
    {
        var role = Json("docs/deploy/iam-portal-member-role.cfn.json").GetProperty("Resources").GetProperty("PortalRole").GetProperty("Properties");
        var policy = role.GetProperty("Policies")[0].GetProperty("PolicyDocument");
        Normalize(policy).Should().Be(Normalize(Json("docs/iam-policy-portal.json")), "the StackSet deploys the same least privilege");
        var trust = role.GetProperty("AssumeRolePolicyDocument").GetProperty("Statement")[0];
        trust.GetProperty("Action").EnumerateArray().Select(a => a.GetString()).Should().BeEquivalentTo("sts:AssumeRole", "sts:SetSourceIdentity");
        role.GetProperty("MaxSessionDuration").GetInt32().Should().Be(3600);
    }

    [Fact]
    public void OrganizationPolicy_LetsThePortalAssumeDiscoverAndTraceKeys() =>
        Actions(Json("docs/deploy/iam-policy-portal-organization.json")).Should().Contain(
            ["sts:AssumeRole", "sts:SetSourceIdentity", "organizations:ListAccounts", "organizations:DescribeOrganization", "sts:GetAccessKeyInfo"]);

    private static HashSet<string> Actions(JsonElement policy) => policy.GetProperty("Statement").EnumerateArray()
        .SelectMany(s => s.GetProperty("Action") is { ValueKind: JsonValueKind.Array } a ? a.EnumerateArray().Select(x => x.GetString()!) : [s.GetProperty("Action").GetString()!])
        .ToHashSet();

    private static string Normalize(JsonElement e) => JsonSerializer.Serialize(e);

    private static JsonElement Json(string relative) => JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, relative))).RootElement;

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "IamPortal.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }

    [GeneratedRegex("""Q\("([A-Za-z]+)"\)""")]
    private static partial Regex ActionCall();
}
