using System.Net.Sockets;
using Amazon.Runtime;
using IamPortal.Application.Iam;

namespace IamPortal.Infrastructure.Aws;

/// <summary>Runs an AWSSDK.SecurityToken call and turns its failures into <see cref="IamException"/>s, so callers see one error type.</summary>
internal static class StsErrors
{
    /// <param name="describe">Prefixes STS's message (e.g. "The portal could not assume … : "); empty for none.</param>
    public static async Task<T> CallAsync<T>(Func<Task<T>> call, string endpoint, string describe, CancellationToken ct)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (AmazonServiceException ex) when (IsUnreachable(ex))
        {
            throw Unreachable(ex, endpoint, describe);
        }
        catch (AmazonServiceException ex)
        {
            throw IamException.From(ex.ErrorCode ?? "Unknown", describe + ex.Message, ex.RequestId, (int)ex.StatusCode, ex);
        }
        catch (HttpRequestException ex)
        {
            throw Unreachable(ex, endpoint, describe);
        }
        catch (OperationCanceledException ex) when (!ct.IsCancellationRequested)
        {
            throw Unreachable(ex, endpoint, describe);
        }
    }

    private static bool IsUnreachable(AmazonServiceException ex) =>
        ex.StatusCode == 0 && ex.InnerException is HttpRequestException or SocketException or TaskCanceledException or TimeoutException;

    private static IamException Unreachable(Exception ex, string endpoint, string describe) =>
        new(IamErrorCodes.EndpointUnreachable, $"{describe}STS at {endpoint} could not be reached: {ex.Message}", inner: ex);
}
