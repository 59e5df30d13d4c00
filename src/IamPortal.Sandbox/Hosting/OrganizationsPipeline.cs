using System.Text.Json;
using IamPortal.Sandbox.Faults;
using IamPortal.Sandbox.Operations;
using IamPortal.Sandbox.Organization;
using IamPortal.Sandbox.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace IamPortal.Sandbox.Hosting;

/// <summary>
/// One Organizations JSON 1.1 request (<c>X-Amz-Target: AWSOrganizationsV20161128.&lt;Action&gt;</c>): count, authenticate
/// (SigV4, the same keys and sessions as IAM), inject faults, run, and answer JSON or <c>{"__type","message"}</c>.
/// </summary>
public sealed class OrganizationsPipeline(
    SandboxOrganization organization, Authenticator authenticator, FaultInjector faults, RequestCounter counter,
    TimeProvider time, ILogger<OrganizationsPipeline> logger)
{
    public const string TargetPrefix = "AWSOrganizationsV20161128.";

    public static bool Targets(HttpRequest request) =>
        request.Headers["X-Amz-Target"].ToString().StartsWith(TargetPrefix, StringComparison.Ordinal);

    public async Task HandleAsync(HttpContext http)
    {
        var requestId = Guid.NewGuid().ToString();
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted).ConfigureAwait(false);
        var body = buffer.ToArray();
        var action = http.Request.Headers["X-Amz-Target"].ToString()[TargetPrefix.Length..];
        counter.Increment(action);

        using var output = new MemoryStream();
        var status = 200;
        try
        {
            if (faults.LatencyFor(action) is > 0 and var delay)
                await Task.Delay(delay, http.RequestAborted).ConfigureAwait(false);
            var now = time.GetUtcNow();
            var caller = authenticator.Authenticate(RequestPipeline.ToSigV4(http, body), http.Request.Headers.Authorization.ToString(), now);
            var input = Parse(body);
            if (faults.Next(action) is { } fault) throw fault;
            using var writer = new Utf8JsonWriter(output);
            OrganizationsOperations.Run(action, input, caller, organization, writer);
        }
        catch (IamException ex)
        {
            status = Error(output, ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Sandbox failure in Organizations {Action}", action);
            status = Error(output, new IamException("ServiceException", "An internal error occurred in the sandbox.", 500));
        }

        http.Response.StatusCode = status;
        http.Response.ContentType = "application/x-amz-json-1.1";
        http.Response.Headers["x-amzn-RequestId"] = requestId;
        await http.Response.Body.WriteAsync(output.ToArray(), http.RequestAborted).ConfigureAwait(false);
    }

    private static JsonElement Parse(byte[] body)
    {
        if (body.Length == 0) return default;
        try
        {
            using var doc = JsonDocument.Parse(body);
            return doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new IamException("SerializationException", "The request body is not valid JSON.", 400);
        }
    }

    /// <summary>Writes the JSON error; Query-style codes (authentication, faults) get their JSON protocol names.</summary>
    private static int Error(MemoryStream output, IamException ex)
    {
        var (code, status) = ex.Code switch
        {
            "InvalidClientTokenId" => ("UnrecognizedClientException", 400),
            "SignatureDoesNotMatch" => ("InvalidSignatureException", 400),
            "ExpiredToken" => ("ExpiredTokenException", 400),
            "IncompleteSignature" => ("IncompleteSignatureException", 400),
            "MissingAuthenticationToken" => ("MissingAuthenticationTokenException", 403),
            "Throttling" or "TooManyRequests" => ("TooManyRequestsException", 400),
            "ServiceFailure" or "InternalFailure" => ("ServiceException", 500),
            "AccessDenied" => ("AccessDeniedException", 400),
            _ => (ex.Code, ex.Status >= 500 ? ex.Status : 400),
        };
        output.SetLength(0);
        using var w = new Utf8JsonWriter(output);
        w.WriteStartObject();
        w.WriteString("__type", code);
        w.WriteString("message", ex.Message);
        w.WriteEndObject();
        return status;
    }
}
