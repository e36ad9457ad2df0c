// The same app as InsecureApp, done right: see the Dockerfile, SecureApp.csproj and containerguard.json.
// Configuration (connection strings, keys) comes from the environment or a secret store at run time.
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/", () => "Hello from SecureApp");
app.MapGet("/healthz", () => Results.Ok(new { status = "healthy" }));

app.Run();

internal sealed class OrdersStore(IConfiguration configuration)
{
    public string? ConnectionString => configuration.GetConnectionString("Orders");

    // Certificate validation left to the platform.
    public static HttpClientHandler Handler => new();

    public static Uri Vault => new("https://orders-kv.vault.azure.net/");
}
