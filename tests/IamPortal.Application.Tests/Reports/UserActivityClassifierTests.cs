using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Reports;
using IamPortal.Application.Tests.Fakes;

namespace IamPortal.Application.Tests.Reports;

public class UserActivityClassifierTests
{
    private static readonly DateTimeOffset Now = Sample.Now;

    private static UserInventoryRow User(DateTimeOffset? passwordUsed = null, AccessKeySlot? key1 = null, AccessKeySlot? key2 = null,
        bool password = false, DateTimeOffset? created = null, DateTimeOffset? passwordChanged = null) =>
        Sample.Row("u") with
        {
            CreateDate = created ?? Now.AddDays(-400), PasswordEnabled = password, PasswordLastUsed = passwordUsed,
            PasswordLastChanged = passwordChanged, AccessKey1 = key1, AccessKey2 = key2,
            ActiveKeyCount = new[] { key1, key2 }.Count(k => k?.Active == true),
        };

    private static AccessKeySlot Key(bool active, int rotatedDaysAgo, int? usedDaysAgo) =>
        new(active, Now.AddDays(-rotatedDaysAgo), usedDaysAgo is { } d ? Now.AddDays(-d) : null, null, null);

    [Theory]
    [InlineData(0, ActivityBucket.UpTo30)]
    [InlineData(30, ActivityBucket.UpTo30)]
    [InlineData(31, ActivityBucket.From30To45)]
    [InlineData(45, ActivityBucket.From30To45)]
    [InlineData(46, ActivityBucket.From45To90)]
    [InlineData(90, ActivityBucket.From45To90)]
    [InlineData(91, ActivityBucket.Over90)]
    [InlineData(2000, ActivityBucket.Over90)]
    public void Classify_DaysSinceLastUse_FallsInBucket(int days, ActivityBucket expected)
    {
        var activity = UserActivityClassifier.Classify(User(passwordUsed: Now.AddDays(-days), password: true), Now, ActivityThresholds.Default);

        activity.Bucket.Should().Be(expected);
        activity.DaysIdle.Should().Be(days);
        activity.IsInactive.Should().Be(days > 45);
    }

    [Fact]
    public void Classify_LastActivity_IsLatestOfPasswordAndBothKeys()
    {
        var user = User(passwordUsed: Now.AddDays(-80), key1: Key(true, 200, 60), key2: Key(true, 10, 5), password: true);

        var activity = UserActivityClassifier.Classify(user, Now, ActivityThresholds.Default);

        activity.LastActivity.Should().Be(Now.AddDays(-5));
        activity.Bucket.Should().Be(ActivityBucket.UpTo30);
    }

    [Fact]
    public void Classify_NeverUsedOldUser_IsNeverUsedAndInactive()
    {
        var user = User(password: true, created: Now.AddDays(-200), passwordChanged: Now.AddDays(-100), key1: Key(true, 60, null));

        var activity = UserActivityClassifier.Classify(user, Now, ActivityThresholds.Default);

        activity.Bucket.Should().Be(ActivityBucket.NeverUsed);
        activity.LastActivity.Should().BeNull();
        activity.JudgedSince.Should().Be(Now.AddDays(-60), "the latest of creation, password change and key rotation");
        activity.DaysIdle.Should().Be(60);
        activity.IsInactive.Should().BeTrue("a never-used console user is not fine");
    }

    [Fact]
    public void Classify_NeverUsedRecentlyRotatedKey_IsNeverUsedButNotYetInactive()
    {
        var user = User(created: Now.AddDays(-300), key1: Key(true, 10, null));

        var activity = UserActivityClassifier.Classify(user, Now, ActivityThresholds.Default);

        activity.Bucket.Should().Be(ActivityBucket.NeverUsed);
        activity.IsInactive.Should().BeFalse("the key was issued 10 days ago, within the 45-day threshold");
    }

    [Fact]
    public void Classify_ThresholdFromGuardrails_MovesInactiveLine()
    {
        var thresholds = ActivityThresholds.From(new Application.Guardrails.Guardrails { InactivityThresholdDays = 60 });
        var user = User(passwordUsed: Now.AddDays(-50), password: true);

        var activity = UserActivityClassifier.Classify(user, Now, thresholds);

        activity.Bucket.Should().Be(ActivityBucket.From30To45, "the middle bucket ends at the guardrails' threshold (60 days)");
        activity.IsInactive.Should().BeFalse();
    }

    [Theory]
    [InlineData(true, true, AccessType.Both)]
    [InlineData(true, false, AccessType.ConsoleOnly)]
    [InlineData(false, true, AccessType.KeysOnly)]
    [InlineData(false, false, AccessType.None)]
    public void AccessOf_PasswordAndActiveKeys_GivesAccessType(bool password, bool activeKey, AccessType expected) =>
        UserActivityClassifier.AccessOf(User(password: password, key1: Key(activeKey, 10, 1))).Should().Be(expected);

    [Fact]
    public void AccessOf_OnlyInactiveKey_IsNotKeyAccess() =>
        UserActivityClassifier.AccessOf(User(password: true, key1: Key(false, 10, 1), key2: Key(false, 5, null))).Should().Be(AccessType.ConsoleOnly);

    [Theory]
    [InlineData(0.5, KeyAgeBucket.Under24Hours)]
    [InlineData(1, KeyAgeBucket.From1To30Days)]
    [InlineData(30, KeyAgeBucket.From1To30Days)]
    [InlineData(31, KeyAgeBucket.From30To90Days)]
    [InlineData(90, KeyAgeBucket.From30To90Days)]
    [InlineData(91, KeyAgeBucket.From90To365Days)]
    [InlineData(365, KeyAgeBucket.From90To365Days)]
    [InlineData(366, KeyAgeBucket.OverOneYear)]
    public void AgeBucketOf_Age_FallsInSteampipeBucket(double days, KeyAgeBucket expected) =>
        UserActivityClassifier.AgeBucketOf(Now.AddDays(-days), Now).Should().Be(expected);
}

public class HygieneSummaryCalculatorTests
{
    private static readonly DateTimeOffset Now = Sample.Now;

    [Fact]
    public void Compute_MixedUsers_CountsEveryCard()
    {
        var active = Sample.Row("alice", mfa: true) with
        {
            PasswordEnabled = true, PasswordLastUsed = Now.AddDays(-2), PasswordLastChanged = Now.AddDays(-400), Path = "/eng/",
            Tags = [new IamTag("Department", "Engineering")], PermissionsBoundaryArn = "arn:aws:iam::1:policy/b",
        };
        var stale = Sample.Row("bob") with
        {
            AccessKey1 = new AccessKeySlot(true, Now.AddDays(-120), Now.AddDays(-100), "s3", "us-east-1"), ActiveKeyCount = 1,
            AttachedPolicies = [new IamAttachedPolicy("ReadOnly", "arn:aws:iam::aws:policy/ReadOnlyAccess")],
        };
        var never = Sample.Row("carol") with { PasswordEnabled = true, PasswordLastChanged = Now.AddDays(-60), InlinePolicyCount = 1 };
        var risk = new Dictionary<string, Application.Policies.Analysis.RiskSeverity> { ["bob"] = Application.Policies.Analysis.RiskSeverity.Critical };

        var s = HygieneSummaryCalculator.Compute([active, stale, never], Now.AddHours(-1), Now, ActivityThresholds.Default, 90, risk);

        s.Users.Should().Be(3);
        s.UsersWithMfa.Should().Be(1);
        s.ConsoleUsers.Should().Be(2);
        s.ConsoleUsersWithoutMfa.Should().Be(1);
        s.ConsoleMfaCoveragePercent.Should().Be(50);
        s.ActiveKeys.Should().Be(1);
        s.KeysOverMaxAge.Should().Be(1);
        s.KeysByAge[KeyAgeBucket.From90To365Days].Should().Be(1);
        s.PasswordsByAge[KeyAgeBucket.OverOneYear].Should().Be(1);
        s.PasswordsByAge[KeyAgeBucket.From30To90Days].Should().Be(1);
        s.ByBucket[ActivityBucket.UpTo30].Should().Be(1);
        s.ByBucket[ActivityBucket.Over90].Should().Be(1);
        s.ByBucket[ActivityBucket.NeverUsed].Should().Be(1);
        s.ByBucketAndAccess[(ActivityBucket.Over90, AccessType.KeysOnly)].Should().Be(1);
        s.ByAccessType[AccessType.ConsoleOnly].Should().Be(2);
        s.InactiveUsers.Should().Be(2, "bob is idle 100 days and carol never signed in since her password was set 60 days ago");
        s.UsersWithDirectPolicies.Should().Be(1);
        s.UsersWithInlinePolicies.Should().Be(1);
        s.AdminEquivalentUsers.Should().Be(1);
        s.UsersWithoutBoundary.Should().Be(2);
        s.ByPath.Should().Contain("/eng/", 1).And.Contain("/", 2);
        s.ByDepartment.Should().Contain("Engineering", 1).And.Contain(HygieneSummaryCalculator.NoDepartment, 2);
    }

    [Fact]
    public void Compute_WithoutRisk_LeavesAdminCountUnknown() =>
        HygieneSummaryCalculator.Compute([Sample.Row("a")], null, Now, ActivityThresholds.Default).AdminEquivalentUsers.Should().BeNull();
}
