#!/usr/bin/env python3
"""One closing line over every test assembly's results: python3 build/test-summary.py [RESULTS_FOLDER]."""
import glob
import sys
import xml.etree.ElementTree as ET

folder = sys.argv[1] if len(sys.argv) > 1 else "artifacts/test-results"
passed = failed = skipped = 0
for path in glob.glob(f"{folder}/*.trx"):
    counters = ET.parse(path).getroot().find(".//{*}Counters")
    if counters is None:
        continue
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0))
    skipped += int(counters.get("notExecuted", 0))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
