#!/usr/bin/env python3
"""Maps each tool's SARIF results to corpus cases (one case per file, Corpus/Cases/<id>.cs) and scores them.

Prints a Markdown table: case, expected, kind, author, then per tool the rule ids that fired in the case's file
(or '-'). A case counts as found by a tool when any of the tool's security rules below fired in that file.
Never prints a diagnostic message (messages may quote values).
"""
import json, os, sys, collections

# Per tool: the rules that count on secret cases, and those that count on TLS / transport cases.
TOOLS = [
    ("cg", "ContainerGuard", {"CG1001", "CG1002", "CG1003"}, {"CG1010", "CG1011"}),
    ("sonar", "Sonar 9.32", {"S2068", "S6418"}, {"S4830", "S5332", "S4423", "S4433"}),
    ("scs", "SCS 5.6.7", {"SCS0015"}, {"SCS0004"}),
]
POSITIVE = {"secret", "insecure"}


def load_cases(path):
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        return [dict(zip(header, line.rstrip("\n").split("\t"))) for line in f if line.strip()]


def load_hits(sarif_path, rules):
    hits = collections.defaultdict(set)
    if not os.path.exists(sarif_path):
        return None
    with open(sarif_path, encoding="utf-8-sig") as f:
        log = json.load(f)
    for run in log.get("runs", []):
        for result in run.get("results", []):
            rule = result.get("ruleId", "")
            if rule not in rules or result.get("suppressions"):
                continue
            for location in result.get("locations", []):
                uri = location.get("physicalLocation", {}).get("artifactLocation", {}).get("uri", "")
                name = os.path.basename(uri.replace("\\", "/"))
                if "/Cases/" in uri.replace("\\", "/") and name.endswith(".cs"):
                    hits[name[:-3]].add(rule)
    return hits


def main():
    cases = load_cases(sys.argv[1])
    results_dir = sys.argv[2]
    hits = {key: load_hits(os.path.join(results_dir, key + ".sarif"), secret_rules | tls_rules) for key, _, secret_rules, tls_rules in TOOLS}
    relevant = {key: (secret_rules, tls_rules) for key, _, secret_rules, tls_rules in TOOLS}
    for key in hits:
        if hits[key] is None:
            continue
        for case in cases:
            secret_rules, tls_rules = relevant[key]
            counted = secret_rules if case["expected"] in ("secret", "not-secret") else tls_rules
            hits[key][case["id"]] = hits[key].get(case["id"], set()) & counted
    print("| case | expected | kind | author | " + " | ".join(label for _, label, _, _ in TOOLS) + " |")
    print("|---|---|---|---|" + "---|" * len(TOOLS))
    for case in cases:
        cells = []
        for key, _, _, _ in TOOLS:
            if hits[key] is None:
                cells.append("n/a")
            else:
                rules = sorted(hits[key].get(case["id"], ()))
                cells.append(",".join(rules) if rules else "-")
        print(f"| {case['id']} | {case['expected']} | {case['kind']} | {case['author']} | " + " | ".join(cells) + " |")

    def summary(title, subset):
        pos = [c for c in subset if c["expected"] in POSITIVE]
        neg = [c for c in subset if c["expected"] not in POSITIVE]
        print(f"\n**{title}** ({len(pos)} positive, {len(neg)} negative cases)\n")
        print("| tool | found (recall) | false positives |")
        print("|---|---|---|")
        for key, label, _, _ in TOOLS:
            if hits[key] is None:
                print(f"| {label} | no results (build failed?) | |")
                continue
            tp = sum(1 for c in pos if hits[key].get(c["id"]))
            fp = sum(1 for c in neg if hits[key].get(c["id"]))
            recall = f"{tp}/{len(pos)} ({100.0 * tp / len(pos):.0f}%)" if pos else "-"
            print(f"| {label} | {recall} | {fp}/{len(neg)} |")

    secrets = [c for c in cases if c["expected"] in ("secret", "not-secret")]
    tls = [c for c in cases if c["expected"] in ("insecure", "secure")]
    summary("Secrets, all cases", secrets)
    summary("Secrets, neutral cases only", [c for c in secrets if c["author"] == "neutral"])
    summary("TLS / transport, all cases (all neutral)", tls)


if __name__ == "__main__":
    main()
