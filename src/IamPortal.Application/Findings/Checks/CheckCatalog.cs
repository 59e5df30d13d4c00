namespace IamPortal.Application.Findings.Checks;

/// <summary>Every check the portal runs, in report order (root, password policy, users, groups, policies).</summary>
public static class CheckCatalog
{
    public static IReadOnlyList<ICheck> All { get; } =
    [
        new RootAccessKeyCheck(), new RootMfaCheck(), new RootHardwareMfaCheck(), new RootUsageCheck(),
        .. PasswordPolicyCheck.All(),
        new UserConsoleMfaCheck(), new UserMfaCheck(), new AdministratorMfaCheck(), new PrivilegedHardwareMfaCheck(),
        new InitialAccessKeyCheck(), new AccessKeyUnusedCheck(), new ConsoleAccessUnusedCheck(), new TwoActiveKeysCheck(), new AccessKeyRotationCheck(),
        new UserPoliciesOnlyThroughGroupsCheck(), new UserAdministratorAccessCheck(),
        new GroupAdministratorAccessCheck(), new CloudShellFullAccessCheck(), new SupportRoleCheck(),
        .. NoAdministrativePrivilegesCheck.All(), new ServiceWildcardCheck(), new PrivilegeEscalationCheck(),
    ];
}
