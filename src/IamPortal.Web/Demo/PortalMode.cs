namespace IamPortal.Web.Demo;

/// <summary>The <c>Portal:Mode</c> setting: where the portal's IAM comes from.</summary>
public enum PortalMode
{
    /// <summary>Demo when no AWS configuration is found, otherwise Aws.</summary>
    Auto,
    /// <summary>A local IAM Sandbox with generated data (started in-process, or the one at <c>Sandbox:Url</c>).</summary>
    Demo,
    /// <summary>Real AWS through the default credential chain and the standard AWS settings.</summary>
    Aws,
}

/// <summary>What the running portal is connected to; read by the UI (demo banner) and the logs.</summary>
public sealed record PortalRuntime(PortalMode Mode, Uri? SandboxUrl)
{
    public bool IsDemo => Mode == PortalMode.Demo;
}
