using IamPortal.Application.Audit;
using IamPortal.Application.Tests.Fakes;

namespace IamPortal.Application.Tests.Audit;

public class AuditHasherTests
{
    private static async Task<List<AuditEntry>> ChainAsync(int count)
    {
        var log = new MemoryAuditLog();
        for (var i = 0; i < count; i++)
            await log.AppendAsync(new AuditRecord(Sample.Now.AddMinutes(i), "sub", "Ann", null, "Oidc", "SecurityAdmin", "123456789012",
                "Users.DeleteAccessKey", $"user{i}", "{}", AuditOutcomes.Success, null, $"c{i}"));
        return log.Entries;
    }

    [Fact]
    public async Task Verify_UntouchedChain_IsIntact()
    {
        var result = AuditHasher.Verify(await ChainAsync(5));

        result.IsIntact.Should().BeTrue();
        result.EntriesChecked.Should().Be(5);
    }

    [Fact]
    public async Task Verify_EditedEntry_NamesIt()
    {
        var chain = await ChainAsync(5);
        chain[2] = chain[2] with { Record = chain[2].Record with { Outcome = "AccessDenied" } };

        var result = AuditHasher.Verify(chain);

        result.IsIntact.Should().BeFalse();
        result.FirstBrokenSequence.Should().Be(3);
        result.Reason.Should().Contain("edited");
    }

    [Fact]
    public async Task Verify_DeletedEntry_NamesTheEntryAfterTheGap()
    {
        var chain = await ChainAsync(5);
        chain.RemoveAt(1);

        var result = AuditHasher.Verify(chain);

        result.IsIntact.Should().BeFalse();
        result.FirstBrokenSequence.Should().Be(3);
        result.Reason.Should().Contain("missing");
    }

    [Fact]
    public async Task Verify_EditedAndRehashedEntry_IsCaughtByNextLink()
    {
        // An attacker who edits an entry and recomputes its hash still breaks the next entry's link.
        var chain = await ChainAsync(4);
        var edited = chain[1].Record with { Target = "someone-else" };
        chain[1] = chain[1] with { Record = edited, Hash = AuditHasher.Compute(2, edited, chain[1].PreviousHash) };

        var result = AuditHasher.Verify(chain);

        result.FirstBrokenSequence.Should().Be(3);
    }

    [Theory]
    [InlineData("Password", true)]
    [InlineData("NewPassword", true)]
    [InlineData("SecretAccessKey", true)]
    [InlineData("AuthenticationCode1", true)]
    [InlineData("Base32StringSeed", true)]
    [InlineData("UserName", false)]
    [InlineData("AccessKeyId", false)]
    public void IsSecret_KnownParameterNames(string name, bool secret) => SecretScrubber.IsSecret(name).Should().Be(secret);

    [Fact]
    public void ToJson_RemovesSecretValues()
    {
        var json = SecretScrubber.ToJson(new Dictionary<string, object?> { ["UserName"] = "ann", ["Password"] = "Hunter2!Hunter2!" });

        json.Should().Contain("ann").And.NotContain("Hunter2").And.Contain(SecretScrubber.Redacted);
    }
}
