using IamPortal.Application.AccessAdvisor;
using IamPortal.Application.Iam;
using IamPortal.Application.Reviews;
using IamPortal.Application.Tests.Fakes;

namespace IamPortal.Application.Tests.Reviews;

public class ReviewSnapshotBuilderTests
{
    private readonly ReviewsHarness _h = new();

    [Fact]
    public async Task StartAsync_AccessAdvisorKnowsTheMember_ItemShowsTheGroupsServicesAndTheirUse()
    {
        await _h.SeedTwoTeamsAsync();
        var used = _h.Time.GetUtcNow().AddDays(-3);
        _h.Advisor.StartAsync(AdvisorSubject.User("alice"), default).ReturnsForAnyArgs("job-1");
        _h.Advisor.ReadAsync(default!, default!, default).ReturnsForAnyArgs(c => c.Arg<AdvisorSubject>().Name == "alice"
            ? new AccessAdvisorReport("job-1", AdvisorSubject.User("alice"), AccessAdvisorJobStatus.Completed, Sample.Now.AddDays(-400),
            [
                new ServiceUsage("s3", "Amazon S3", [new GrantingPolicy("DeveloperS3Access", null, "group developers", false, null)], used, "alice", 1, false, false),
                new ServiceUsage("athena", "Amazon Athena", [new GrantingPolicy("DataLake", null, "group developers", false, null)], null, null, 0, false, false),
                new ServiceUsage("ce", "Cost Explorer", [new GrantingPolicy("Finance", null, "attached", false, null)], used, "alice", 1, false, false),
            ], null)
            : new AccessAdvisorReport("job-2", c.Arg<AdvisorSubject>(), AccessAdvisorJobStatus.InProgress, Sample.Now, [], null));

        var campaign = await _h.StartCampaignAsync();

        _h.Item(campaign.Id, "developers", "alice").ServiceUse.Should().BeEquivalentTo(
            [new ReviewServiceUse("s3", "Amazon S3", used), new ReviewServiceUse("athena", "Amazon Athena", null)]);
        _h.Item(campaign.Id, "developers", "bob").ServiceUse.Should().BeNull("a report IAM has not finished is not known");
        _h.Item(campaign.Id, "finance", "dave").OtherGroups.Should().Equal("developers");
        _h.Item(campaign.Id, "developers", "dave").RecommendationReason.Should().Be("never used in 400 days since it was created");
    }
}
