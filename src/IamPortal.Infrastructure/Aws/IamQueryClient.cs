using System.Xml.Linq;
using IamPortal.Application.Accounts;
using IamPortal.Application.Iam;
using Microsoft.Extensions.Options;

namespace IamPortal.Infrastructure.Aws;

/// <summary>
/// <see cref="IIamClient"/> over IAM's Query API (2010-05-08), for the scope's account: scoped, it hands the
/// <see cref="IAwsTargetAccessor"/>'s target and operator to the shared <see cref="IamHttpTransport"/> on every call.
/// One partial file per area; this one holds the calling and paging plumbing.
/// </summary>
internal sealed partial class IamQueryClient(IamHttpTransport transport, IOptions<IamClientOptions> options, IAwsTargetAccessor accessor) : IIamClient
{
    private readonly IamClientOptions _options = options.Value;

    private static QueryRequestBuilder Q(string action) => new(action);

    /// <summary>Sends the call and returns its <c>&lt;ActionResult&gt;</c> element.</summary>
    private async Task<XElement> CallAsync(QueryRequestBuilder query, CancellationToken ct)
    {
        var document = await transport.SendAsync(query, accessor.Target, accessor.SourceIdentity, ct).ConfigureAwait(false);
        return IamXmlReader.Result(document, query.Action);
    }

    private Task SendAsync(QueryRequestBuilder query, CancellationToken ct) => CallAsync(query, ct);

    /// <summary>Follows IsTruncated/Marker to the end (never counts: IAM may return short pages while truncated).</summary>
    private async Task ForEachPageAsync(QueryRequestBuilder query, Action<XElement> onPage, CancellationToken ct, int? pageSize = null)
    {
        string? marker = null;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            var result = await CallAsync(query.WithPage(pageSize ?? _options.PageSize, marker), ct).ConfigureAwait(false);
            onPage(result);
            if (!result.Bool("IsTruncated")) return;
            marker = result.Str("Marker");
            if (string.IsNullOrEmpty(marker))
            {
                throw new IamException(IamXmlReader.MalformedResponse, $"{query.Action} said IsTruncated=true but returned no Marker.");
            }
        }
    }

    private async Task<IReadOnlyList<T>> ListAllAsync<T>(QueryRequestBuilder query, string listElement, Func<XElement, T> map, CancellationToken ct)
    {
        var items = new List<T>();
        await ForEachPageAsync(query, page => items.AddRange(page.Members(listElement).Select(map)), ct).ConfigureAwait(false);
        return items;
    }

    /// <summary>IAM's NoSuchEntity as null, for the Get calls whose absence is a normal answer.</summary>
    private static async Task<T?> NullWhenMissingAsync<T>(Func<Task<T>> call) where T : class
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (NoSuchEntityException)
        {
            return null;
        }
    }
}
