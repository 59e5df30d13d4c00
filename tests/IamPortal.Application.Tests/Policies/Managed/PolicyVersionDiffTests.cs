using IamPortal.Application.Policies.Managed;

namespace IamPortal.Application.Tests.Policies.Managed;

public class PolicyVersionDiffTests
{
    [Fact]
    public void Compute_OneActionChanged_MarksThatLineOnBothSidesOnly()
    {
        const string old = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}""";
        const string changed = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}""";

        var diff = PolicyVersionDiff.Compute("v1", old, "v2", changed);

        diff.Old.Where(l => l.Kind != DiffLineKind.Unchanged).Select(l => l.Text.Trim()).Should().Equal("\"Action\": \"s3:GetObject\",");
        diff.New.Where(l => l.Kind != DiffLineKind.Unchanged).Select(l => l.Text.Trim()).Should().Equal("\"Action\": \"s3:*\",");
        diff.Changes.Should().Be(1);
    }

    [Fact]
    public void Pretty_MinifiedDocument_IndentedWithoutEscapingIamCharacters()
    {
        var pretty = PolicyDocumentFormat.Pretty("""{"Condition":{"StringLike":{"aws:userid":"AIDA*:${aws:username}"}}}""");

        pretty.Should().Contain("\n").And.Contain("\"AIDA*:${aws:username}\"");
    }
}
