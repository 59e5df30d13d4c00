using IamPortal.Sandbox.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Sandbox;

public static class SandboxEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the unsigned <c>/_sandbox/*</c> admin endpoints (health, stats, faults, fail-next, reset) and, for every
    /// other path, the signed IAM / STS Query API, or the Organizations JSON 1.1 API for requests whose
    /// <c>X-Amz-Target</c> names it. Needs <c>services.AddIamSandbox(...)</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapIamSandbox(this IEndpointRouteBuilder endpoints)
    {
        AdminEndpoints.Map(endpoints, endpoints.ServiceProvider.GetRequiredService<ISandboxControl>());
        endpoints.Map("/_sandbox/{**rest}", (HttpContext http) => { http.Response.StatusCode = 404; });
        var query = endpoints.ServiceProvider.GetRequiredService<RequestPipeline>();
        var organizations = endpoints.ServiceProvider.GetRequiredService<OrganizationsPipeline>();
        endpoints.Map("/{**path}", (HttpContext http) => OrganizationsPipeline.Targets(http.Request)
            ? organizations.HandleAsync(http)
            : query.HandleAsync(http));
        return endpoints;
    }
}
