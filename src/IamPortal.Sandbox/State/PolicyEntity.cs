using System.Text.Json.Serialization;

namespace IamPortal.Sandbox.State;

public sealed class PolicyVersionEntity
{
    public string VersionId { get; set; } = "v1";
    public string Document { get; set; } = "";
    public DateTimeOffset CreateDate { get; set; }
}

public sealed class PolicyEntity
{
    public string Arn { get; set; } = "";
    public string PolicyName { get; set; } = "";
    public string PolicyId { get; set; } = "";
    public string Path { get; set; } = "/";
    public string? Description { get; set; }
    public DateTimeOffset CreateDate { get; set; }
    public DateTimeOffset UpdateDate { get; set; }
    public string DefaultVersionId { get; set; } = "v1";
    public int NextVersion { get; set; } = 2;
    public bool IsAwsManaged { get; set; }
    public List<PolicyVersionEntity> Versions { get; set; } = [];
    public List<TagEntry> Tags { get; set; } = [];

    [JsonIgnore]
    public HashSet<UserEntity> AttachedUsers { get; } = [];

    [JsonIgnore]
    public HashSet<GroupEntity> AttachedGroups { get; } = [];

    [JsonIgnore]
    public int BoundaryUsageCount { get; set; }

    [JsonIgnore]
    public int AttachmentCount => AttachedUsers.Count + AttachedGroups.Count;

    [JsonIgnore]
    public PolicyVersionEntity DefaultVersion => Versions.First(v => v.VersionId == DefaultVersionId);
}
