using IamPortal.Application.Policies.Catalog;

namespace IamPortal.Application.Tests.Policies.Catalog;

public class ActionCatalogTests
{
    /// <summary>The embedded catalogue, loaded once for the class (as the singleton is in the portal).</summary>
    private static readonly ActionCatalog Catalog = new();

    [Fact]
    public void Services_EmbeddedCatalogue_HoldsEveryServiceOfTheSnapshot()
    {
        Catalog.Services.Should().HaveCountGreaterThan(400);
        Catalog.AllActions.Should().HaveCountGreaterThan(15_000);
        Catalog.FindService("IAM")!.Name.Should().Be("AWS Identity and Access Management (IAM)");
        Catalog.FindService("nosuchservice").Should().BeNull();
    }

    [Fact]
    public void FindAction_AnyCase_GivesTheActionAsAwsSpellsIt()
    {
        var getObject = Catalog.FindAction("S3:getobject")!;

        getObject.FullName.Should().Be("s3:GetObject");
        getObject.Level.Should().Be(AccessLevel.Read);
        // The June 2026 pages list GetObject on accesspointobject or object, neither marked required.
        getObject.ResourceTypes.Should().Equal("accesspointobject", "object");
        Catalog.FindAction("s3:GetObjectTorrent")!.RequiredResourceTypes.Should().Equal("object");
        Catalog.FindService("s3")!.ResourceTypes.Single(t => t.Name == "object").ArnPattern.Should().Be("arn:${Partition}:s3:::${BucketName}/${ObjectName}");
        Catalog.FindAction("s3:NoSuchAction").Should().BeNull();
        Catalog.FindAction("GetObject").Should().BeNull();
    }

    [Fact]
    public void Expand_PrefixWildcard_GivesEveryActionStartingSo()
    {
        var put = Catalog.Expand("iam:Put*").Select(a => a.FullName).ToList();

        put.Should().Contain(["iam:PutUserPolicy", "iam:PutGroupPolicy", "iam:PutRolePolicy"]);
        put.Should().OnlyContain(n => n.StartsWith("iam:Put", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("*:*")]
    public void Expand_Everything_GivesEveryAction(string pattern)
    {
        Catalog.Expand(pattern).Should().HaveCount(Catalog.AllActions.Count);
    }

    [Fact]
    public void Expand_ServiceWildcard_GivesTheServicesActions()
    {
        Catalog.Expand("IAM:*").Should().BeEquivalentTo(Catalog.FindService("iam")!.Actions);
    }

    [Fact]
    public void Expand_InnerAndSingleCharacterWildcards_MatchAsIamDoes()
    {
        Catalog.Expand("iam:*Policy*").Select(a => a.Name).Should().Contain(["PutUserPolicy", "CreatePolicyVersion", "ListPolicyVersions"]).And.NotContain("CreateUser");
        Catalog.Expand("iam:?etUser").Select(a => a.Name).Should().Equal("GetUser");
        Catalog.Expand("s3:getobject").Select(a => a.FullName).Should().Equal("s3:GetObject");
    }

    [Theory]
    [InlineData("nosuchservice:*")]
    [InlineData("iam:NoSuch*")]
    [InlineData("iam")]
    [InlineData("")]
    public void Expand_NothingMatches_GivesEmpty(string pattern)
    {
        Catalog.Expand(pattern).Should().BeEmpty();
    }

    [Fact]
    public void Expand_SamePatternTwice_GivesTheCachedList()
    {
        Catalog.Expand("ec2:Describe*").Should().BeSameAs(Catalog.Expand("ec2:Describe*"));
    }
}
