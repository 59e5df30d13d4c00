using MudBlazor;

namespace IamPortal.Web.Components.Layout;

/// <summary>The portal's colours: calm blue-grey, with strong warning and error colours for credential hygiene.</summary>
public static class PortalTheme
{
    /// <summary>
    /// Snackbars fully opaque while shown: at MudBlazor's default 95 % the success green blends with the page and its white
    /// text falls to 4.35:1; opaque, it is 5.1:1 (WCAG AA asks 4.5:1).
    /// </summary>
    public static void ConfigureSnackbars(SnackbarConfiguration snackbars) => snackbars.MaximumOpacity = 100;

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f5f99",
            Secondary = "#546e7a",
            AppbarBackground = "#16324f",
            Warning = "#b25e00",
            // Darker than MudBlazor's defaults so coloured text and white-on-colour meet WCAG AA (4.5:1).
            Success = "#2e7d32",
            Error = "#c62828",
            Info = "#1565c0",
            // Labels and helper texts of outlined fields on the page background.
            TextSecondary = "rgba(0, 0, 0, 0.68)",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#7fb2e5",
            Secondary = "#90a4ae",
            AppbarBackground = "#101c2b",
            Warning = "#ffb74d",
            WarningContrastText = "rgba(0, 0, 0, 0.87)",
        },
    };
}
