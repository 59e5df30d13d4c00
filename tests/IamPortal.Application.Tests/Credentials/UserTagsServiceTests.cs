using IamPortal.Application.Audit;
using IamPortal.Application.Credentials;
using IamPortal.Application.Iam;

namespace IamPortal.Application.Tests.Credentials;

public class UserTagsServiceTests
{
    private static CredentialsHarness Create(params IamTag[] tags)
    {
        var h = new CredentialsHarness();
        var current = tags.ToList();
        h.Iam.Configure().ListUserTagsAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamTag>)current.ToList());
        h.Iam.Configure().TagUserAsync(default!, default!).ReturnsForAnyArgs(a => {
                foreach (var t in (IReadOnlyList<IamTag>)a[1]!) { current.RemoveAll(x => x.Key == t.Key); current.Add(t); }
                return Task.CompletedTask;
            });
        h.Iam.Configure().UntagUserAsync(default!, default!).ReturnsForAnyArgs(a => { _ = current.RemoveAll(x => ((IReadOnlyList<string>)a[1]!).Contains(x.Key)); return Task.CompletedTask; });
        return h;
    }

    [Fact]
    public async Task SetAsync_NewTag_AddsAndReturnsTags()
    {
        var h = Create(new IamTag("Department", "Eng"));

        var result = await h.Tags.SetAsync("alice", "Project", "Apollo");

        result.Value!.Select(t => t.Key).Should().BeEquivalentTo("Department", "Project");
        h.Outcomes("Tags.Add").Should().Equal(AuditOutcomes.Success);
    }

    [Theory]
    [InlineData("aws:owner", "x", CredentialFields.TagKey)]
    [InlineData("bad<key>", "x", CredentialFields.TagKey)]
    [InlineData("Project", "semi;colon", CredentialFields.TagValue)]
    [InlineData("department", "Dup", CredentialFields.TagKey)]
    public async Task SetAsync_BadTag_RefusedAtFieldAndNothingChanged(string key, string value, string field)
    {
        var h = Create(new IamTag("Department", "Eng"));

        var result = await h.Tags.SetAsync("alice", key, value);

        result.Errors.Should().ContainKey(field);
        _ = h.Iam.DidNotReceiveWithAnyArgs().TagUserAsync(default!, default!);
        h.Outcomes("Tags.Add").Should().Equal(AuditOutcomes.Invalid);
    }

    [Fact]
    public async Task SetAsync_FiftyTagsAlready_RefusesTheFiftyFirst()
    {
        var h = Create(Enumerable.Range(1, 50).Select(i => new IamTag($"k{i}", "v")).ToArray());

        var result = await h.Tags.SetAsync("alice", "one-more", "v");

        result.Errors[CredentialFields.TagKey].Should().Contain("at most 50");
    }

    [Fact]
    public async Task SetAsync_RenameRequiredTag_Refused()
    {
        var h = Create(new IamTag("Owner", "a@example.com"));

        var result = await h.Tags.SetAsync("alice", "Maintainer", "a@example.com", originalKey: "Owner");

        result.Errors[CredentialFields.TagKey].Should().Contain("required by the guardrails");
    }

    [Fact]
    public async Task SetAsync_EditValue_ChangesIt()
    {
        var h = Create(new IamTag("Owner", "a@example.com"));

        var result = await h.Tags.SetAsync("alice", "Owner", "b@example.com", originalKey: "Owner");

        result.Value.Should().ContainSingle().Which.Value.Should().Be("b@example.com");
        h.Outcomes("Tags.Edit").Should().Equal(AuditOutcomes.Success);
    }

    [Fact]
    public async Task RemoveAsync_RequiredTag_RefusedAndKept()
    {
        var h = Create(new IamTag("CostCenter", "42"));

        var result = await h.Tags.RemoveAsync("alice", "costcenter");

        result.Errors[CredentialFields.TagKey].Should().Contain("can be changed but not removed");
        _ = h.Iam.DidNotReceiveWithAnyArgs().UntagUserAsync(default!, default!);
    }

    [Fact]
    public async Task RemoveAsync_OptionalTag_Removes()
    {
        var h = Create(new IamTag("Project", "Apollo"), new IamTag("Owner", "a"));

        var result = await h.Tags.RemoveAsync("alice", "Project");

        result.Value!.Select(t => t.Key).Should().Equal("Owner");
        h.Outcomes("Tags.Remove").Should().Equal(AuditOutcomes.Success);
    }
}
