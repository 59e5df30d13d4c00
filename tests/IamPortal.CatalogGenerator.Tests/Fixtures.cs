namespace IamPortal.CatalogGenerator.Tests;

/// <summary>Real pages of the June 2026 Service Authorization Reference snapshot, copied into Fixtures/.</summary>
internal static class Fixtures
{
    public const string Iam = "list_awsidentityandaccessmanagementiam.html";
    public const string S3 = "list_amazons3.html";
    public const string SnowDeviceManagement = "list_awssnowdevicemanagement.html";
    public const string Sumerian = "list_amazonsumerian.html";
    public const string Redirect = "list_awsiot1-click.html";

    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
