using ContainerGuard.Containers;
using ContainerGuard.Secrets;

namespace ContainerGuard.Tests.Containers;

public class ContainerFactsTests
{
    [Theory]
    [InlineData("root", true)]
    [InlineData(" 0 ", true)]
    [InlineData("00", true)]
    [InlineData("0:0", true)]
    [InlineData("root:app", true)]
    [InlineData("ContainerAdministrator", true)]
    [InlineData("containeradministrator:x", true)]
    [InlineData("app", false)]
    [InlineData("1000:0", false)]
    [InlineData("10", false)]
    [InlineData("rootless", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Root_users(string? user, bool expected) => Assert.Equal(expected, ContainerUsers.IsRoot(user));

    [Theory]
    [InlineData("SYS_ADMIN", CapabilityRisk.Dangerous)]
    [InlineData("cap_sys_admin", CapabilityRisk.Dangerous)]
    [InlineData(" ALL ", CapabilityRisk.Dangerous)]
    [InlineData("NET_ADMIN", CapabilityRisk.Dangerous)]
    [InlineData("SYS_PTRACE", CapabilityRisk.Dangerous)]
    [InlineData("NET_BIND_SERVICE", CapabilityRisk.DefaultGranted)]
    [InlineData("CHOWN", CapabilityRisk.DefaultGranted)]
    [InlineData("IPC_LOCK", CapabilityRisk.Elevated)]
    [InlineData("SYS_NICE", CapabilityRisk.Elevated)]
    [InlineData("NOT_A_CAP", CapabilityRisk.Unknown)]
    [InlineData("", CapabilityRisk.Unknown)]
    [InlineData(null, CapabilityRisk.Unknown)]
    public void Capabilities(string? name, CapabilityRisk expected) => Assert.Equal(expected, LinuxCapabilities.Classify(name));

    [Fact]
    public void Dangerous_capabilities_say_why_and_others_do_not()
    {
        Assert.Contains("escape", LinuxCapabilities.DescribeDanger("sys_admin"));
        Assert.Null(LinuxCapabilities.DescribeDanger("CHOWN"));
    }

    [Theory]
    [InlineData("/var/run/docker.sock", HostPathRisk.EngineSocket)]
    [InlineData("/run/docker.sock", HostPathRisk.EngineSocket)]
    [InlineData("//var/run//docker.sock/", HostPathRisk.EngineSocket)]
    [InlineData("/home/me/.colima/default/docker.sock", HostPathRisk.EngineSocket)]
    [InlineData(@"\\.\pipe\docker_engine", HostPathRisk.EngineSocket)]
    [InlineData("/run/containerd/containerd.sock", HostPathRisk.EngineSocket)]
    [InlineData("/", HostPathRisk.HostRoot)]
    [InlineData("/.", HostPathRisk.HostRoot)]
    [InlineData(@"C:\", HostPathRisk.HostRoot)]
    [InlineData("/etc", HostPathRisk.SystemDirectory)]
    [InlineData("/etc/", HostPathRisk.SystemDirectory)]
    [InlineData("/proc", HostPathRisk.SystemDirectory)]
    [InlineData("/proc/sys/kernel", HostPathRisk.SystemDirectory)]
    [InlineData("/sys/fs/cgroup", HostPathRisk.SystemDirectory)]
    [InlineData("/var/lib/docker", HostPathRisk.SystemDirectory)]
    [InlineData("/srv/app/data/../../../etc", HostPathRisk.SystemDirectory)]
    [InlineData("/etc/localtime", HostPathRisk.None)]
    [InlineData("/etc/ssl/certs", HostPathRisk.None)]
    [InlineData("/srv/app/data", HostPathRisk.None)]
    [InlineData("/home/me/project", HostPathRisk.None)]
    [InlineData("myvolume", HostPathRisk.None)]
    [InlineData(null, HostPathRisk.None)]
    public void Host_paths(string? path, HostPathRisk expected) => Assert.Equal(expected, HostMounts.Classify(path));

    [Theory]
    [InlineData("/var/run/docker.sock:/var/run/docker.sock", "/var/run/docker.sock", "/var/run/docker.sock", null, false)]
    [InlineData("/data:/data:ro,z", "/data", "/data", "ro,z", true)]
    [InlineData(@"C:\data:C:\app\data", @"C:\data", @"C:\app\data", null, false)]
    [InlineData("cache:/root/.cache:rw", "cache", "/root/.cache", "rw", false)]
    public void Binds_are_split_like_docker(string bind, string source, string target, string? options, bool readOnly)
    {
        var mount = HostMounts.ParseBind(bind);
        Assert.NotNull(mount);
        Assert.Equal(source, mount!.Source);
        Assert.Equal(target, mount.Target);
        Assert.Equal(options, mount.Options);
        Assert.Equal(readOnly, mount.IsReadOnly);
    }

    [Fact]
    public void A_bind_without_a_target_is_not_a_bind()
    {
        Assert.Null(HostMounts.ParseBind("/data"));
        Assert.False(HostMounts.ParseBind("cache:/x")!.IsHostPath);
    }

    [Theory]
    [InlineData("host", true)]
    [InlineData(" HOST ", true)]
    [InlineData("container:abc", false)]
    [InlineData("bridge", false)]
    [InlineData("private", false)]
    [InlineData(null, false)]
    public void Host_namespace_modes(string? mode, bool expected) => Assert.Equal(expected, HostNamespaces.IsHostMode(mode));

    [Theory]
    [InlineData("seccomp=unconfined", WeakSecurityOption.SeccompUnconfined)]
    [InlineData("seccomp:unconfined", WeakSecurityOption.SeccompUnconfined)]
    [InlineData("apparmor=unconfined", WeakSecurityOption.AppArmorUnconfined)]
    [InlineData("label=disable", WeakSecurityOption.LabelDisabled)]
    [InlineData("label:disable", WeakSecurityOption.LabelDisabled)]
    [InlineData("systempaths=unconfined", WeakSecurityOption.SystemPathsUnconfined)]
    [InlineData("no-new-privileges=false", WeakSecurityOption.NewPrivilegesAllowed)]
    [InlineData("no-new-privileges", WeakSecurityOption.None)]
    [InlineData("seccomp=/etc/docker/seccomp.json", WeakSecurityOption.None)]
    [InlineData("label=type:svirt_apache_t", WeakSecurityOption.None)]
    [InlineData(null, WeakSecurityOption.None)]
    public void Security_options(string? option, WeakSecurityOption expected) => Assert.Equal(expected, SecurityOptions.Classify(option));

    [Theory]
    [InlineData("no-new-privileges", true)]
    [InlineData("no-new-privileges:true", true)]
    [InlineData("no-new-privileges=false", false)]
    public void No_new_privileges(string option, bool expected) => Assert.Equal(expected, SecurityOptions.IsNoNewPrivileges(option));

    [Theory]
    [InlineData(22, "SSH")]
    [InlineData(3389, "RDP")]
    [InlineData(2375, "the Docker API without TLS")]
    [InlineData(80, null)]
    [InlineData(443, null)]
    [InlineData(8022, null)]
    public void Administration_ports(int port, string? service) => Assert.Equal(service, ExposedPorts.FindAdministrationPort(port)?.Service);

    [Fact]
    public void A_credential_name_with_a_literal_is_a_secret_and_is_never_echoed()
    {
        string value = "Tr0ub4dor&3xample!";
        var secret = Assert.Single(EnvironmentSecrets.FindInValue("DB_PASSWORD", value, CredentialNames.Default));
        Assert.Equal(EnvironmentSecretKind.CredentialValue, secret.Kind);
        Assert.Equal(0, secret.Start);
        Assert.Equal(value.Length, secret.Length);
        Assert.DoesNotContain(value, secret.Description);
        Assert.DoesNotContain(value, secret.Redacted);
    }

    [Fact]
    public void A_known_format_counts_under_any_name()
    {
        string value = "Server=db;Database=app;User Id=sa;Password=Xq7#mP2!vL9w;";
        var secret = Assert.Single(EnvironmentSecrets.FindInValue("CONNECTION", value, CredentialNames.Default));
        Assert.Equal(EnvironmentSecretKind.KnownFormat, secret.Kind);
        Assert.Equal("Xq7#mP2!vL9w", value.Substring(secret.Start, secret.Length));
    }

    [Fact]
    public void An_assignment_inside_a_value_counts()
    {
        string value = "-Xmx1g -Ddb.password=Xq7mP2vL9wQ3 -Dother=1";
        var secret = Assert.Single(EnvironmentSecrets.FindInValue("JAVA_OPTS", value, CredentialNames.Default));
        Assert.Equal(EnvironmentSecretKind.EmbeddedAssignment, secret.Kind);
        Assert.Equal("Xq7mP2vL9wQ3", value.Substring(secret.Start, secret.Length));
    }

    [Theory]
    [InlineData("DB_PASSWORD", "")]
    [InlineData("DB_PASSWORD", "<password>")]
    [InlineData("DB_PASSWORD", "${DB_PASSWORD}")]
    [InlineData("DB_PASSWORD_FILE", "/run/secrets/db")]
    [InlineData("ASPNETCORE_URLS", "http://+:8080")]
    [InlineData("LOG_LEVEL", "Information")]
    public void Placeholders_references_and_ordinary_values_are_silent(string name, string value)
        => Assert.Empty(EnvironmentSecrets.FindInValue(name, value, CredentialNames.Default));

    [Theory]
    [InlineData("DB_PASSWORD", true)]
    [InlineData("ApiKey", true)]
    [InlineData("STORAGE_ACCOUNT_KEY", true)]
    [InlineData("LOG_LEVEL", false)]
    [InlineData("ASPNETCORE_ENVIRONMENT", false)]
    public void Credential_names(string name, bool expected) => Assert.Equal(expected, EnvironmentSecrets.HasCredentialName(name, CredentialNames.Default));

    [Theory]
    [InlineData("A=b=c", "A", "b=c", 2)]
    [InlineData("A=", "A", "", 2)]
    [InlineData("A", "A", null, 1)]
    public void Docker_env_entries(string entry, string name, string? value, int valueStart)
        => Assert.Equal((name, value, valueStart), EnvironmentSecrets.SplitEntry(entry));
}
