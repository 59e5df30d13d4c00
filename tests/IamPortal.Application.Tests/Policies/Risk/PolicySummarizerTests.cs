using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Policies.Catalog;
using IamPortal.Application.Policies.Risk;
using static IamPortal.Application.Tests.Policies.Risk.ManagedPolicyFixtures;

namespace IamPortal.Application.Tests.Policies.Risk;

public class PolicySummarizerTests
{
    private static readonly ActionCatalog Catalog = new();
    private static readonly PolicySummarizer Summarizer = new(Catalog);

    [Fact]
    public void Summarize_AdministratorAccess_GivesFullAccessToEveryService()
    {
        var summary = Summarizer.Summarize(AdministratorAccess);

        summary.Should().HaveCount(Catalog.Services.Count);
        summary.Should().OnlyContain(s => s.Text == "Full access" && s.Resources.SequenceEqual(new[] { "*" }) && !s.HasCondition);
        summary.Select(s => s.ServiceName).Should().BeInAscendingOrder(StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void Summarize_S3ReadOnly_GivesFullListAndReadOfS3()
    {
        var s3 = Summarizer.Summarize(Allow("[\"s3:Get*\",\"s3:List*\",\"s3:Describe*\"]")).Should().ContainSingle().Subject;

        s3.Prefix.Should().Be("s3");
        s3.Levels.Single(l => l.Level == AccessLevel.List).IsFull.Should().BeTrue();
        var read = s3.Levels.Single(l => l.Level == AccessLevel.Read);
        read.Allowed.Should().Be(read.Total, "every s3 Read action starts with Get, List or Describe");
        s3.Levels.Single(l => l.Level == AccessLevel.Write).Allowed.Should().Be(0);
        s3.Text.Should().Be("Full: List, Read");
    }

    [Fact]
    public void Summarize_SomeActionsOfSeveralLevels_SaysFullAndLimitedAsTheConsole()
    {
        var iam = Summarizer.Summarize(Allow("[\"iam:List*\",\"iam:GetAccountSummary\",\"iam:GetLoginProfile\",\"iam:GetUser\",\"iam:CreateUser\"]", "\"arn:aws:iam::123456789012:user/*\"")).Single();

        iam.Text.Should().Be("Full: List  Limited: Read, Write");
        iam.Levels.Single(l => l.Level == AccessLevel.Write).Allowed.Should().Be(1);
        iam.Resources.Should().Equal("arn:aws:iam::123456789012:user/*");
    }

    [Fact]
    public void Summarize_NotActionDenyAndCondition_AreHonoured()
    {
        var summary = Summarizer.Summarize(Document(
            Statement("\"iam:*\"", actionElement: "NotAction", condition: "{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}"),
            Statement("\"s3:*\"", effect: "Deny")));

        summary.Should().NotContain(s => s.Prefix == "iam" || s.Prefix == "s3");
        var ec2 = summary.Single(s => s.Prefix == "ec2");
        ec2.Text.Should().Be("Full access");
        ec2.HasCondition.Should().BeTrue();
    }

    [Fact]
    public void Summarize_PermissionsManagementAndTagging_AreNamedAsTheConsole()
    {
        var iam = Summarizer.Summarize(Allow("[\"iam:PutUserPolicy\",\"iam:TagUser\"]")).Single();

        iam.Text.Should().Be("Limited: Permissions management, Tagging");
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"nosuchservice:*","Resource":"*"}]}""")]
    public void Summarize_MalformedOrUnknown_GivesNothing(string document)
    {
        Summarizer.Summarize(document).Should().BeEmpty();
    }
}
