using System;
using System.Collections.Generic;
using ContainerGuard.Catalog;
using ContainerGuard.Configuration;
using ContainerGuard.Text;

namespace ContainerGuard.Findings;

/// <summary>
/// Gathers the findings of one file: applies configured severities and drops rules switched off.
/// Inline suppressions are the surface's business (it knows its own comment syntax).
/// </summary>
public sealed class FindingCollector
{
    private readonly List<Finding> _findings = new();

    public FindingCollector(string path, SourceText text, ContainerGuardConfiguration configuration)
    {
        Path = path;
        Text = text;
        Configuration = configuration;
    }

    public string Path { get; }

    public SourceText Text { get; }

    public ContainerGuardConfiguration Configuration { get; }

    public IReadOnlyList<Finding> Findings => _findings;

    public void Report(RuleDescriptor rule, TextSpan span, string message)
        => Report(rule, Text.GetLineSpan(span), message);

    public void Report(RuleDescriptor rule, LinePositionSpan span, string message)
    {
        var severity = Configuration.GetSeverity(rule);
        if (severity == Severity.None)
        {
            return;
        }

        _findings.Add(new Finding(rule, Path, span, message, severity));
    }

    /// <summary>Reports a finding from outside the rule engine (e.g. a file that could not be read).</summary>
    public void Add(Finding finding)
    {
        if (Configuration.GetSeverity(finding.Rule) != Severity.None)
        {
            _findings.Add(finding);
        }
    }

    public bool IsEnabled(RuleDescriptor rule) => Configuration.GetSeverity(rule) != Severity.None;

    /// <summary>The CG9004 finding for a rule that threw (Linter's one guarded rule loop calls this).</summary>
    public void ReportRuleFailure(string ruleName, Exception exception)
    {
        // The message names the rule and the exception type only: exception text could quote file content.
        Report(ToolRules.RuleFailed, new LinePositionSpan(1, 1, 1, 1), $"Rule {ruleName} failed on this file ({exception.GetType().Name}); other rules still ran.");
    }
}
