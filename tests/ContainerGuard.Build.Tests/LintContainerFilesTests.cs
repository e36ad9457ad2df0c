using ContainerGuard.Build;
using ContainerGuard.Dockerfile;
using ContainerGuard.Project;
using ContainerGuard.Catalog;
using ContainerGuard.Findings;
using ContainerGuard.Tests.Infrastructure;
using ContainerGuard.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ContainerGuard.Tests;

/// <summary>
/// The task with a fake build engine. A fake linter (lines starting WARN/ERROR/INFO become findings) keeps
/// these tests about the task — mapping, failure handling, cache — independent of the rules.
/// </summary>
public sealed class LintContainerFilesTests : IDisposable
{
    private static readonly DateTimeOffset Today = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory _dir = new("cg-task");
    private readonly Dictionary<string, int> _lintCalls = new(StringComparer.Ordinal);

    public void Dispose() => _dir.Dispose();

    private string CacheFile => Path.Combine(_dir.Path, "obj", "containerguard.cache");

    [Fact]
    public void Warning_is_logged_with_code_position_and_help_link()
    {
        string dockerfile = _dir.Write("Dockerfile", "FROM x\nWARN here\n");

        var (task, engine) = CreateTask(dockerfile);

        Assert.True(task.Execute());
        var warning = Assert.Single(engine.Warnings);
        Assert.Equal("CG4001", warning.Code);
        Assert.Equal(dockerfile, warning.File);
        Assert.Equal(2, warning.LineNumber);
        Assert.Equal(1, warning.ColumnNumber);
        Assert.Equal(2, warning.EndLineNumber);
        Assert.Equal(10, warning.EndColumnNumber);
        Assert.Equal("https://github.com/containerguard/containerguard/blob/main/docs/rules/CG4001.md", warning.HelpLink);
        Assert.StartsWith("fake finding at line 2", warning.Message);
        Assert.Contains(warning.HelpLink, warning.Message);
        Assert.Empty(engine.Errors);
    }

    [Fact]
    public void Error_severity_is_logged_as_error_and_fails_the_task()
    {
        string dockerfile = _dir.Write("Dockerfile", "ERROR secret\n");

        var (task, engine) = CreateTask(dockerfile);

        Assert.False(task.Execute());
        var error = Assert.Single(engine.Errors);
        Assert.Equal("CG4040", error.Code);
        Assert.Equal(1, error.LineNumber);
        Assert.Equal(DockerfileRuleDescriptors.SecretInEnvOrArg.HelpUri, error.HelpLink);
    }

    [Fact]
    public void Info_severity_is_a_high_importance_message_with_its_code()
    {
        string dockerfile = _dir.Write("Dockerfile", "FROM x\n\nINFO digest\n");

        var (task, engine) = CreateTask(dockerfile);

        Assert.True(task.Execute());
        Assert.Empty(engine.Warnings);
        var message = Assert.Single(engine.Messages, m => m.Code == "CG4011");
        Assert.Equal(MessageImportance.High, message.Importance);
        Assert.Equal(dockerfile, message.File);
        Assert.Equal(3, message.LineNumber);
    }

    [Fact]
    public void NoWarn_silences_warnings_and_info_findings()
    {
        string dockerfile = _dir.Write("Dockerfile", "WARN a\nINFO b\nERROR c\n");

        var (task, engine) = CreateTask(dockerfile);
        task.NoWarn = "1701;1702;CG4001 , cg4011";

        Assert.False(task.Execute());
        Assert.Equal(new[] { "CG4040" }, engine.AllCodes.ToArray());
    }

    [Fact]
    public void TreatWarningsAsErrors_promotes_our_warnings_except_WarningsNotAsErrors()
    {
        string dockerfile = _dir.Write("Dockerfile", "WARN a\nWARN2 b\nINFO c\n");

        var (task, engine) = CreateTask(dockerfile);
        task.TreatWarningsAsErrors = "True";
        task.WarningsNotAsErrors = "NU1603;CG4010";

        Assert.False(task.Execute());
        Assert.Equal("CG4001", Assert.Single(engine.Errors).Code);
        Assert.Equal("CG4010", Assert.Single(engine.Warnings).Code);
        Assert.Contains(engine.Messages, m => m.Code == "CG4011");
    }

    [Fact]
    public void Missing_file_is_one_CG9001_warning_and_the_task_succeeds()
    {
        string missing = Path.Combine(_dir.Path, "sub", "Dockerfile");

        var (task, engine) = CreateTask(missing);

        Assert.True(task.Execute());
        var warning = Assert.Single(engine.Warnings);
        Assert.Equal("CG9001", warning.Code);
        Assert.Equal(missing, warning.File);
        Assert.Equal((1, 1), (warning.LineNumber, warning.ColumnNumber));
        Assert.Contains("does not exist", warning.Message);
    }

    [Fact]
    public void Folder_named_like_a_Dockerfile_is_CG9001_not_an_exception()
    {
        string folder = Path.Combine(_dir.Path, "Dockerfile.d");
        Directory.CreateDirectory(folder);

        var (task, engine) = CreateTask(folder);

        Assert.True(task.Execute());
        Assert.Equal("CG9001", Assert.Single(engine.Warnings).Code);
    }

    [Fact]
    public void Binary_file_is_CG9001_and_other_files_are_still_linted()
    {
        string binary = Path.Combine(_dir.Path, "image.Dockerfile");
        File.WriteAllBytes(binary, new byte[] { 0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2 });
        string good = _dir.Write("Dockerfile", "WARN a\n");

        var (task, engine) = CreateTask(binary, good);

        Assert.True(task.Execute());
        Assert.Equal(new[] { ("CG9001", binary), ("CG4001", good) }, engine.Warnings.Select(w => (w.Code, w.File)).ToArray());
        Assert.DoesNotContain(binary, _lintCalls.Keys);
    }

    [Fact]
    public void Linter_exception_is_CG9004_at_the_file_and_never_a_task_exception()
    {
        string dockerfile = _dir.Write("Dockerfile", "THROW\n");

        var (task, engine) = CreateTask(dockerfile);

        Assert.True(task.Execute());
        var warning = Assert.Single(engine.Warnings);
        Assert.Equal("CG9004", warning.Code);
        Assert.Contains("InvalidOperationException", warning.Message);
        Assert.DoesNotContain("boom", warning.Message);
    }

    [Fact]
    public void Oversized_file_is_CG9001_without_reading_it()
    {
        string big = Path.Combine(_dir.Path, "Dockerfile");
        using (var stream = File.Create(big))
        {
            stream.SetLength(Linter.MaxFileLength + 1L);
        }

        var (task, engine) = CreateTask(big);

        Assert.True(task.Execute());
        Assert.Equal("CG9001", Assert.Single(engine.Warnings).Code);
        Assert.Empty(_lintCalls);
    }

    [Fact]
    public void Same_file_listed_twice_is_linted_once()
    {
        string dockerfile = _dir.Write("Dockerfile", "WARN a\n");

        var (task, engine) = CreateTask(dockerfile, Path.Combine(_dir.Path, ".", "Dockerfile"));

        Assert.True(task.Execute());
        Assert.Single(engine.Warnings);
    }

    [Fact]
    public void Real_linter_runs_on_a_real_file()
    {
        // No fake: the task's default linter (the rules registered in Core) must run without failing.
        string dockerfile = _dir.Write("Dockerfile", "FROM mcr.microsoft.com/dotnet/aspnet:10.0\nUSER app\n");
        var engine = new FakeBuildEngine();
        var task = new LintContainerFiles { BuildEngine = engine, Dockerfiles = new ITaskItem[] { new TaskItem(dockerfile) }, Now = Today };

        Assert.True(task.Execute());
        Assert.Empty(engine.Errors);
        Assert.DoesNotContain(engine.Warnings, w => w.Code.StartsWith("CG9", StringComparison.Ordinal));
        Assert.Equal(1, task.LintedCount);
    }

    [Fact]
    public void Second_run_replays_the_same_findings_from_the_cache_without_linting()
    {
        string dockerfile = _dir.Write("Dockerfile", "WARN a\nINFO b\n");
        var (first, firstEngine) = CreateTask(dockerfile);
        Assert.True(first.Execute());

        var (second, secondEngine) = CreateTask(dockerfile);
        Assert.True(second.Execute());

        Assert.Equal(1, _lintCalls[dockerfile]);
        Assert.Equal((0, 1), (second.LintedCount, second.ReplayedCount));
        Assert.Equal(Describe(firstEngine), Describe(secondEngine));
        Assert.Contains(secondEngine.Messages, m => m.Message == "ContainerGuard: 0 file(s) linted, 1 replayed from the cache.");
    }

    [Fact]
    public void Replayed_errors_still_fail_the_task()
    {
        string dockerfile = _dir.Write("Dockerfile", "ERROR a\n");
        Assert.False(CreateTask(dockerfile).Task.Execute());

        var (second, engine) = CreateTask(dockerfile);

        Assert.False(second.Execute());
        Assert.Equal(1, second.ReplayedCount);
        Assert.Equal("CG4040", Assert.Single(engine.Errors).Code);
    }

    [Fact]
    public void Changed_file_is_linted_again()
    {
        string dockerfile = _dir.Write("Dockerfile", "WARN a\n");
        Assert.True(CreateTask(dockerfile).Task.Execute());
        File.WriteAllText(dockerfile, "WARN a\nWARN2 b\n");

        var (second, engine) = CreateTask(dockerfile);
        Assert.True(second.Execute());

        Assert.Equal(2, _lintCalls[dockerfile]);
        Assert.Equal((1, 0), (second.LintedCount, second.ReplayedCount));
        Assert.Equal(new[] { "CG4001", "CG4010" }, engine.Warnings.Select(w => w.Code).ToArray());
    }

    [Fact]
    public void Touched_file_with_the_same_content_is_replayed()
    {
        string dockerfile = _dir.Write("Dockerfile", "WARN a\n");
        Assert.True(CreateTask(dockerfile).Task.Execute());
        File.SetLastWriteTimeUtc(dockerfile, DateTime.UtcNow.AddMinutes(5));

        var (second, engine) = CreateTask(dockerfile);
        Assert.True(second.Execute());

        Assert.Equal(1, _lintCalls[dockerfile]);
        Assert.Equal("CG4001", Assert.Single(engine.Warnings).Code);
    }

    [Fact]
    public void Configuration_change_lints_again()
    {
        string dockerfile = _dir.Write("Dockerfile", "WARN a\n");
        Assert.True(CreateTask(dockerfile).Task.Execute());

        var (second, _) = CreateTask(dockerfile);
        second.ApprovedRegistries = "contoso.azurecr.io";
        Assert.True(second.Execute());
        Assert.Equal(2, _lintCalls[dockerfile]);

        var (third, _) = CreateTask(dockerfile);
        third.ApprovedRegistries = "contoso.azurecr.io";
        Assert.True(third.Execute());
        Assert.Equal(2, _lintCalls[dockerfile]);

        var (fourth, _) = CreateTask(dockerfile);
        fourth.ApprovedRegistries = "contoso.azurecr.io";
        fourth.NoWarn = "CG4001";
        Assert.True(fourth.Execute());
        Assert.Equal(3, _lintCalls[dockerfile]);
    }

    [Fact]
    public void A_new_day_lints_again_because_end_of_life_dates_pass()
    {
        string dockerfile = _dir.Write("Dockerfile", "WARN a\n");
        Assert.True(CreateTask(dockerfile).Task.Execute());

        var (tomorrow, _) = CreateTask(dockerfile);
        tomorrow.Now = Today.AddDays(1);
        Assert.True(tomorrow.Execute());

        Assert.Equal(2, _lintCalls[dockerfile]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage\n\0\0\0")]
    [InlineData("containerguard-cache 1\n")]
    [InlineData("containerguard-cache 1\nSTAMP\nF\tx\n")]
    [InlineData("containerguard-cache 1\nSTAMP\nF\tPATH\t1\t2\tabc\tdef\nD\tCG4001\twarning\t1\t1\t1\tx\tmsg\n")]
    [InlineData("containerguard-cache 1\nSTAMP\nF\tPATH\t7\tnot-a-number\tabc\tdef\nEND\n")]
    [InlineData("containerguard-cache 1\nSTAMP\nF\tPATH\t7\t1\tabc\tdef\nD\tCG0000\twarning\t1\t1\t1\t5\tmsg\nEND\n")]
    public void Corrupt_cache_is_ignored_and_rewritten(string corrupt)
    {
        string dockerfile = _dir.Write("Dockerfile", "WARN a\n");
        Assert.True(CreateTask(dockerfile).Task.Execute());
        string stamp = File.ReadAllLines(CacheFile)[1];
        File.WriteAllText(CacheFile, corrupt.Replace("STAMP", stamp).Replace("PATH", dockerfile));

        var (second, engine) = CreateTask(dockerfile);
        Assert.True(second.Execute());
        Assert.Equal("CG4001", Assert.Single(engine.Warnings).Code);

        var (third, thirdEngine) = CreateTask(dockerfile);
        Assert.True(third.Execute());
        Assert.Equal(1, third.ReplayedCount);
        Assert.Equal("CG4001", Assert.Single(thirdEngine.Warnings).Code);
    }

    [Fact]
    public void Cache_keeps_messages_with_tabs_and_newlines_and_forgets_removed_files()
    {
        string a = _dir.Write("a.Dockerfile", "WARN\ta\\b\n");
        string b = _dir.Write("b.Dockerfile", "WARN b\n");
        var (first, firstEngine) = CreateTask(a, b);
        Assert.True(first.Execute());

        var (second, secondEngine) = CreateTask(a);
        Assert.True(second.Execute());

        Assert.Equal(firstEngine.Warnings[0].Message, Assert.Single(secondEngine.Warnings).Message);
        Assert.DoesNotContain(b, File.ReadAllText(CacheFile));
    }

    [Fact]
    public void Unreadable_cache_location_does_not_fail_the_build()
    {
        string dockerfile = _dir.Write("Dockerfile", "WARN a\n");
        string blocker = _dir.Write("blocker", "a file where a folder should be");
        var (task, engine) = CreateTask(dockerfile);
        task.CacheFile = Path.Combine(blocker, "containerguard.cache");

        Assert.True(task.Execute());
        Assert.Equal("CG4001", Assert.Single(engine.Warnings).Code);
    }

    [Fact]
    public void Nearest_containerguard_json_sets_severities_per_folder()
    {
        _dir.Write("containerguard.json", "{ \"rules\": { \"CG4001\": \"error\" } }");
        _dir.Write("svc/containerguard.json", "{ \"rules\": { \"CG4001\": \"none\" } }");
        string root = _dir.Write("Dockerfile", "WARN a\n");
        string nested = _dir.Write("svc/deep/Dockerfile", "WARN a\nWARN2 b\n");

        var (task, engine) = CreateTask(root, nested);

        Assert.False(task.Execute());
        var error = Assert.Single(engine.Errors);
        Assert.Equal(("CG4001", root), (error.Code, error.File));
        var warning = Assert.Single(engine.Warnings);
        Assert.Equal(("CG4010", nested), (warning.Code, warning.File));
    }

    [Fact]
    public void Bad_containerguard_json_is_reported_once_at_the_key_on_every_build()
    {
        string config = _dir.Write("containerguard.json", "{\n  \"approvedRegistry\": []\n}");
        string a = _dir.Write("a/Dockerfile", "WARN a\n");
        string b = _dir.Write("b/Dockerfile", "WARN b\n");

        for (int build = 0; build < 2; build++)
        {
            var (task, engine) = CreateTask(a, b);
            Assert.True(task.Execute());
            var problem = Assert.Single(engine.Warnings, w => w.Code == "CG9003");
            Assert.Equal((config, 2, 3), (problem.File, problem.LineNumber, problem.ColumnNumber));
            Assert.Equal(2, engine.Warnings.Count(w => w.Code == "CG4001"));
        }
    }

    [Fact]
    public void Editing_containerguard_json_lints_again()
    {
        string config = _dir.Write("containerguard.json", "{ }");
        string dockerfile = _dir.Write("Dockerfile", "WARN a\n");
        Assert.True(CreateTask(dockerfile).Task.Execute());

        File.WriteAllText(config, "{ \"rules\": { \"CG4001\": \"info\" } }");
        var (second, engine) = CreateTask(dockerfile);
        Assert.True(second.Execute());

        Assert.Equal(2, _lintCalls[dockerfile]);
        Assert.Empty(engine.Warnings);
        Assert.Contains(engine.Messages, m => m.Code == "CG4001" && m.Importance == MessageImportance.High);
    }

    [Fact]
    public void ContainerGuardConfigFile_replaces_the_nearest_file()
    {
        _dir.Write("containerguard.json", "{ \"rules\": { \"CG4001\": \"error\" } }");
        string chosen = _dir.Write("config/strict.json", "{ \"rules\": { \"CG4010\": \"error\" } }");
        string dockerfile = _dir.Write("Dockerfile", "WARN a\nWARN2 b\n");

        var (task, engine) = CreateTask(dockerfile);
        task.ConfigFile = chosen;

        Assert.False(task.Execute());
        Assert.Equal("CG4010", Assert.Single(engine.Errors).Code);
        Assert.Equal("CG4001", Assert.Single(engine.Warnings).Code);
    }

    [Fact]
    public void Missing_ContainerGuardConfigFile_is_CG9001_and_defaults_apply()
    {
        string dockerfile = _dir.Write("Dockerfile", "WARN a\n");

        var (task, engine) = CreateTask(dockerfile);
        task.ConfigFile = Path.Combine(_dir.Path, "nope.json");

        Assert.True(task.Execute());
        // Configuration problems are logged after the files' findings, once.
        Assert.Equal(new[] { "CG4001", "CG9001" }, engine.Warnings.Select(w => w.Code).ToArray());
        Assert.Equal((1, 1), (engine.Warnings[1].LineNumber, engine.Warnings[1].ColumnNumber));
    }

    [Fact]
    public void Invalid_MSBuild_property_entry_is_CG9003_at_the_project()
    {
        string dockerfile = _dir.Write("Dockerfile", "WARN a\n");

        var (task, engine) = CreateTask(dockerfile);
        task.ApprovedRegistries = "contoso.azurecr.io;http://bad host/";

        Assert.True(task.Execute());
        var problem = Assert.Single(engine.Warnings, w => w.Code == "CG9003");
        Assert.Equal(task.ProjectFile, problem.File);
        Assert.Contains("ContainerGuardApprovedRegistries", problem.Message);
    }

    [Fact]
    public void Sdk_container_properties_are_linted_at_the_line_that_sets_them()
    {
        string project = _dir.Write("app.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n    <ContainerUser>root</ContainerUser>\n  </PropertyGroup>\n</Project>\n");

        var (task, engine) = CreateTask();
        task.ProjectFile = project;
        task.TargetFramework = "net10.0";
        task.UsingMicrosoftNETSdkWeb = "true";
        task.ContainerUser = "root";

        Assert.True(task.Execute());
        var warning = Assert.Single(engine.Warnings, w => w.Code == "CG6030");
        Assert.Equal((project, 4, 20), (warning.File, warning.LineNumber, warning.ColumnNumber));
        Assert.Equal(ProjectRuleDescriptors.RootUser.HelpUri, warning.HelpLink);
    }

    [Fact]
    public void Container_environment_variables_are_linted_as_MSBuild_evaluated_them()
    {
        string project = _dir.Write("app.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n  <ItemGroup>\n    <ContainerEnvironmentVariable Include=\"DB_PASSWORD\" Value=\"S3cr3t!x9\" />\n    <ContainerEnvironmentVariable Include=\"API_TOKEN\" Value=\"Zq8vLm2Rt5Xw9Kp3\" />\n  </ItemGroup>\n</Project>\n");

        var (task, engine) = CreateTask();
        task.ProjectFile = project;
        task.TargetFramework = "net10.0";
        task.UsingMicrosoftNETSdkWeb = "true";
        var variable = new TaskItem("DB_PASSWORD");
        variable.SetMetadata("Value", "S3cr3t!x9");
        // API_TOKEN was removed by an import MSBuild evaluated: only what MSBuild passes counts.
        task.ContainerEnvironmentVariables = new ITaskItem[] { variable };

        Assert.False(task.Execute());
        var error = Assert.Single(engine.Errors, e => e.Code == "CG6040");
        Assert.Equal((project, 3, 64, 3, 73), (error.File, error.LineNumber, error.ColumnNumber, error.EndLineNumber, error.EndColumnNumber));
        Assert.DoesNotContain("S3cr3t!x9", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(engine.Errors, e => e.Message?.Contains("API_TOKEN", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Project_without_container_properties_gets_no_project_findings()
    {
        string project = _dir.Write("app.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n");

        var (task, engine) = CreateTask();
        task.ProjectFile = project;
        task.TargetFramework = "net10.0";
        task.UsingMicrosoftNETSdkWeb = "true";
        task.EnableSdkContainerSupport = "true";

        Assert.True(task.Execute());
        Assert.Empty(engine.AllCodes);
    }

    [Fact]
    public void Editorconfig_severities_given_by_MSBuild_and_found_above_the_file_apply_and_raise_a_rule_the_json_switched_off()
    {
        string dockerfile = _dir.Write("deploy/Dockerfile", "WARN a\nINFO b\nWARN2 c\n");
        _dir.Write("containerguard.json", """{ "rules": { "CG4011": "none", "CG4010": "error" } }""");
        string global = _dir.Write("obj/app.globalconfig", "is_global = true\ndotnet_diagnostic.CG4001.severity = error\n");
        _dir.Write("deploy/.editorconfig", "[Dockerfile]\ndotnet_diagnostic.CG4011.severity = warning\ndotnet_analyzer_diagnostic.category-Security.pinning.severity = suggestion\n");

        var (task, engine) = CreateTask(dockerfile);
        task.EditorConfigFiles = new ITaskItem[] { new TaskItem(global) };

        Assert.False(task.Execute());
        Assert.Equal("CG4001", Assert.Single(engine.Errors).Code);                               // global config
        Assert.Equal("CG4011", Assert.Single(engine.Warnings).Code);                             // .editorconfig raises the json's "none"
        Assert.Contains(engine.Messages, m => m.Code == "CG4010");                               // category (pinning) over the json's "error"
    }

    [Fact]
    public void WarningsAsErrors_and_NoWarn_come_before_editorconfig_as_for_the_compiler()
    {
        string dockerfile = _dir.Write("Dockerfile", "WARN a\nWARN2 b\n");
        _dir.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.CG4001.severity = none\ndotnet_diagnostic.CG4010.severity = error\n");

        var (task, engine) = CreateTask(dockerfile);
        task.WarningsAsErrors = "CG4001";
        task.NoWarn = "CG4010";

        Assert.False(task.Execute());
        Assert.Equal("CG4001", Assert.Single(engine.Errors).Code);
        Assert.Empty(engine.Warnings);
    }

    [Fact]
    public void Editorconfig_mistakes_for_CG_ids_are_CG9003_at_the_key_once_per_build()
    {
        string dockerfile = _dir.Write("Dockerfile", "WARN a\n");
        string editorconfig = _dir.Write(".editorconfig", "root = true\n[*]\nindent_size = 4\ndotnet_diagnostic.CG4999.severity = error\ndotnet_diagnostic.CG4001.severity = eror\n");

        var (task, engine) = CreateTask(dockerfile);
        task.EditorConfigFiles = new ITaskItem[] { new TaskItem(editorconfig) };

        Assert.True(task.Execute());
        var problems = engine.Warnings.Where(w => w.Code == "CG9003").ToArray();
        Assert.Equal(new[] { (editorconfig, 4, 1), (editorconfig, 5, 1) }, problems.Select(p => (p.File, p.LineNumber, p.ColumnNumber)).ToArray());
        Assert.Contains("dotnet_diagnostic.CG4999.severity", problems[0].Message);
        Assert.Contains("dotnet_diagnostic.CG4001.severity has an unknown severity", problems[1].Message);
        Assert.Contains(engine.Warnings, w => w.Code == "CG4001");
    }

    [Fact]
    public void A_default_item_whose_name_is_not_a_Dockerfile_is_not_linted_but_an_added_item_is()
    {
        string notes = _dir.Write("Dockerfile.md", "WARN a\n");
        string custom = _dir.Write("build/prod.docker", "WARN a\n");
        var (task, engine) = CreateTask();
        var defaultItem = new TaskItem(notes);
        defaultItem.SetMetadata(LintContainerFiles.DefaultItemMetadata, "true");
        task.Dockerfiles = new ITaskItem[] { defaultItem, new TaskItem(custom) };

        Assert.True(task.Execute());
        Assert.Equal(new[] { custom }, engine.Warnings.Select(w => w.File).ToArray());
    }

    private (LintContainerFiles Task, FakeBuildEngine Engine) CreateTask(params string[] dockerfiles)
    {
        var engine = new FakeBuildEngine();
        var task = new LintContainerFiles
        {
            BuildEngine = engine,
            Dockerfiles = dockerfiles.Select(d => (ITaskItem)new TaskItem(d)).ToArray(),
            ProjectFile = Path.Combine(_dir.Path, "app.csproj"),
            CacheFile = CacheFile,
            Now = Today,
            DockerfileLinter = FakeLint,
        };
        return (task, engine);
    }

    private IReadOnlyList<Finding> FakeLint(string path, string content, LintOptions options)
    {
        _lintCalls[path] = _lintCalls.TryGetValue(path, out int n) ? n + 1 : 1;
        var text = new SourceText(content);
        var collector = new FindingCollector(path, text, options.Configuration);
        for (int line = 0; line < text.LineCount; line++)
        {
            int start = text.GetLineStart(line);
            string value = content.Substring(start, text.GetLineEnd(line) - start);
            RuleDescriptor? rule =
                value.StartsWith("WARN2", StringComparison.Ordinal) ? DockerfileRuleDescriptors.MovingTag :
                value.StartsWith("WARN", StringComparison.Ordinal) ? DockerfileRuleDescriptors.ImageFromDockerHub :
                value.StartsWith("ERROR", StringComparison.Ordinal) ? DockerfileRuleDescriptors.SecretInEnvOrArg :
                value.StartsWith("INFO", StringComparison.Ordinal) ? DockerfileRuleDescriptors.MissingDigest :
                value.StartsWith("THROW", StringComparison.Ordinal) ? throw new InvalidOperationException("boom " + value) :
                null;
            if (rule != null)
            {
                collector.Report(rule, new TextSpan(start, value.Length), $"fake finding at line {line + 1}: {value}");
            }
        }

        return collector.Findings;
    }

    private static string[] Describe(FakeBuildEngine engine)
        => engine.Warnings.Select(w => $"{w.Code} {w.File}({w.LineNumber},{w.ColumnNumber},{w.EndLineNumber},{w.EndColumnNumber}) {w.Message}")
            .Concat(engine.Messages.Where(m => m.Code != null).Select(m => $"{m.Code} {m.File}({m.LineNumber},{m.ColumnNumber}) {m.Message}"))
            .ToArray();
}
