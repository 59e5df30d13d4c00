using IamPortal.Application.Policies.Analysis;
using MudBlazor;

namespace IamPortal.Web.Features.Policies.Editor;

/// <summary>How each Access Analyzer finding level looks: its name, icon, colour, and Monaco marker severity.</summary>
public static class FindingLevelDisplay
{
    public static readonly FindingLevel[] Levels = [FindingLevel.Error, FindingLevel.SecurityWarning, FindingLevel.Warning, FindingLevel.Suggestion];

    public static string Name(FindingLevel level, int count = 1) => level switch
    {
        FindingLevel.Error => count == 1 ? "error" : "errors",
        FindingLevel.SecurityWarning => count == 1 ? "security warning" : "security warnings",
        FindingLevel.Warning => count == 1 ? "warning" : "warnings",
        _ => count == 1 ? "suggestion" : "suggestions",
    };

    public static string Icon(FindingLevel level) => level switch
    {
        FindingLevel.Error => Icons.Material.Filled.Error,
        FindingLevel.SecurityWarning => Icons.Material.Filled.GppMaybe,
        FindingLevel.Warning => Icons.Material.Filled.Warning,
        _ => Icons.Material.Filled.Lightbulb,
    };

    public static Color Color(FindingLevel level) => level switch
    {
        FindingLevel.Error => MudBlazor.Color.Error,
        FindingLevel.SecurityWarning => MudBlazor.Color.Error,
        FindingLevel.Warning => MudBlazor.Color.Warning,
        _ => MudBlazor.Color.Info,
    };

    /// <summary>monaco.MarkerSeverity: Error 8, Warning 4, Info 2.</summary>
    public static int MarkerSeverity(FindingLevel level) => level switch
    {
        FindingLevel.Error => 8,
        FindingLevel.SecurityWarning or FindingLevel.Warning => 4,
        _ => 2,
    };

    public static string Where(PolicyFinding finding) => $"line {finding.Line}, column {finding.Column}";
}
