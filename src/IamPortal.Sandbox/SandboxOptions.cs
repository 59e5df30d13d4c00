namespace IamPortal.Sandbox;

public sealed class SandboxOptions
{
    /// <summary>Listening URL(s); port 0 picks a free port.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:0";

    /// <summary>JSON file that keeps the state across restarts; null keeps everything in memory.</summary>
    public string? DataFile { get; set; }

    /// <summary>Users to seed when there is no data file yet; 0 = empty account (the managed policy catalogue is always there).</summary>
    public int SeedUsers { get; set; } = 300;

    public int Seed { get; set; } = 42;

    /// <summary>
    /// The AWS Organization this Sandbox hosts (the management account is the account above, plus members with their own
    /// state, keys and roles); null = a single account, and Organizations answers AWSOrganizationsNotInUseException.
    /// </summary>
    public SandboxOrganizationOptions? Organization { get; set; }

    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
