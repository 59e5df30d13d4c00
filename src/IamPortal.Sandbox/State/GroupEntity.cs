using System.Text.Json.Serialization;

namespace IamPortal.Sandbox.State;

public sealed class GroupEntity
{
    public string GroupName { get; set; } = "";
    public string GroupId { get; set; } = "";
    public string Path { get; set; } = "/";
    public DateTimeOffset CreateDate { get; set; }
    public List<InlinePolicy> InlinePolicies { get; set; } = [];
    public List<string> AttachedPolicyArns { get; set; } = [];

    /// <summary>Members, rebuilt from the users' GroupNames when the state is loaded.</summary>
    [JsonIgnore]
    public HashSet<UserEntity> Members { get; } = [];

    /// <summary>The account holding the group, set by <see cref="IamState"/> when indexes are rebuilt or the group is created.</summary>
    [JsonIgnore]
    public string AccountId { get; set; } = SandboxAccount.AccountId;

    [JsonIgnore]
    public string Arn => $"arn:aws:iam::{AccountId}:group{Path}{GroupName}";
}
