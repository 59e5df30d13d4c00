using IamPortal.Application.Trends;
using static IamPortal.Application.Tests.Trends.TrendSamples;
using S = IamPortal.Application.Trends.TrendFindingStatus;

namespace IamPortal.Application.Tests.Trends;

public sealed class TrendCodecTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 12, 0, 0, TimeSpan.FromHours(2));

    private static TrendDocument Doc(TrendState s, DateTimeOffset at) => new(TrendCodec.Schema, "123456789012", at, "auditor", s.Summary, s.Findings);

    [Fact]
    public void Sha256_SameStateInAnotherOrderAndOffset_SameHash()
    {
        var a = State(Finding("c1", "bob", S.Fail), Finding("c1", "amy", S.Pass), Finding("c0", "bob", S.Fail, "High"));
        var b = State(Finding("c0", "bob", S.Fail, "High"), Finding("c1", "amy", S.Pass), Finding("c1", "bob", S.Fail));

        var hashA = TrendCodec.Sha256(TrendCodec.Canonical(Doc(a, At)));
        var hashB = TrendCodec.Sha256(TrendCodec.Canonical(Doc(b, At.ToUniversalTime())));

        hashA.Should().Be(hashB).And.HaveLength(64);
    }

    [Fact]
    public void Sha256_OneStatusChanged_DifferentHash()
    {
        var a = TrendCodec.Canonical(Doc(State(Finding("c1", "amy", S.Fail)), At));
        var b = TrendCodec.Canonical(Doc(State(Finding("c1", "amy", S.Accepted)), At));
        TrendCodec.Sha256(a).Should().NotBe(TrendCodec.Sha256(b));
    }

    [Fact]
    public void Canonical_CompressedAndParsed_RoundTripsToSameBytes()
    {
        var canonical = TrendCodec.Canonical(Doc(State(Finding("c1", "amy", S.Fail, "High")), At));

        var restored = TrendCodec.Decompress(TrendCodec.Compress(canonical));
        var parsed = TrendCodec.Parse(restored);

        restored.Should().Equal(canonical);
        TrendCodec.Canonical(parsed).Should().Equal(canonical);
        parsed.Findings.Should().ContainSingle().Which.Status.Should().Be(S.Fail);
        parsed.Summary.FailingBySeverity.Should().ContainKey("High");
    }
}
