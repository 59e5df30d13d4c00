using IamPortal.Application.Audit;
using IamPortal.Application.Guardrails;
using IamPortal.Application.Operators;
using IamPortal.Application.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace IamPortal.Application.Tests.Guardrails;

public class GuardrailsServiceTests
{
    private sealed class MemoryGuardrails : IGuardrailsStore
    {
        public Application.Guardrails.Guardrails Value { get; set; } = new();
        public Task<Application.Guardrails.Guardrails> GetAsync(CancellationToken ct = default) => Task.FromResult(Value);
        public Task SaveAsync(Application.Guardrails.Guardrails g, CancellationToken ct = default) { Value = g; return Task.CompletedTask; }
    }

    private static (GuardrailsService Service, MemoryGuardrails Store, MemoryAuditLog Log) Create(PortalRole role)
    {
        var op = new FakeOperator(role);
        var log = new MemoryAuditLog();
        var store = new MemoryGuardrails();
        return (new GuardrailsService(store, op, new AuditedOperations(op, log, new FakeAccounts(), new FakeTimeProvider(Sample.Now))), store, log);
    }

    [Fact]
    public async Task SaveAsync_BadValues_RefusedAtTheFieldAndNothingSaved()
    {
        var (service, store, log) = Create(PortalRole.SecurityAdmin);

        var errors = await service.SaveAsync(new Application.Guardrails.Guardrails { UserNamePattern = "([", AccessKeyMaxAgeDays = 0, DefaultPath = "nope" });

        errors.Keys.Should().BeEquivalentTo("UserNamePattern", "AccessKeyMaxAgeDays", "DefaultPath");
        store.Value.Should().BeEquivalentTo(new Application.Guardrails.Guardrails());
        log.Entries.Single().Record.Outcome.Should().Be(AuditOutcomes.Invalid);
    }

    [Fact]
    public async Task SaveAsync_Admin_SavesAndAudits()
    {
        var (service, store, log) = Create(PortalRole.SecurityAdmin);

        var errors = await service.SaveAsync(new Application.Guardrails.Guardrails { AccessKeyMaxAgeDays = 60 });

        errors.Should().BeEmpty();
        store.Value.AccessKeyMaxAgeDays.Should().Be(60);
        log.Entries.Single().Record.Action.Should().Be("Settings.UpdateGuardrails");
    }

    [Fact]
    public async Task SaveAsync_Auditor_IsRefusedAndAudited()
    {
        var (service, _, log) = Create(PortalRole.Auditor);

        var act = () => service.SaveAsync(new Application.Guardrails.Guardrails());

        await act.Should().ThrowAsync<PortalAccessDeniedException>();
        log.Entries.Single().Record.Outcome.Should().Be(AuditOutcomes.Denied);
    }
}
