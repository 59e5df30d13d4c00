namespace IamPortal.Application.Policies.Catalog;

/// <summary>The console's access levels of an action (AWS's Service Authorization Reference).</summary>
public enum AccessLevel { List, Read, Write, PermissionsManagement, Tagging }

/// <summary>A resource type of a service: its name as the reference writes it and its ARN pattern (with ${Placeholders}).</summary>
public sealed record CatalogResourceType(string Name, string ArnPattern);

/// <summary>
/// One action: service prefix, name as AWS spells it, access level, the resource types it acts on
/// (<see cref="RequiredResourceTypes"/> are the ones marked with * in the reference; empty = Resource must be "*"),
/// and the condition keys it supports beyond the global aws:* keys.
/// </summary>
public sealed record CatalogAction(
    string Service,
    string Name,
    AccessLevel Level,
    IReadOnlyList<string> ResourceTypes,
    IReadOnlyList<string> RequiredResourceTypes,
    IReadOnlyList<string> ConditionKeys)
{
    public string FullName => Service + ":" + Name;
}

public sealed record CatalogService(
    string Prefix,
    string Name,
    IReadOnlyList<CatalogAction> Actions,
    IReadOnlyList<CatalogResourceType> ResourceTypes,
    IReadOnlyList<string> ConditionKeys);

/// <summary>
/// Every service, action, resource type and condition key AWS publishes, from the compact catalogue the project ships
/// (generated from the Service Authorization Reference). Prefixes and action names compare case-insensitively. Thread-safe; a singleton.
/// </summary>
public interface IActionCatalog
{
    IReadOnlyCollection<CatalogService> Services { get; }
    CatalogService? FindService(string prefix);
    CatalogAction? FindAction(string fullName);
    /// <summary>
    /// The actions an Action element's value names: "*" (every action), "svc:*", "svc:Get*", "svc:*Policy*", "svc:Exact".
    /// Unknown services or names give an empty list.
    /// </summary>
    IReadOnlyList<CatalogAction> Expand(string pattern);
}
