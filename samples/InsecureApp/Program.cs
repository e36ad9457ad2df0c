// A deliberately insecure sample: see the Dockerfile and InsecureApp.csproj. The C# itself is plain.
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/", () => "Hello from InsecureApp");
app.MapGet("/healthz", () => Results.Ok(new { status = "healthy" }));

app.Run();
