using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IamPortal.Sandbox.Hosting;

/// <summary>
/// JSON control endpoints under /_sandbox/. They are deliberately NOT signed: the sandbox is a local test and
/// demo tool and these endpoints exist so tests and benchmarks can steer it over HTTP.
/// </summary>
internal static class AdminEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record FailNextRequest(string Action, string Code, int Times = 1);

    private sealed record FailAlwaysRequest(string Code, int? Status = null);

    private sealed record ResetRequest(int Users = 300, int Seed = 42);

    public static void Map(IEndpointRouteBuilder app, ISandboxControl control)
    {
        app.MapGet("/_sandbox/health", (HttpContext http) => Write(http, new { status = "ok" }));
        app.MapGet("/_sandbox/stats", (HttpContext http) =>
            Write(http, new { total = control.TotalRequests, actions = control.RequestCounts }));
        app.MapPost("/_sandbox/stats/reset", (HttpContext http) =>
        {
            control.ResetCounters();
            return Write(http, new { total = control.TotalRequests });
        });
        app.MapGet("/_sandbox/faults", (HttpContext http) => Write(http, control.Faults));
        app.MapPut("/_sandbox/faults", async (HttpContext http) =>
        {
            var faults = await Read<SandboxFaults>(http);
            if (faults is null) return;
            await ApplyAsync(http, () => control.Faults = faults, () => control.Faults);
        });
        app.MapPost("/_sandbox/fail-next", async (HttpContext http) =>
        {
            var req = await Read<FailNextRequest>(http);
            if (req is null) return;
            if (string.IsNullOrWhiteSpace(req.Action) || string.IsNullOrWhiteSpace(req.Code) || req.Times < 1)
            {
                await BadRequest(http, "action, code and times >= 1 are required.");
                return;
            }
            control.FailNext(req.Action, req.Code, req.Times);
            await Write(http, req);
        });
        app.MapGet("/_sandbox/fail-always", (HttpContext http) => Write(http, control.FailingActions));
        app.MapPut("/_sandbox/fail-always/{action}", async (HttpContext http, string action) =>
        {
            var req = await Read<FailAlwaysRequest>(http);
            if (req is null) return;
            await ApplyAsync(http, () => control.FailAlways(action, req.Code, req.Status), () => control.FailingActions[action]);
        });
        app.MapDelete("/_sandbox/fail-always/{action}", (HttpContext http, string action) =>
        {
            control.StopFailing(action);
            return Write(http, control.FailingActions);
        });
        app.MapPost("/_sandbox/reset", async (HttpContext http) =>
        {
            var req = await Read<ResetRequest>(http, new ResetRequest());
            if (req is null) return;
            control.Reset(req.Users, req.Seed);
            await Write(http, req);
        });
        MapOrganization(app, control);
    }

    /// <summary>The organization's accounts (with operator keys) and an account's event log, filtered by Action name.</summary>
    public static void MapOrganization(IEndpointRouteBuilder app, ISandboxControl control)
    {
        app.MapGet("/_sandbox/accounts", (HttpContext http) => Write(http, control.Accounts));
        app.MapGet("/_sandbox/events", (HttpContext http) =>
        {
            var account = http.Request.Query["account"].ToString();
            if (string.IsNullOrEmpty(account)) account = SandboxAccount.AccountId;
            if (control.Accounts.All(a => a.Id != account)) return BadRequest(http, $"Account {account} is not in the Sandbox's organization.");
            var name = http.Request.Query["name"].ToString();
            var events = control.Events(account).Where(e => name.Length == 0 || e.EventName == name);
            return Write(http, events.ToList());
        });
    }

    /// <summary>Reads a JSON body; an empty body gives <paramref name="whenEmpty"/> (or a 400 when there is no default).</summary>
    private static async Task<T?> Read<T>(HttpContext http, T? whenEmpty = null) where T : class
    {
        try
        {
            using var reader = new StreamReader(http.Request.Body);
            var text = await reader.ReadToEndAsync(http.RequestAborted);
            if (string.IsNullOrWhiteSpace(text) && whenEmpty is not null) return whenEmpty;
            var value = string.IsNullOrWhiteSpace(text) ? null : JsonSerializer.Deserialize<T>(text, Json);
            if (value is not null) return value;
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            await BadRequest(http, ex.Message);
            return null;
        }
        await BadRequest(http, "A JSON body is required.");
        return null;
    }

    /// <summary>Makes a change the control may refuse (an ArgumentException is a 400 with its message), then writes the answer.</summary>
    private static async Task ApplyAsync(HttpContext http, Action change, Func<object> answer)
    {
        try
        {
            change();
        }
        catch (ArgumentException ex)
        {
            await BadRequest(http, ex.Message);
            return;
        }
        await Write(http, answer());
    }

    private static Task BadRequest(HttpContext http, string error)
    {
        http.Response.StatusCode = 400;
        return Write(http, new { error });
    }

    private static Task Write(HttpContext http, object value)
    {
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(JsonSerializer.Serialize(value, Json), http.RequestAborted);
    }
}
