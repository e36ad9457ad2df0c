// The same app as InsecureApp, done right: see the Dockerfile, SecureApp.csproj and containerguard.json.
// Configuration (connection strings, keys) comes from the environment or a secret store at run time.
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/", () => "Hello from SecureApp");
app.MapGet("/healthz", () => Results.Ok(new { status = "healthy" }));

app.Run();
