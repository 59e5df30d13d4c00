using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Guardrails;
using IamPortal.Application.Iam;

namespace IamPortal.Application.Credentials;

public interface IUserTagsService
{
    /// <summary>
    /// Adds a tag, or edits one (<paramref name="originalKey"/> is the key being edited; a different key renames it).
    /// Returns the user's tags after the change.
    /// </summary>
    Task<CommandResult<IReadOnlyList<IamTag>>> SetAsync(string userName, string key, string? value, string? originalKey = null, CancellationToken ct = default);
    /// <summary>Removes a tag; the guardrails' required tags can be changed but not removed.</summary>
    Task<CommandResult<IReadOnlyList<IamTag>>> RemoveAsync(string userName, string key, CancellationToken ct = default);
}
