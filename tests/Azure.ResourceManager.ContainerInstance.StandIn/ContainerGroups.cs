// STAND-IN for Azure.ResourceManager.ContainerInstance 1.3.0 (see the project file): resources, collections and
// the container group / profile data, in the real namespace.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Azure.ResourceManager.ContainerInstance.Models;
using Azure.ResourceManager.Models;
using Azure.ResourceManager.Resources;

namespace Azure.ResourceManager.ContainerInstance
{
    public partial class ContainerGroupData : TrackedResourceData
    {
        public ContainerGroupData(AzureLocation location, IEnumerable<ContainerInstanceContainer> containers)
            : base(location)
        {
            Containers = new List<ContainerInstanceContainer>(containers ?? throw new ArgumentNullException(nameof(containers)));
        }

        public ContainerGroupData(AzureLocation location, IEnumerable<ContainerInstanceContainer> containers, ContainerInstanceOperatingSystemType osType)
            : this(location, containers)
        {
            OSType = osType;
        }

        public string ConfidentialComputeCcePolicy { get; set; }
        public IList<ContainerInstanceContainer> Containers { get; }
        public ContainerGroupLogAnalytics DiagnosticsLogAnalytics { get; set; }
        public IList<DeploymentExtensionSpec> Extensions { get; } = new List<DeploymentExtensionSpec>();
        public ManagedServiceIdentity Identity { get; set; }
        public IList<ContainerGroupImageRegistryCredential> ImageRegistryCredentials { get; } = new List<ContainerGroupImageRegistryCredential>();
        public IList<InitContainerDefinitionContent> InitContainers { get; } = new List<InitContainerDefinitionContent>();
        public ContainerGroupIPAddress IPAddress { get; set; }
        public ContainerInstanceOperatingSystemType OSType { get; set; }
        public ContainerGroupRestartPolicy? RestartPolicy { get; set; }
        public ContainerGroupSku? Sku { get; set; }
        public IList<ContainerGroupSubnetId> SubnetIds { get; } = new List<ContainerGroupSubnetId>();
        public IList<ContainerVolume> Volumes { get; } = new List<ContainerVolume>();
        public IList<string> Zones { get; } = new List<string>();
    }

    public partial class ContainerGroupProfileData : TrackedResourceData
    {
        public ContainerGroupProfileData(AzureLocation location)
            : base(location)
        {
        }

        public ContainerGroupProfileData(AzureLocation location, IEnumerable<ContainerInstanceContainer> containers, ContainerInstanceOperatingSystemType osType)
            : base(location)
        {
            Containers = new List<ContainerInstanceContainer>(containers ?? throw new ArgumentNullException(nameof(containers)));
            OSType = osType;
        }

        public IList<ContainerInstanceContainer> Containers { get; } = new List<ContainerInstanceContainer>();
        public ContainerGroupLogAnalytics DiagnosticsLogAnalytics { get; set; }
        public IList<DeploymentExtensionSpec> Extensions { get; } = new List<DeploymentExtensionSpec>();
        public IList<ContainerGroupImageRegistryCredential> ImageRegistryCredentials { get; } = new List<ContainerGroupImageRegistryCredential>();
        public IList<InitContainerDefinitionContent> InitContainers { get; } = new List<InitContainerDefinitionContent>();
        public ContainerGroupIPAddress IPAddress { get; set; }
        public ContainerInstanceOperatingSystemType? OSType { get; set; }
        public ContainerSecurityContextDefinition SecurityContext { get; set; }
        public IList<ContainerVolume> Volumes { get; } = new List<ContainerVolume>();
    }

    public partial class ContainerGroupResource : ArmResource
    {
        protected ContainerGroupResource()
        {
        }

        public virtual bool HasData => throw new NotSupportedException("stand-in");
        public virtual ContainerGroupData Data => throw new NotSupportedException("stand-in");
    }

    public partial class ContainerGroupProfileResource : ArmResource
    {
        protected ContainerGroupProfileResource()
        {
        }

        public virtual ContainerGroupProfileData Data => throw new NotSupportedException("stand-in");
    }

    public partial class ContainerGroupCollection : ArmCollection
    {
        protected ContainerGroupCollection()
        {
        }

        public virtual ArmOperation<ContainerGroupResource> CreateOrUpdate(WaitUntil waitUntil, string containerGroupName, ContainerGroupData data, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");

        public virtual Task<ArmOperation<ContainerGroupResource>> CreateOrUpdateAsync(WaitUntil waitUntil, string containerGroupName, ContainerGroupData data, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
    }

    public partial class ContainerGroupProfileCollection : ArmCollection
    {
        protected ContainerGroupProfileCollection()
        {
        }

        public virtual ArmOperation<ContainerGroupProfileResource> CreateOrUpdate(WaitUntil waitUntil, string containerGroupProfileName, ContainerGroupProfileData data, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");

        public virtual Task<ArmOperation<ContainerGroupProfileResource>> CreateOrUpdateAsync(WaitUntil waitUntil, string containerGroupProfileName, ContainerGroupProfileData data, CancellationToken cancellationToken = default)
            => throw new NotSupportedException("stand-in");
    }

    public static partial class ContainerInstanceExtensions
    {
        public static ContainerGroupCollection GetContainerGroups(this ResourceGroupResource resourceGroupResource)
            => throw new NotSupportedException("stand-in");

        public static ContainerGroupProfileCollection GetContainerGroupProfiles(this ResourceGroupResource resourceGroupResource)
            => throw new NotSupportedException("stand-in");
    }
}
