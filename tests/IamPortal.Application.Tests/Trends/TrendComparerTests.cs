using IamPortal.Application.Trends;
using static IamPortal.Application.Tests.Trends.TrendSamples;
using S = IamPortal.Application.Trends.TrendFindingStatus;

namespace IamPortal.Application.Tests.Trends;

public sealed class TrendComparerTests
{
    private const string Mfa = "iam_user_mfa_enabled_console_access";
    private const string Key = "iam_rotate_access_key_90_days";

    [Fact]
    public void Compare_EachTransition_ClassifiedByKind()
    {
        var before = State(Finding(Mfa, "alice", S.Fail), Finding(Mfa, "bob", S.Pass), Finding(Mfa, "carol", S.Accepted),
            Finding(Mfa, "dave", S.Fail), Finding(Mfa, "erin", S.Fail), Finding(Mfa, "frank", S.Fail));
        var after = State(Finding(Mfa, "alice", S.Pass), Finding(Mfa, "bob", S.Fail), Finding(Mfa, "carol", S.Fail),
            Finding(Mfa, "dave", S.Accepted), Finding(Mfa, "erin", S.Fail), Finding(Mfa, "gina", S.Fail));

        var changes = TrendComparer.Compare(before, after).ToDictionary(c => c.UserName!, c => c.Kind);

        changes.Should().BeEquivalentTo(new Dictionary<string, TrendChangeKind>
        {
            ["alice"] = TrendChangeKind.Resolved,
            ["bob"] = TrendChangeKind.Regressed,
            ["carol"] = TrendChangeKind.Reopened,
            ["dave"] = TrendChangeKind.Accepted,
            ["frank"] = TrendChangeKind.Resolved, // the user is gone
            ["gina"] = TrendChangeKind.New,
        });
    }

    [Fact]
    public void PerUser_SeveralChecks_GroupedByUserInNameOrder()
    {
        var before = State(Finding(Mfa, "zed", S.Fail), Finding(Key, "amy", S.Pass));
        var after = State(Finding(Mfa, "zed", S.Pass), Finding(Key, "amy", S.Fail), Finding(Mfa, "amy", S.Fail));
        var info = new TrendSnapshotInfo(Guid.NewGuid(), "1", DateTimeOffset.UnixEpoch, "x", "h", before.Summary);

        var comparison = new TrendComparison(info, info, TrendComparer.Compare(before, after));

        comparison.PerUser.Select(u => (u.UserName, u.Changes.Count)).Should().Equal(("amy", 2), ("zed", 1));
        comparison.Of(TrendChangeKind.Regressed).Should().ContainSingle(c => c.CheckId == Key);
    }

    [Fact]
    public void RemediationTimes_FirstSeenFailingToResolved_PerCheck()
    {
        var t0 = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var snapshots = new[]
        {
            (t0, State(Finding(Mfa, "a", S.Fail), Finding(Mfa, "b", S.Fail), Finding(Key, "c", S.Fail))),
            (t0.AddDays(1), State(Finding(Mfa, "a", S.Fail), Finding(Mfa, "b", S.Accepted), Finding(Key, "c", S.Pass))),
            (t0.AddDays(3), State(Finding(Mfa, "a", S.Pass), Finding(Mfa, "b", S.Accepted))), // c's key is gone: already resolved
        };

        var times = TrendComparer.RemediationTimes(snapshots).ToDictionary(t => t.CheckId);

        times[Mfa].Should().Match<RemediationTime>(t => t.Resolved == 1 && t.Mean == TimeSpan.FromDays(3) && t.StillOpen == 1);
        times[Key].Should().Match<RemediationTime>(t => t.Resolved == 1 && t.Median == TimeSpan.FromDays(1) && t.StillOpen == 0);
    }

    [Fact]
    public void RemediationTimes_ResourceDeleted_CountsAsResolved()
    {
        var t0 = DateTimeOffset.UnixEpoch;
        var times = TrendComparer.RemediationTimes([(t0, State(Finding(Mfa, "a", S.Fail))), (t0.AddHours(5), State())]);
        times.Should().ContainSingle().Which.Longest.Should().Be(TimeSpan.FromHours(5));
    }
}
