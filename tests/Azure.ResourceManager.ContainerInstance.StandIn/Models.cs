// STAND-IN for Azure.ResourceManager.ContainerInstance 1.3.0 (see the project file): the models the CG2xxx rules
// read, with the real constructors and properties.
using System;
using System.Collections.Generic;
using System.Net;
using Azure.Core;

namespace Azure.ResourceManager.ContainerInstance.Models
{
    public partial class ContainerInstanceContainer
    {
        public ContainerInstanceContainer(string name, string image, ContainerResourceRequirements resources)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Image = image ?? throw new ArgumentNullException(nameof(image));
            Resources = resources ?? throw new ArgumentNullException(nameof(resources));
        }

        public ContainerInstanceContainer(string name)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
        }

        public IList<string> Command { get; } = new List<string>();
        public IDictionary<string, string> ConfigMapKeyValuePairs { get; } = new Dictionary<string, string>();
        public IList<ContainerEnvironmentVariable> EnvironmentVariables { get; } = new List<ContainerEnvironmentVariable>();
        public string Image { get; set; }
        public string Name { get; set; }
        public IList<ContainerPort> Ports { get; } = new List<ContainerPort>();
        public ContainerResourceRequirements Resources { get; set; }
        public ContainerSecurityContextDefinition SecurityContext { get; set; }
        public IList<ContainerVolumeMount> VolumeMounts { get; } = new List<ContainerVolumeMount>();
    }

    public partial class InitContainerDefinitionContent
    {
        public InitContainerDefinitionContent(string name)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
        }

        public IList<string> Command { get; } = new List<string>();
        public IList<ContainerEnvironmentVariable> EnvironmentVariables { get; } = new List<ContainerEnvironmentVariable>();
        public string Image { get; set; }
        public string Name { get; set; }
        public ContainerSecurityContextDefinition SecurityContext { get; set; }
        public IList<ContainerVolumeMount> VolumeMounts { get; } = new List<ContainerVolumeMount>();
    }

    public partial class ContainerEnvironmentVariable
    {
        public ContainerEnvironmentVariable(string name)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
        }

        public string Name { get; set; }
        public string Value { get; set; }
        public string SecureValue { get; set; }
        public string SecureValueReference { get; set; }
    }

    public partial class ContainerResourceRequirements
    {
        public ContainerResourceRequirements(ContainerResourceRequestsContent requests)
        {
            Requests = requests ?? throw new ArgumentNullException(nameof(requests));
        }

        public ContainerResourceRequestsContent Requests { get; set; }
    }

    public partial class ContainerResourceRequestsContent
    {
        public ContainerResourceRequestsContent(double memoryInGB, double cpu)
        {
            MemoryInGB = memoryInGB;
            Cpu = cpu;
        }

        public double MemoryInGB { get; set; }
        public double Cpu { get; set; }
    }

    public partial class ContainerPort
    {
        public ContainerPort(int port)
        {
            Port = port;
        }

        public int Port { get; set; }
        public ContainerNetworkProtocol? Protocol { get; set; }
    }

    public partial class ContainerVolumeMount
    {
        public ContainerVolumeMount(string name, string mountPath)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            MountPath = mountPath ?? throw new ArgumentNullException(nameof(mountPath));
        }

        public bool? IsReadOnly { get; set; }
        public string MountPath { get; set; }
        public string Name { get; set; }
    }

    public partial class ContainerSecurityContextDefinition
    {
        public ContainerSecurityContextDefinition()
        {
        }

        public bool? AllowPrivilegeEscalation { get; set; }
        public ContainerSecurityContextCapabilitiesDefinition Capabilities { get; set; }
        public bool? IsPrivileged { get; set; }
        public int? RunAsGroup { get; set; }
        public int? RunAsUser { get; set; }
        public string SeccompProfile { get; set; }
    }

    public partial class ContainerSecurityContextCapabilitiesDefinition
    {
        public ContainerSecurityContextCapabilitiesDefinition()
        {
        }

        public IList<string> Add { get; } = new List<string>();
        public IList<string> Drop { get; } = new List<string>();
    }

    public partial class ContainerGroupImageRegistryCredential
    {
        public ContainerGroupImageRegistryCredential(string server)
        {
            Server = server ?? throw new ArgumentNullException(nameof(server));
        }

        [Obsolete("This constructor is obsolete and will be removed in a future release.")]
        public ContainerGroupImageRegistryCredential(string server, string username)
            : this(server)
        {
            Username = username;
        }

        public string Identity { get; set; }
        public Uri IdentityUri { get; set; }
        public string Password { get; set; }
        public string PasswordReference { get; set; }
        public string Server { get; set; }
        public string Username { get; set; }
    }

    public partial class ContainerGroupIPAddress
    {
        public ContainerGroupIPAddress(IEnumerable<ContainerGroupPort> ports, ContainerGroupIPAddressType addressType)
        {
            Ports = new List<ContainerGroupPort>(ports ?? throw new ArgumentNullException(nameof(ports)));
            AddressType = addressType;
        }

        public ContainerGroupIPAddressType AddressType { get; set; }
        public DnsNameLabelReusePolicy? AutoGeneratedDomainNameLabelScope { get; set; }
        public string DnsNameLabel { get; set; }

        [Obsolete("This property is obsolete and will be removed in a future release.")]
        public AutoGeneratedDomainNameLabelScope? DnsNameLabelReusePolicy { get; set; }

        public string Fqdn { get; }
        public IPAddress IP { get; set; }
        public IList<ContainerGroupPort> Ports { get; }
    }

    public partial class ContainerGroupPort
    {
        public ContainerGroupPort(int port)
        {
            Port = port;
        }

        public int Port { get; set; }
        public ContainerGroupNetworkProtocol? Protocol { get; set; }
    }

    public partial class ContainerGroupSubnetId
    {
        public ContainerGroupSubnetId(ResourceIdentifier id)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
        }

        public ResourceIdentifier Id { get; set; }
        public string Name { get; set; }
    }

    public partial class ContainerGroupLogAnalytics
    {
        public ContainerGroupLogAnalytics(string workspaceId, string workspaceKey)
        {
            WorkspaceId = workspaceId ?? throw new ArgumentNullException(nameof(workspaceId));
            WorkspaceKey = workspaceKey ?? throw new ArgumentNullException(nameof(workspaceKey));
        }

        public ContainerGroupLogAnalyticsLogType? LogType { get; set; }
        public IDictionary<string, string> Metadata { get; } = new Dictionary<string, string>();
        public string WorkspaceId { get; set; }
        public string WorkspaceKey { get; set; }
        public ResourceIdentifier WorkspaceResourceId { get; set; }
    }

    public partial class ContainerVolume
    {
        public ContainerVolume(string name)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
        }

        public ContainerInstanceAzureFileVolume AzureFile { get; set; }
        public BinaryData EmptyDir { get; set; }
        public string Name { get; set; }
        public IDictionary<string, string> Secret { get; } = new Dictionary<string, string>();
        public IDictionary<string, string> SecretReference { get; } = new Dictionary<string, string>();
    }

    public partial class ContainerInstanceAzureFileVolume
    {
        public ContainerInstanceAzureFileVolume(string shareName, string storageAccountName)
        {
            ShareName = shareName ?? throw new ArgumentNullException(nameof(shareName));
            StorageAccountName = storageAccountName ?? throw new ArgumentNullException(nameof(storageAccountName));
        }

        public bool? IsReadOnly { get; set; }
        public string ShareName { get; set; }
        public string StorageAccountKey { get; set; }
        public string StorageAccountKeyReference { get; set; }
        public string StorageAccountName { get; set; }
    }

    public partial class DeploymentExtensionSpec
    {
        public DeploymentExtensionSpec(string name)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
        }

        public string ExtensionType { get; set; }
        public string Name { get; set; }
        public BinaryData ProtectedSettings { get; set; }
        public BinaryData Settings { get; set; }
        public string Version { get; set; }
    }
}
