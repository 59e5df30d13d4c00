using System.Text.Encodings.Web;

namespace IamPortal.E2E.Oidc;

/// <summary>Renders the provider's small, accessible sign-in form.</summary>
internal static class LoginPage
{
    public const string InvalidCredentialsMessage = "Invalid username or password";

    public static string Render(string returnUrl, string antiforgeryField, string antiforgeryToken, string? userName, string? error)
    {
        var html = HtmlEncoder.Default;
        var errorBlock = error is null
            ? string.Empty
            : $"""<p id="login-error" role="alert" class="error">{html.Encode(error)}</p>""";
        var describedBy = error is null ? string.Empty : """ aria-describedby="login-error" aria-invalid="true" """;

        return $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Sign in - IAM Portal test identity provider</title>
              <style>
                body { font-family: system-ui, sans-serif; max-width: 24rem; margin: 3rem auto; padding: 0 1rem; color: #1a1a1a; }
                label { display: block; margin-top: 1rem; font-weight: 600; }
                input { width: 100%; padding: .5rem; font-size: 1rem; box-sizing: border-box; }
                button { margin-top: 1.5rem; padding: .6rem 1.2rem; font-size: 1rem; background: #0b5cad; color: #fff; border: 0; border-radius: 4px; }
                .error { color: #a4000f; font-weight: 600; }
              </style>
            </head>
            <body>
              <main>
                <h1>Sign in</h1>
                {{errorBlock}}
                <form method="post" action="/login">
                  <input type="hidden" name="{{html.Encode(antiforgeryField)}}" value="{{html.Encode(antiforgeryToken)}}">
                  <input type="hidden" name="returnUrl" value="{{html.Encode(returnUrl)}}">
                  <label for="username">Username</label>
                  <input id="username" name="username" type="text" autocomplete="username" required value="{{html.Encode(userName ?? string.Empty)}}"{{describedBy}}>
                  <label for="password">Password</label>
                  <input id="password" name="password" type="password" autocomplete="current-password" required{{describedBy}}>
                  <button type="submit">Sign in</button>
                </form>
              </main>
            </body>
            </html>
            """;
    }
}
