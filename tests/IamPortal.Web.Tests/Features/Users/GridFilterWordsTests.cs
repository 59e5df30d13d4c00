using IamPortal.Application.Inventory;
using IamPortal.Web.Features.Users;
using MudBlazor;
using IamPortal.Application.Users;

namespace IamPortal.Web.Tests.Features.Users;

public sealed class GridFilterWordsTests
{
    [Theory]
    [InlineData(FilterOperator.String.Contains, ColumnFilterOperator.Contains)]
    [InlineData(FilterOperator.String.Equal, ColumnFilterOperator.Equal)]
    [InlineData(FilterOperator.String.NotEmpty, ColumnFilterOperator.IsNotEmpty)]
    [InlineData(FilterOperator.Number.GreaterThan, ColumnFilterOperator.GreaterThan)]
    [InlineData(FilterOperator.Number.NotEqual, ColumnFilterOperator.NotEqual)]
    [InlineData(FilterOperator.DateTime.Before, ColumnFilterOperator.LessThan)]
    [InlineData(FilterOperator.DateTime.OnOrAfter, ColumnFilterOperator.GreaterThanOrEqual)]
    [InlineData(FilterOperator.DateTime.Empty, ColumnFilterOperator.IsEmpty)]
    [InlineData(FilterOperator.Boolean.Is, ColumnFilterOperator.Equal)]
    public void ToOperator_MudBlazorWord_MapsToTheApplicationsOperator(string word, ColumnFilterOperator expected) =>
        GridFilterWords.ToOperator(word).Should().Be(expected);

    [Fact]
    public void ToOperator_UnknownWord_IsRefusedWithIt()
    {
        var act = () => GridFilterWords.ToOperator("sounds like");

        act.Should().Throw<ArgumentException>().WithMessage("*sounds like*");
    }

    [Fact]
    public void ToValue_PickerDate_IsThatUtcDay()
    {
        var value = GridFilterWords.ToValue(new DateTime(2026, 10, 1));

        value.Should().Be(FilterValue.Date(new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void ToValue_GridValues_AreTyped()
    {
        GridFilterWords.ToValue(90).Should().Be(FilterValue.Number(90));
        GridFilterWords.ToValue(false).Should().Be(FilterValue.Boolean(false));
        GridFilterWords.ToValue("fin").Should().Be(FilterValue.Text("fin"));
        GridFilterWords.ToValue("").Should().BeNull("an empty box is no value yet");
    }

    [Theory]
    [InlineData(FilterOperator.String.Empty, true)]
    [InlineData(FilterOperator.DateTime.NotEmpty, true)]
    [InlineData(FilterOperator.String.Contains, false)]
    [InlineData(null, false)]
    public void IsValueless_OnlyTheEmptinessWords(string? word, bool expected) =>
        UserGridQuery.IsValueless(word).Should().Be(expected);
}
