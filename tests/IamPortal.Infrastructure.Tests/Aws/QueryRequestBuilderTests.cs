using IamPortal.Infrastructure.Aws;

namespace IamPortal.Infrastructure.Tests.Aws;

public sealed class QueryRequestBuilderTests
{
    [Fact]
    public void ToFormBody_ActionOnly_HasActionAndVersion()
    {
        new QueryRequestBuilder("ListUsers").ToFormBody().Should().Be("Action=ListUsers&Version=2010-05-08");
    }

    [Fact]
    public void ToFormBody_NullParameters_AreLeftOut()
    {
        var body = new QueryRequestBuilder("UpdateUser").Add("UserName", "alice").Add("NewPath", (string?)null).Add("X", (bool?)null).ToFormBody();

        body.Should().Be("Action=UpdateUser&Version=2010-05-08&UserName=alice");
    }

    [Fact]
    public void AddTags_TwoTags_UsesMemberIndexFromOne()
    {
        var body = new QueryRequestBuilder("TagUser").AddTags("Tags", [("team", "core"), ("cost center", "a/b")]).ToFormBody();

        body.Should().Be("Action=TagUser&Version=2010-05-08&Tags.member.1.Key=team&Tags.member.1.Value=core"
            + "&Tags.member.2.Key=cost%20center&Tags.member.2.Value=a%2Fb");
    }

    [Fact]
    public void AddList_TagKeysAndFilters_UsesMemberEncoding()
    {
        var body = new QueryRequestBuilder("X").AddList("TagKeys", ["a", "b"]).AddList("Filter", ["User"]).ToFormBody();

        body.Should().EndWith("&TagKeys.member.1=a&TagKeys.member.2=b&Filter.member.1=User");
    }

    [Theory]
    [InlineData("a b", "a%20b")]
    [InlineData("a+b", "a%2Bb")]
    [InlineData("{\"k\":\"v\"}", "%7B%22k%22%3A%22v%22%7D")]
    [InlineData("-_.~", "-_.~")]
    [InlineData("café", "caf%C3%A9")]
    [InlineData("line\nbreak", "line%0Abreak")]
    public void Encode_Value_IsRfc3986(string raw, string encoded)
    {
        QueryRequestBuilder.Encode(raw).Should().Be(encoded);
    }

    [Fact]
    public void Add_Booleans_AreLowerCase()
    {
        new QueryRequestBuilder("X").Add("A", true).Add("B", false).ToFormBody().Should().EndWith("&A=true&B=false");
    }

    [Fact]
    public void WithPage_CalledTwice_ReplacesMaxItemsAndMarker()
    {
        var first = new QueryRequestBuilder("ListUsers").Add("PathPrefix", "/x/").WithPage(7, null);
        var second = first.WithPage(7, "m+1");

        first.ToFormBody().Should().Be("Action=ListUsers&Version=2010-05-08&PathPrefix=%2Fx%2F&MaxItems=7");
        second.ToFormBody().Should().Be("Action=ListUsers&Version=2010-05-08&PathPrefix=%2Fx%2F&MaxItems=7&Marker=m%2B1");
    }
}
