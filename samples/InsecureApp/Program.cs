// A deliberately insecure sample: see also the Dockerfile and InsecureApp.csproj.
// Every credential below is FAKE, written to show what ContainerGuard's analyzers report (CG1xxx).
using System.Net;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/", () => "Hello from InsecureApp");
app.MapGet("/healthz", () => Results.Ok(new { status = "healthy" }));

app.Run();

internal static class OrdersStore
{
    // CG1001: a credential-like name given a literal.
    private const string AdminPassword = "Tr0ub4dor&3x";

    // CG1002: a connection string with its password written in.
    public static string ConnectionString => "Server=orders-db;Database=orders;User Id=app;Password=Pr0d-Db-pw;";

    // CG1003: a credential type constructed with a literal secret.
    public static NetworkCredential Credential => new("orders", "Winter2024!x");

    // CG1010: certificate validation switched off.
    public static HttpClientHandler Handler => new() { ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) => true };

    // CG1011: Key Vault over plain http.
    public static Uri Vault => new("http://orders-kv.vault.azure.net/");

    public static bool IsAdmin(string password) => password == AdminPassword;
}
