#!/usr/bin/env python3
"""Derive the machine-readable audit expectations from the human-written EXPECTED.md files.

For every example in content/examples/ this reads Tests/EndToEndTests/Expectations/<example>/EXPECTED.md
(the checklist outcome of each item for each runtime entry, and the file:line its "why" names) and writes
audit.json next to it: the repository stage, each runtime entry with its stage and the nodes judged with
it, and the exact list of findings `paraready audit --format json` must produce (item, subject, status,
and for failures and warnings the file and line of the evidence).

Statuses always come from EXPECTED.md. Subjects, stages and which node serves which runtime come from the
hand-written facts.json. Evidence lines come from EXPECTED.md where it names one; for the other problem
findings they are taken from the tool's output (--record, needs a built paraready) and must then be
reviewed by hand: the script prints every line it took from the tool. Without --record it only checks
that each audit.json still agrees with its EXPECTED.md (the Swift test AuditExpectationTests checks the
same thing independently).

Usage: scripts/audit-expectations.py [--record BINARY] [--check] [EXAMPLE...]
"""

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXPECTATIONS = ROOT / "Tests/EndToEndTests/Expectations"
EXAMPLES = ROOT / "content/examples"

OUTCOMES = {"pass": "pass", "fail": "fail", "warn": "warn", "n/a": "not-applicable"}
LOCATION = re.compile(r"`([A-Za-z0-9_./-]+\.(?:rs|toml|json)):(\d+)`")
RANK = {"fail": 4, "warn": 3, "unknown": 2, "pass": 1, "not-applicable": 0}


def parse_expected(text, runtime_subjects):
    """{runtime subject: {item: (status, [(file, line)])}} from the checklist tables of EXPECTED.md."""
    result = {}
    heading = ""
    lines = text.split("\n")
    repository_items = {}
    for line in lines:
        match = re.match(r"Repository items: (.*)", line)
        if match:
            for item, outcome in re.findall(r"`([a-z0-9-]+)` (pass|fail|warn|n/a)", match.group(1)):
                repository_items[item] = (OUTCOMES[outcome], [])
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.startswith("## "):
            heading = line
        if line.startswith("| item |"):
            columns = [c.strip() for c in line.strip("|").split("|")]
            index += 2
            rows = []
            while index < len(lines) and lines[index].startswith("|"):
                rows.append([c.strip() for c in lines[index].strip().strip("|").split("|")])
                index += 1
            if columns[1:] == ["outcome", "why"]:
                subject = table_subject(heading, runtime_subjects)
                table = result.setdefault(subject, dict(repository_items))
                for item, outcome, why in rows:
                    table[item] = (OUTCOMES[outcome.split()[0]], LOCATION.findall(why))
            else:
                for name in columns[1:]:
                    subject = next(s for s in runtime_subjects if s.split("@")[0].endswith("/" + name))
                    result.setdefault(subject, dict(repository_items))
                for row in rows:
                    for name, cell in zip(columns[1:], row[1:]):
                        subject = next(s for s in runtime_subjects if s.split("@")[0].endswith("/" + name))
                        result[subject][row[0]] = (OUTCOMES[cell.split()[0]], LOCATION.findall(cell))
            continue
        index += 1
    return result


def table_subject(heading, runtime_subjects):
    if len(runtime_subjects) == 1:
        return runtime_subjects[0]
    if "variant: null" in heading:
        return next(s for s in runtime_subjects if "@" not in s)
    match = re.search(r"`([a-z0-9-]+)`", heading)
    return next(s for s in runtime_subjects if s.endswith("@" + match.group(1)))


def subject(entry, kind):
    name = entry.get("path") or entry.get("collator") or "launch-config"
    return f"{kind}:{name}" + (f"@{entry['variant']}" if entry.get("variant") else "")


def served_nodes(runtime, nodes):
    serving = [n for n in nodes if not n.get("runtimes") or runtime["path"] in n["runtimes"]]
    same = [n for n in serving if n.get("variant") == runtime.get("variant")]
    return same if same else [n for n in serving if n.get("variant") is None]


def main(argv):
    record = None
    check = "--check" in argv
    names = []
    arguments = iter(argv)
    for argument in arguments:
        if argument == "--record":
            record = next(arguments)
        elif argument != "--check":
            names.append(argument)
    names = names or sorted(p.name for p in EXAMPLES.iterdir() if p.is_dir())
    failures = 0
    for name in names:
        failures += process(name, record, check)
    return 1 if failures else 0


def process(name, record, check):
    folder = EXPECTATIONS / name
    facts = json.loads((folder / "facts.json").read_text())
    runtimes = facts["runtimes"]
    nodes = facts["nodes"]
    runtime_subjects = [subject(r, "runtime") for r in runtimes]
    expected = parse_expected((folder / "EXPECTED.md").read_text(), runtime_subjects)
    for runtime_subject, table in expected.items():
        if len(table) != 30:
            print(f"{name}: {runtime_subject} has {len(table)} items in EXPECTED.md, not 30")
            return 1
    entries = []
    for runtime in runtimes:
        entries.append(
            {
                "subject": subject(runtime, "runtime"),
                "stage": runtime["stage"],
                "nodes": [subject(n, "node") for n in served_nodes(runtime, nodes)],
            }
        )
    if record is None:
        document = json.loads((folder / "audit.json").read_text())
        problems = compare(name, document, expected)
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    audit = json.loads(
        subprocess.run(
            [record, "audit", str(EXAMPLES / name), "--format", "json", "--fail-on", "never"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    )
    findings = []
    for finding in audit["findings"]:
        entry = {"item": finding["item"], "subject": finding["subject"], "status": finding["status"]}
        if finding["status"] in ("fail", "warn"):
            entry["file"] = finding.get("file")
            entry["line"] = finding.get("line")
        findings.append(entry)
    document = {
        "example": name,
        "stage": facts["stage"],
        "runtimes": entries,
        "findings": findings,
    }
    problems = compare(name, document, expected)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{name}: the tool disagrees with EXPECTED.md; fix the rule or EXPECTED.md before recording")
        return 1
    text = render(document)
    if not check:
        (folder / "audit.json").write_text(text)
    for finding in findings:
        if "file" in finding:
            named = expected[owner(finding, entries)][finding["item"]][1] if owner(finding, entries) else []
            fact = fact_location(finding, facts)
            if named:
                source = "EXPECTED.md"
            elif fact == (finding["file"], finding["line"]):
                source = "facts.json"
            elif fact:
                source = f"tool (review: facts.json says {fact[0]}:{fact[1]})"
            else:
                source = "tool (review)"
            print(f"{name}: {finding['item']} {finding['subject']} {finding['status']} "
                  f"{finding['file']}:{finding['line']} [{source}]")
    return 0


# Which hand-written fact locates the evidence of a failing or warning finding, per item.
RUNTIME_FACTS = {
    "multiple-blocks-per-slot": ["allowMultipleBlocksPerSlot"],
    "unincluded-segment-capacity": ["constants", "UNINCLUDED_SEGMENT_CAPACITY"],
    "six-second-blocks": ["constants", "MILLISECS_PER_BLOCK"],
    "fast-blocks-need-capacity": ["constants", "MILLISECS_PER_BLOCK"],
    "two-second-block-weight": ["maxBlockWeightRefTimeMs"],
    "minimum-period-zero": ["minimumPeriodMs"],
    "relay-number-monotonic": ["checkAssociatedRelayNumber"],
    "strict-relay-number-with-lookahead": ["checkAssociatedRelayNumber"],
    "consensus-hook": ["consensusHook"],
    "aura-slot-duration": ["auraSlotDuration"],
    "aura-api-slot-duration": ["auraApiSlotDuration"],
    "check-inherents-removed": ["checkInherents"],
    "check-inherents-rejected": ["checkInherents"],
    "unincluded-segment-api": ["unincludedSegmentApi"],
    "block-number-time-constants": ["timeConstants", "MINUTES"],
    "capacity-requires-multiple-blocks": ["allowMultipleBlocksPerSlot"],
    "minimum-period-with-multiple-blocks": ["minimumPeriodMs"],
    "primitives-aura-dependency": ["primitivesAuraDependency"],
}


def fact_location(finding, facts):
    def at(value, keys):
        for key in keys:
            value = value.get(key) if isinstance(value, dict) else None
        if isinstance(value, dict) and value.get("file") and value.get("line"):
            return value["file"], value["line"]
        return None

    kind, _, name = finding["subject"].partition(":")
    path, _, variant = name.partition("@")
    if finding["item"] == "sdk-version":
        return at(facts["sdk"], ["evidence"])
    if kind == "runtime" and finding["item"] in RUNTIME_FACTS:
        for runtime in facts["runtimes"]:
            if runtime["path"] == path and (runtime.get("variant") or "") == variant:
                return at(runtime, RUNTIME_FACTS[finding["item"]])
    if kind == "runtime" and finding["item"] == "weight-vs-authoring-duration":
        for node in facts["nodes"]:
            if (node.get("variant") or "") == variant:
                return at(node, ["authoringDurationMs"])
    if kind == "node" and finding["item"] == "authoring-duration":
        for node in facts["nodes"]:
            if node.get("path") == path and (node.get("variant") or "") == variant:
                return at(node, ["authoringDurationMs"])
    return None


def render(document):
    """JSON with one finding per line, so a diff shows which finding changed."""
    one = lambda value: json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    out = "{\n"
    out += f'  "example": {one(document["example"])},\n  "stage": {one(document["stage"])},\n  "runtimes": [\n'
    out += ",\n".join("    " + one(entry) for entry in document["runtimes"]) + "\n  ],\n  \"findings\": [\n"
    out += ",\n".join("    " + one(finding) for finding in document["findings"]) + "\n  ]\n}\n"
    return out


def owner(finding, entries):
    for entry in entries:
        if finding["subject"] == entry["subject"] or finding["subject"] in entry["nodes"]:
            return entry["subject"]
    return None


def outcome(findings, item, entry):
    """The outcome of `item` for one runtime entry: the worst status among the findings that concern it."""
    relevant = [
        f for f in findings
        if f["item"] == item
        and (f["subject"] in (entry["subject"], "repository") or f["subject"] in entry["nodes"]
             or f["subject"].startswith("network:"))
    ]
    if not relevant:
        return None, []
    worst = max(relevant, key=lambda f: RANK[f["status"]])
    return worst["status"], relevant


def compare(name, document, expected):
    problems = []
    for entry in document["runtimes"]:
        table = expected.get(entry["subject"])
        if table is None:
            problems.append(f"{name}: EXPECTED.md has no table for {entry['subject']}")
            continue
        for item, (status, locations) in sorted(table.items()):
            got, relevant = outcome(document["findings"], item, entry)
            if got != status:
                problems.append(f"{name}: {entry['subject']} {item}: EXPECTED.md {status}, audit {got}")
                continue
            if status in ("fail", "warn") and locations:
                wanted = {(file, int(line)) for file, line in locations}
                located = {(f.get("file"), f.get("line")) for f in relevant if f["status"] == status}
                if not located & wanted:
                    problems.append(
                        f"{name}: {entry['subject']} {item}: EXPECTED.md names {sorted(wanted)}, audit {sorted(located)}")
    return problems


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
