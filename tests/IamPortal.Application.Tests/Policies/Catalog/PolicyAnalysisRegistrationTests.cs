using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Policies.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Application.Tests.Policies.Catalog;

public class PolicyAnalysisRegistrationTests
{
    [Fact]
    public void AddPolicyAnalysis_RegistersTheCatalogueAnalyzerAndSummarizerAsSingletons()
    {
        var services = new ServiceCollection().AddPolicyAnalysis();

        foreach (var contract in new[] { typeof(IActionCatalog), typeof(IRiskAnalyzer), typeof(IPolicySummarizer) })
            services.Should().ContainSingle(d => d.ServiceType == contract).Which.Lifetime.Should().Be(ServiceLifetime.Singleton);
        services.Single(d => d.ServiceType == typeof(IRiskAnalyzer)).ImplementationType.Should().Be(typeof(IamPortal.Application.Policies.Risk.RiskAnalyzer));
        services.Single(d => d.ServiceType == typeof(IPolicySummarizer)).ImplementationType.Should().Be(typeof(IamPortal.Application.Policies.Risk.PolicySummarizer));
    }
}
