namespace IamPortal.Application.Inventory;

public sealed class InventoryOptions
{
    public const string Section = "Inventory";
    /// <summary>After this age a read serves the cached snapshot and rebuilds it in the background.</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromMinutes(15);
    /// <summary>The portal rebuilds the inventory at start and then at this interval; zero turns the schedule off.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(15);
    /// <summary>How long to wait for IAM to finish generating the credential report.</summary>
    public TimeSpan CredentialReportTimeout { get; set; } = TimeSpan.FromMinutes(2);
    public TimeSpan CredentialReportPollInterval { get; set; } = TimeSpan.FromMilliseconds(500);
}
