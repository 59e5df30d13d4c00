using Bunit;
using IamPortal.Application.Accounts;
using IamPortal.Application.Inventory;
using IamPortal.Application.Offboarding;
using IamPortal.Application.Operators;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Users;
using IamPortal.Web.Demo;
using IamPortal.Web.Features.Users;
using IamPortal.Web.Tests.Components.Risk;
using IamPortal.Web.Tests.Fakes;
using IamPortal.Web.Tests.Features.Credentials;
using IamPortal.Web.Tests.Features.Offboarding;
using IamPortal.Web.Tests.Features.Reviews;
using IamPortal.Web.Tests.Features.Reports;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using MudBlazor.Services;

namespace IamPortal.Web.Tests;

/// <summary>A bUnit context with MudBlazor, loose JS interop, a fixed clock and fakes of every Application interface the pages use.</summary>
public static class PortalTestContext
{
    public static BunitContext Create(
        FakeUserQueryService? users = null,
        FakeUserDetailService? details = null,
        FakeAccountService? accounts = null,
        FakeInventoryService? inventory = null,
        PortalRuntime? runtime = null,
        Action<IServiceCollection>? configure = null)
    {
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        ctx.Services.AddScoped<UsersGridColumns>();
        ctx.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(TestData.Now));
        ctx.Services.AddSingleton<IUserQueryService>(users ?? new FakeUserQueryService());
        ctx.Services.AddSingleton<IUserDetailService>(details ?? new FakeUserDetailService());
        ctx.Services.AddSingleton<IAccountService>(accounts ?? new FakeAccountService());
        ctx.Services.AddSingleton<IInventoryService>(inventory ?? new FakeInventoryService());
        ctx.Services.AddSingleton<IOperatorContext>(new FakeOperatorContext());
        ctx.Services.AddSingleton<IIdentityRiskService>(new FakeIdentityRiskService());
        ctx.Services.AddCredentialFakes();
        IamPortal.Web.Tests.Features.Findings.FindingsFakesRegistration.AddFindingsFakes(ctx.Services);
        ctx.Services.AddReviewFakes();
        ctx.Services.AddReportFakes();
        IamPortal.Web.Tests.Features.Accounts.TestAccounts.AddAccountFakes(ctx.Services);
        // The user page hosts the lifecycle actions (quarantine status, Quarantine / Offboard).
        ctx.Services.AddSingleton<IQuarantineService>(new FakeLifecycleServices());
        ctx.Services.AddSingleton(runtime ?? new PortalRuntime(PortalMode.Demo, new Uri("http://127.0.0.1:5999")));
        configure?.Invoke(ctx.Services);
        ctx.SetRendererInfo(new RendererInfo("Server", true));
        // Popovers (tooltips, menus) need their provider on the page.
        ctx.Render<MudPopoverProvider>();
        return ctx;
    }
}
