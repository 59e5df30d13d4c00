using IamPortal.Application.Policies.Catalog;

namespace IamPortal.Application.Tests.Policies.Catalog;

public class WildcardMatchTests
{
    [Theory]
    [InlineData("Get*", "GetObject", true)]
    [InlineData("*Policy*", "PutUserPolicy", true)]
    [InlineData("*Policy", "PutUserPolicy", true)]
    [InlineData("*Policy", "PolicyVersion", false)]
    [InlineData("Get?bject", "getobject", true)]
    [InlineData("Get?", "Get", false)]
    [InlineData("*", "", true)]
    [InlineData("a*b*c", "aXbYbc", true)]
    [InlineData("a*b*c", "aXbY", false)]
    public void IsMatch_Pattern_MatchesAsIamDoes(string pattern, string text, bool expected)
    {
        WildcardMatch.IsMatch(pattern, text).Should().Be(expected);
    }
}
