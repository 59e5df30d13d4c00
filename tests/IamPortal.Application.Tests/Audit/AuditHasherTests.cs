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

    /// <summary>Rewrites every entry from <paramref name="from"/> (0-based) onwards with consistent hashes and links.</summary>
    private static void RewriteFrom(List<AuditEntry> chain, int from)
    {
        for (var i = from; i < chain.Count; i++)
        {
            var previous = i == 0 ? AuditHasher.GenesisHash : chain[i - 1].Hash;
            var record = i == from ? chain[i].Record with { Target = "cover-up" } : chain[i].Record;
            chain[i] = chain[i] with { Record = record, PreviousHash = previous, Hash = AuditHasher.Compute(chain[i].Sequence, record, previous) };
        }
    }

    [Fact]
    public async Task Verify_ConsistentRewrite_PassesTheLinksButNotARecordedHead()
    {
        var chain = await ChainAsync(5);
        var recorded = AuditHasher.Verify(chain).Head!;
        recorded.Sequence.Should().Be(5);

        RewriteFrom(chain, 2);

        AuditHasher.Verify(chain).IsIntact.Should().BeTrue("a consistent rewrite keeps every link valid");
        var checkedAgainstHead = AuditHasher.Verify(chain, recorded);
        checkedAgainstHead.IsIntact.Should().BeFalse();
        checkedAgainstHead.FirstBrokenSequence.Should().Be(5);
        checkedAgainstHead.Reason.Should().Contain("rewritten");
    }

    [Fact]
    public async Task Verify_RecordedHeadThenMoreEntries_StillIntact()
    {
        var chain = await ChainAsync(3);
        var recorded = AuditHasher.Verify(chain).Head!;
        var longer = await ChainAsync(6); // same content: the first three entries are identical

        AuditHasher.Verify(longer, recorded).Should().Match<AuditChainVerification>(v => v.IsIntact && v.Head!.Sequence == 6);
    }

    [Fact]
    public async Task Verify_LogCutBeforeTheRecordedHead_IsBroken()
    {
        var recorded = AuditHasher.Verify(await ChainAsync(5)).Head!;

        var result = AuditHasher.Verify(await ChainAsync(3), recorded);

        result.IsIntact.Should().BeFalse();
        result.Reason.Should().Contain("cut short");
    }

    [Theory]
    [InlineData("12:0123456789abcdef0123456789abcdef0123456789abcdef0123456789ABCDEF", true)]
    [InlineData(" 1:0000000000000000000000000000000000000000000000000000000000000000 ", true)]
    [InlineData("0:0000000000000000000000000000000000000000000000000000000000000000", false)]
    [InlineData("12:abc", false)]
    [InlineData("twelve:0000000000000000000000000000000000000000000000000000000000000000", false)]
    [InlineData("", false)]
    public void AuditAnchor_TryParse(string text, bool valid) => AuditAnchor.TryParse(text, out _).Should().Be(valid);

    [Theory]
    [InlineData("Password", true)]
    [InlineData("NewPassword", true)]
    [InlineData("SecretAccessKey", true)]
    [InlineData("AuthenticationCode1", true)]
    [InlineData("Base32StringSeed", true)]
    [InlineData("PrivateKey", true)]
    [InlineData("QRCodePng", true)]
    [InlineData("SessionToken", true)]
    [InlineData("UserName", false)]
    [InlineData("AccessKeyId", false)]
    [InlineData("PasswordResetRequired", false)]
    [InlineData("PasswordChoice", false)]
    [InlineData("ServiceSpecificCredentialId", false)]
    public void IsSecret_KnownParameterNames(string name, bool secret) => SecretScrubber.IsSecret(name).Should().Be(secret);

    [Fact]
    public void ToJson_RemovesSecretValues()
    {
        var json = SecretScrubber.ToJson(new Dictionary<string, object?> { ["UserName"] = "ann", ["Password"] = "Hunter2!Hunter2!" });

        json.Should().Contain("ann").And.NotContain("Hunter2").And.Contain(SecretScrubber.Redacted);
    }

    [Fact]
    public void ToJson_PasswordResetRequired_KeptAsEvidence()
    {
        var json = SecretScrubber.ToJson(new Dictionary<string, object?> { ["PasswordResetRequired"] = true, ["Password"] = "Hunter2!Hunter2!" });

        json.Should().Be("{\"Password\":\"[redacted]\",\"PasswordResetRequired\":true}");
    }

    [Fact]
    public async Task Verify_AccountIdChanged_NamesTheEntry()
    {
        var chain = await ChainAsync(3);
        chain[1] = chain[1] with { Record = chain[1].Record with { AccountId = "999999999999" } };

        AuditHasher.Verify(chain).FirstBrokenSequence.Should().Be(2, "the account id is part of every entry's hash");
    }

    [Fact]
    public void Compute_RecordAsWrittenSinceTheFirstEntry_KeepsItsHash()
    {
        var record = new AuditRecord(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero), "sub", "Ann", null, "Oidc", "SecurityAdmin",
            "123456789012", "Users.Create", "alice", "{}", AuditOutcomes.Success, null, "c1");

        AuditHasher.Compute(1, record, AuditHasher.GenesisHash).Should().Be(PinnedHash, "entries already stored must keep verifying");
    }

    // SHA-256 of "1␟2026-11-28T10:00:00.0000000Z␟sub␟Ann␟␟Oidc␟SecurityAdmin␟123456789012␟Users.Create␟alice␟{}␟Success␟␟c1␟" + genesis
    // (␟ = U+001F), computed outside .NET: the formula every stored entry was hashed with, account id included.
    private const string PinnedHash = "0b3ea0662cd145df638c53b30d97be86b31001c5b1644f0d28aca98863d9236f";
}
