using System.Text.Json.Serialization;

namespace IamPortal.Infrastructure.Aws.Organizations;

/// <summary>The ListAccounts request body: <c>{"MaxResults": 20, "NextToken": "…"}</c> (NextToken left out on the first page).</summary>
internal sealed record ListAccountsRequest(int MaxResults, string? NextToken);

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ListAccountsRequest))]
internal sealed partial class OrganizationsJsonContext : JsonSerializerContext;
