// Creating containers from C# done right: the safe forms of what samples/InsecureApp/ContainerDeployments.cs does
// wrong. ContainerGuard reports nothing here.
using Azure;
using Azure.Core;
using Azure.ResourceManager.ContainerInstance;
using Azure.ResourceManager.ContainerInstance.Models;
using Docker.DotNet;
using Docker.DotNet.Models;

internal static class AciDeployment
{
    // Images from the team's registry (a placeholder for yours), chiseled and pinned by digest.
    private const string Image = "contoso.azurecr.io/samples/secureapp:1.0.0@sha256:22cdb0f84a94d2b590eae70e56bc2259aa17ae58a00948cc27ac0b22c16aae69";

    public static void Deploy(ContainerGroupCollection groups, ResourceIdentifier subnet, ResourceIdentifier pullIdentity, string workspaceId, string workspaceKey)
    {
        var resources = new ContainerResourceRequirements(new ContainerResourceRequestsContent(1.5, 1));
        var container = new ContainerInstanceContainer("orders", Image, resources)
        {
            SecurityContext = new ContainerSecurityContextDefinition
            {
                AllowPrivilegeEscalation = false,
                RunAsUser = 1654,
                Capabilities = new ContainerSecurityContextCapabilitiesDefinition { Drop = { "ALL" } },
            },
        };
        // The secret stays in Key Vault: the group reads it with its managed identity.
        container.EnvironmentVariables.Add(new ContainerEnvironmentVariable("DB_PASSWORD") { SecureValueReference = "orders-db-password" });

        var group = new ContainerGroupData(AzureLocation.WestEurope, new[] { container })
        {
            IPAddress = new ContainerGroupIPAddress(new[] { new ContainerGroupPort(8080) }, ContainerGroupIPAddressType.Private),
            DiagnosticsLogAnalytics = new ContainerGroupLogAnalytics(workspaceId, workspaceKey),
        };
        group.SubnetIds.Add(new ContainerGroupSubnetId(subnet));
        group.ImageRegistryCredentials.Add(new ContainerGroupImageRegistryCredential("contoso.azurecr.io") { Identity = pullIdentity.ToString() });

        groups.CreateOrUpdate(WaitUntil.Completed, "orders", group);
    }
}

internal static class DockerDeployment
{
    private const string Image = "contoso.azurecr.io/samples/secureapp:1.0.0@sha256:22cdb0f84a94d2b590eae70e56bc2259aa17ae58a00948cc27ac0b22c16aae69";

    public static async Task RunAsync(string registryToken)
    {
        // The local engine through its socket; a remote engine only with TLS client certificates.
        using var client = new DockerClientBuilder().WithEndpoint(new Uri("unix:///var/run/docker.sock")).Build();

        await client.Images.CreateImageAsync(
            new ImagesCreateParameters { FromImage = "contoso.azurecr.io/samples/secureapp", Tag = "1.0.0@sha256:22cdb0f84a94d2b590eae70e56bc2259aa17ae58a00948cc27ac0b22c16aae69" },
            new AuthConfig { ServerAddress = "contoso.azurecr.io", Username = "00000000-0000-0000-0000-000000000000", Password = registryToken },
            new Progress<JSONMessage>());

        await client.Containers.CreateContainerAsync(new CreateContainerParameters
        {
            Image = Image,
            User = "1654:1654",
            Env = new List<string> { "ASPNETCORE_URLS=http://+:8080", "DB_PASSWORD_FILE=/run/secrets/db-password" },
            HostConfig = new HostConfig
            {
                CapDrop = new List<string> { "ALL" },
                SecurityOpt = new List<string> { "no-new-privileges:true" },
                ReadonlyRootfs = true,
                Binds = new List<string> { "/srv/orders/secrets/db-password:/run/secrets/db-password:ro" },
                PortBindings = new Dictionary<string, IList<PortBinding>> { ["8080/tcp"] = new List<PortBinding> { new PortBinding { HostIP = "127.0.0.1", HostPort = "8080" } } },
            },
        });
    }
}
