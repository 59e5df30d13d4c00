using IamPortal.Sandbox.Auth;
using IamPortal.Sandbox.Faults;
using IamPortal.Sandbox.Operations;
using IamPortal.Sandbox.Organization;
using IamPortal.Sandbox.Protocol;
using IamPortal.Sandbox.State;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace IamPortal.Sandbox.Hosting;

/// <summary>
/// One Query API request: read the raw body, parse the parameters, count, authenticate (SigV4), inject faults,
/// run the operation under the state lock and write IAM's XML envelope.
/// </summary>
public sealed class RequestPipeline(
    SandboxOrganization organization, OperationRegistry registry, Authenticator authenticator, FaultInjector faults,
    RequestCounter counter, StateStore store, TimeProvider time, ILogger<RequestPipeline> logger)
{
    public async Task HandleAsync(HttpContext http)
    {
        var requestId = Guid.NewGuid().ToString();
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted).ConfigureAwait(false);
        var body = buffer.ToArray();
        var q = Parse(http.Request.QueryString.Value, body);
        var action = q.Action;
        var auth = SigV4Authorization.Parse(http.Request.Headers.Authorization.ToString());
        var service = auth?.Service is "sts" or "iam" ? auth.Service : registry.IsSts(action) ? "sts" : "iam";
        var ns = service == "sts" ? XmlResponses.StsNamespace : XmlResponses.IamNamespace;
        counter.Increment(action.Length == 0 ? "(none)" : action);

        string head;
        string? tail = null;
        XmlOut? result = null;
        int status = 200;
        string? errorCode = null;
        OperationDefinition? op = null;
        OperationContext? ctx = null;
        var now = Now();
        try
        {
            if (faults.LatencyFor(action) is > 0 and var delay)
                await Task.Delay(delay, http.RequestAborted).ConfigureAwait(false);
            now = Now();
            var caller = authenticator.Authenticate(ToSigV4(http, body), http.Request.Headers.Authorization.ToString(), now);
            if (action.Length == 0) throw new IamException("MissingAction", "Missing Action");
            op = registry.Find(service, action)
                ?? throw new IamException("InvalidAction", $"Could not find operation {action} for version {(service == "sts" ? "2011-06-15" : "2010-05-08")}");
            var state = caller.Account.State;
            ctx = new OperationContext(q, state, caller, now, organization);
            if (faults.Next(action) is { } fault) throw fault;
            if (op.Locked)
            {
                lock (state.Sync)
                {
                    op.Handler(ctx);
                    if (op.Mutates) state.Touch();
                }
            }
            else
            {
                op.Handler(ctx);
            }
            var (prefix, suffix) = XmlResponses.Envelope(action, ns, op.HasResult, requestId);
            head = prefix;
            if (op.HasResult) result = ctx.Result;
            tail = suffix;
        }
        catch (IamException ex)
        {
            status = ex.Status;
            errorCode = ex.Code;
            head = XmlResponses.Error(ex, ns, requestId);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Sandbox failure in {Action}", action);
            var failure = new IamException("ServiceFailure", "An internal error occurred in the sandbox.", 500);
            status = failure.Status;
            errorCode = failure.Code;
            head = XmlResponses.Error(failure, ns, requestId);
        }

        if (op is { Recorded: true } && ctx is not null)
            EventRecorder.Record(ctx.EventAccount, now, action, ctx.Caller, ctx.EventSourceIdentity, requestId, errorCode, q);
        store.ScheduleIfChanged();
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/xml";
        http.Response.Headers["x-amzn-RequestId"] = requestId;
        await WriteAsync(http, head, result, tail).ConfigureAwait(false);
    }

    /// <summary>Writes the response as UTF-8 straight from the result's chunks (no full-document string copies).</summary>
    private static async Task WriteAsync(HttpContext http, string head, XmlOut? body, string? tail)
    {
        var writer = http.Response.BodyWriter;
        var encoder = System.Text.Encoding.UTF8.GetEncoder();
        System.Text.EncodingExtensions.Convert(encoder, head.AsSpan(), writer, flush: false, out _, out _);
        if (body is not null)
        {
            foreach (var chunk in body.Chunks)
            {
                System.Text.EncodingExtensions.Convert(encoder, chunk.Span, writer, flush: false, out _, out _);
                if (writer.UnflushedBytes > 64 * 1024) await writer.FlushAsync(http.RequestAborted).ConfigureAwait(false);
            }
        }
        System.Text.EncodingExtensions.Convert(encoder, (tail ?? "").AsSpan(), writer, flush: true, out _, out _);
        await writer.FlushAsync(http.RequestAborted).ConfigureAwait(false);
    }

    private DateTimeOffset Now()
    {
        var now = time.GetUtcNow();
        return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }

    private static QueryRequest Parse(string? queryString, byte[] body)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in QueryHelpers.ParseQuery(queryString)) values[k] = v.ToString();
        if (body.Length > 0)
            foreach (var (k, v) in QueryHelpers.ParseQuery(System.Text.Encoding.UTF8.GetString(body))) values[k] = v.ToString();
        return new QueryRequest(values);
    }

    internal static SigV4Request ToSigV4(HttpContext http, byte[] body)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (k, v) in http.Request.Headers) headers[k.ToLowerInvariant()] = string.Join(',', v.ToArray());
        return new SigV4Request(http.Request.Method, http.Request.Path.HasValue ? http.Request.PathBase + http.Request.Path : "/",
            http.Request.QueryString.Value ?? "", headers, body);
    }
}
