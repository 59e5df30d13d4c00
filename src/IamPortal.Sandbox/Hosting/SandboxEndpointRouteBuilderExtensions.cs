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
    /// other path, the signed IAM / STS Query API. Needs <c>services.AddIamSandbox(...)</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapIamSandbox(this IEndpointRouteBuilder endpoints)
    {
        AdminEndpoints.Map(endpoints, endpoints.ServiceProvider.GetRequiredService<ISandboxControl>());
        endpoints.Map("/_sandbox/{**rest}", (HttpContext http) => { http.Response.StatusCode = 404; });
        endpoints.Map("/{**path}", endpoints.ServiceProvider.GetRequiredService<RequestPipeline>().HandleAsync);
        return endpoints;
    }
}
