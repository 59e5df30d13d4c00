using IamPortal.Application.Policies.Analysis;
using MudBlazor;

namespace IamPortal.Web.Components.Risk;

/// <summary>How a severity looks: one colour, one icon and one word per level, used by every risk component.</summary>
public static class RiskSeverityStyle
{
    public static string WordOf(RiskSeverity severity) => severity switch
    {
        RiskSeverity.Critical => "Critical",
        RiskSeverity.High => "High",
        RiskSeverity.Medium => "Medium",
        RiskSeverity.Low => "Low",
        _ => "None",
    };

    public static Color ColorOf(RiskSeverity severity) => severity switch
    {
        RiskSeverity.Critical => Color.Error,
        RiskSeverity.High => Color.Error,
        RiskSeverity.Medium => Color.Warning,
        RiskSeverity.Low => Color.Info,
        _ => Color.Success,
    };

    public static string IconOf(RiskSeverity severity) => severity switch
    {
        RiskSeverity.Critical => Icons.Material.Filled.Dangerous,
        RiskSeverity.High => Icons.Material.Filled.Error,
        RiskSeverity.Medium => Icons.Material.Filled.Warning,
        RiskSeverity.Low => Icons.Material.Filled.Info,
        _ => Icons.Material.Filled.CheckCircle,
    };
}
