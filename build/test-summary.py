#!/usr/bin/env python3
"""One closing line over every test assembly's results: python3 build/test-summary.py [RESULTS_FOLDER].

Counted from each test's outcome: the .trx Counters leave skipped tests out of 'notExecuted' (total - executed)."""
import collections
import glob
import sys
import xml.etree.ElementTree as ET

folder = sys.argv[1] if len(sys.argv) > 1 else "artifacts/test-results"
outcomes = collections.Counter()
for path in glob.glob(f"{folder}/*.trx"):
    for result in ET.parse(path).getroot().iter():
        if result.tag.endswith("UnitTestResult"):
            outcomes[result.get("outcome", "")] += 1
passed = outcomes["Passed"]
skipped = outcomes["NotExecuted"]
failed = sum(count for outcome, count in outcomes.items() if outcome not in ("Passed", "NotExecuted"))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
