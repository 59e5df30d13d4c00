using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace IamPortal.Web.Components.Layout;

public partial class MainLayout
{
    private const string DarkModeKey = "iamportal.darkMode";

    private MudThemeProvider? _themeProvider;
    private PortalErrorBoundary? _errorBoundary;
    private bool _drawerOpen = true;
    private bool _isDarkMode;

    [Inject] private IJSRuntime JS { get; set; } = default!;

    protected override void OnParametersSet() =>
        // A new page gets a fresh chance after an error on the previous one.
        _errorBoundary?.Recover();

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender) return;
        // The remembered choice wins; otherwise follow the system setting.
        var stored = await JS.InvokeAsync<string?>("iamPortal.getPreference", DarkModeKey);
        var dark = bool.TryParse(stored, out var remembered)
            ? remembered
            : _themeProvider is not null && await _themeProvider.GetSystemDarkModeAsync();
        if (dark != _isDarkMode)
        {
            _isDarkMode = dark;
            StateHasChanged();
        }
    }

    private void ToggleDrawer() => _drawerOpen = !_drawerOpen;

    private async Task SetDarkModeAsync(bool dark)
    {
        _isDarkMode = dark;
        await JS.InvokeVoidAsync("iamPortal.setPreference", DarkModeKey, dark ? "true" : "false");
    }
}
