namespace IamPortal.Sandbox.State;

/// <summary>
/// What the data file holds. The operator secret is never stored (it is a constant). User access key secrets
/// ARE stored: they are fake, issued by the sandbox, and needed to verify SigV4 after a restart.
/// AWS managed policies are not stored: the catalogue is rebuilt at load.
/// </summary>
public sealed class StateDocument
{
    public int FormatVersion { get; set; } = 1;
    public DateTimeOffset SeedTime { get; set; }
    public DateTimeOffset RootCreated { get; set; }
    public List<UserEntity> Users { get; set; } = [];
    public List<GroupEntity> Groups { get; set; } = [];
    public List<PolicyEntity> LocalPolicies { get; set; } = [];
    public List<VirtualMfaDevice> MfaDevices { get; set; } = [];
    public PasswordPolicy? PasswordPolicy { get; set; }
    public List<string> Aliases { get; set; } = [];
    public CredentialReportSnapshot? CredentialReport { get; set; }

    public static StateDocument From(IamState s) => new()
    {
        SeedTime = s.SeedTime,
        RootCreated = s.RootCreated,
        Users = [.. s.Users.Values],
        Groups = [.. s.Groups.Values],
        LocalPolicies = [.. s.Policies.Values.Where(p => !p.IsAwsManaged)],
        MfaDevices = [.. s.MfaDevices.Values],
        PasswordPolicy = s.PasswordPolicy,
        Aliases = [.. s.Aliases],
        CredentialReport = s.CredentialReport,
    };

    public void ApplyTo(IamState s)
    {
        s.Clear();
        Catalog.ManagedPolicyCatalog.AddTo(s);
        s.SeedTime = SeedTime;
        s.RootCreated = RootCreated;
        foreach (var p in LocalPolicies) s.AddPolicy(p);
        foreach (var g in Groups) s.Groups[g.GroupName] = g;
        foreach (var u in Users) s.Users[u.UserName] = u;
        foreach (var d in MfaDevices) s.MfaDevices[d.SerialNumber] = d;
        s.PasswordPolicy = PasswordPolicy;
        s.Aliases.AddRange(Aliases);
        s.CredentialReport = CredentialReport;
        s.RebuildIndexes();
    }
}
