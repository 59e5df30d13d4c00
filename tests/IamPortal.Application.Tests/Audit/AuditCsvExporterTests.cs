using IamPortal.Application.Audit;
using IamPortal.Application.Tests.Fakes;

namespace IamPortal.Application.Tests.Audit;

public class AuditCsvExporterTests
{
    [Fact]
    public async Task Write_Entry_HasAnAccountColumnWithTheAccountId()
    {
        var log = new MemoryAuditLog();
        var entry = await log.AppendAsync(new AuditRecord(Sample.Now, "sub", "Ann", null, "Oidc", "SecurityAdmin", "111122223333",
            "Users.Create", "alice", "{}", AuditOutcomes.Success, null, "c1"));

        var lines = AuditCsvExporter.Write([entry]).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        var headers = lines[0].Split(',');
        var account = Array.IndexOf(headers, "Account");
        account.Should().BeGreaterThan(0);
        lines[1].Split(',')[account].Should().Be("111122223333");
    }
}
