using IamPortal.Sandbox;

// Standalone sandbox: dotnet run --project src/IamPortal.Sandbox -- --urls http://127.0.0.1:4566 [--data-file path] [--seed-users N] [--seed S] [--organization demo]
var builder = WebApplication.CreateBuilder(args);
builder.AddStandaloneIamSandbox(args);

var app = builder.Build();
app.MapIamSandbox();
app.Run();
