namespace IamPortal.E2E.Infrastructure;

/// <summary>Finds the repository and the built portal from the test assembly's folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string WebProjectDir => Path.Combine(Root, "src", "IamPortal.Web");

#if DEBUG
    public const string Configuration = "Debug";
#else
    public const string Configuration = "Release";
#endif

    public static string WebDll => Path.Combine(WebProjectDir, "bin", Configuration, "net10.0", "IamPortal.Web.dll");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "IamPortal.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("IamPortal.sln not found above " + AppContext.BaseDirectory);
    }
}
