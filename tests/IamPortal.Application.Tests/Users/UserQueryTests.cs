using System.Globalization;
using IamPortal.Application.Inventory;
using IamPortal.Application.Tests.Fakes;
using IamPortal.Application.Users;

namespace IamPortal.Application.Tests.Users;

public class UserQueryTests
{
    private static readonly IReadOnlyList<UserInventoryRow> Users =
    [
        Sample.Row("alice", Sample.Now.AddDays(-2), mfa: true, keyAge: 10, groups: "admins, devs"),
        Sample.Row("Bob", Sample.Now.AddDays(-200), mfa: false, keyAge: 400, groups: "finance"),
        Sample.Row("carol", null, mfa: false, groups: "devs"),
        Sample.Row("dave", Sample.Now.AddDays(-50), mfa: true, keyAge: 95),
    ];

    [Fact]
    public void Apply_SearchMatchesNameGroupsCaseInsensitively()
    {
        UserQueryService.Apply(Users, new UserQuery { Search = "DEVS" }).Select(u => u.UserName)
            .Should().Equal("alice", "carol");
    }

    [Theory]
    [InlineData("MfaActive", ColumnFilterOperator.Equal, false, "Bob,carol")]
    [InlineData("ActiveKeyAgeDays", ColumnFilterOperator.GreaterThan, 90, "Bob,dave")]
    [InlineData("LastActivity", ColumnFilterOperator.LessThan, "date:2026-10-01", "Bob")]
    [InlineData("LastActivity", ColumnFilterOperator.IsEmpty, null, "carol")]
    [InlineData("GroupsText", ColumnFilterOperator.Contains, "fin", "Bob")]
    [InlineData("UserName", ColumnFilterOperator.StartsWith, "b", "Bob")]
    public void Apply_ColumnFilter_KeepsMatchingRows(string column, ColumnFilterOperator op, object? value, string expected)
    {
        var rows = UserQueryService.Apply(Users, new UserQuery { Filters = [new ColumnFilter(column, op, Typed(value))] });

        string.Join(",", rows.Select(r => r.UserName)).Should().Be(expected);
    }

    /// <summary>Attribute arguments are constants: a date travels as "date:yyyy-MM-dd" (UTC).</summary>
    private static FilterValue? Typed(object? value) => value switch
    {
        null => null,
        bool b => FilterValue.Boolean(b),
        int n => FilterValue.Number(n),
        string s when s.StartsWith("date:", StringComparison.Ordinal) =>
            FilterValue.Date(DateTimeOffset.ParseExact(s[5..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)),
        string s => FilterValue.Text(s),
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    [Fact]
    public void Apply_SortDescendingByKeyAge_PutsNullsLast()
    {
        var rows = UserQueryService.Apply(Users, new UserQuery { Sort = [new SortSpec("ActiveKeyAgeDays", Descending: true)] });

        rows.Select(r => r.UserName).Should().Equal("Bob", "dave", "alice", "carol");
    }

    [Fact]
    public void Apply_UnknownColumn_IsRefusedWithItsName()
    {
        var act = () => UserQueryService.Apply(Users, new UserQuery { Filters = [new ColumnFilter("Secret", ColumnFilterOperator.Equal, FilterValue.Text("x"))] });

        act.Should().Throw<ArgumentException>().WithMessage("*Secret*");
    }

    [Fact]
    public void Apply_OperatorNotForColumnType_IsRefused()
    {
        var act = () => UserQueryService.Apply(Users, new UserQuery { Filters = [new ColumnFilter("MfaActive", ColumnFilterOperator.GreaterThan, FilterValue.Boolean(true))] });

        act.Should().Throw<ArgumentException>().WithMessage("*MFA*");
    }

    [Fact]
    public void Write_Csv_HasHeaderAllRowsAndNeutralisedFormulas()
    {
        // "=1+2" is a valid IAM user name ([\w+=,.@-]+) that a spreadsheet would evaluate.
        var csv = UserCsvExporter.Write([.. Users, Sample.Row("=1+2")]);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        lines.Should().HaveCount(6);
        lines[0].Should().StartWith("User name,Path,Groups,Last activity,MFA");
        lines[1].Should().Contain("alice").And.Contain("\"admins, devs\"");
        lines[5].Should().StartWith("'=1+2,");
    }
}
