#!/usr/bin/env python3
"""Runs the archive CLI's extractor on every producer PDF here and compares its paragraphs with the expected ones.

    python3 tests/Archive.Core.Tests/Extraction/Producers/check.py --cli /tmp/archive-cli/archive [producer ...]

For each PDF it prints the share of expected paragraphs whose text equals the text of some extracted paragraph
(whitespace-normalised, case-sensitive), the share that also match number and section, whether the footnotes were
found, and the first few expected paragraphs that were not matched, each with the nearest extracted text.
"""
import argparse
import difflib
import glob
import json
import os
import shlex
import subprocess
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))


def norm(text):
    return " ".join((text or "").split())


def check(cli, pdf, show):
    want = json.load(open(pdf[:-4] + ".expected.json", encoding="utf-8"))
    result = subprocess.run(shlex.split(cli) + ["extract", pdf, "--json"], capture_output=True, text=True)
    if result.returncode != 0:
        print(f"  {os.path.basename(pdf)}: extractor failed: {result.stderr.strip()[:300]}")
        return len(want["paragraphs"]), 0, 0
    got = json.loads(result.stdout)
    texts = [norm(p["text"]) for p in got["paragraphs"]]
    full = {(p["number"], p["section"], norm(p["text"])) for p in got["paragraphs"]}
    misses, text_hits, full_hits = [], 0, 0
    for p in want["paragraphs"]:
        if norm(p["text"]) in texts:
            text_hits += 1
            full_hits += (p["number"], p["section"], norm(p["text"])) in full
        else:
            misses.append(p)
    notes = [norm(n["text"]) for n in got.get("footnotes", [])]  # {marker, text, page}
    notes_found = sum(any(norm(n["text"]) in m for m in notes) for n in want["footnotes"])
    total = len(want["paragraphs"])
    print(f"  {os.path.basename(pdf)}: text {text_hits}/{total}, with number+section {full_hits}/{total}, "
          f"extracted {len(texts)} paragraphs, footnotes {notes_found}/{len(want['footnotes'])}")
    for p in misses[:show]:
        text = norm(p["text"])
        near = max(texts, key=lambda t: difflib.SequenceMatcher(None, text, t, autojunk=False).ratio(), default="")
        at = next((i for i, (a, b) in enumerate(zip(text, near)) if a != b), min(len(text), len(near)))
        start = max(0, at - 50)  # show both texts from a little before the first character that differs
        print(f"    - para {p['number'] or '(unnumbered)'}, first difference at character {at}:")
        print(f"      expected  ...{text[start:at + 60]!r}")
        print(f"      nearest   ...{near[start:at + 60]!r}")
    return total, text_hits, full_hits


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", default="/tmp/archive-cli/archive", help="path of the archive CLI executable")
    parser.add_argument("--show", type=int, default=3, help="mismatches to list per PDF")
    parser.add_argument("producers", nargs="*", help="only these producers")
    args = parser.parse_args()
    totals = defaultdict(lambda: [0, 0, 0])
    for pdf in sorted(glob.glob(os.path.join(HERE, "*--*.pdf"))):
        producer = os.path.basename(pdf).split("--")[0]
        if args.producers and producer not in args.producers:
            continue
        if producer not in totals:
            print(producer)
        for i, n in enumerate(check(args.cli, pdf, args.show)):
            totals[producer][i] += n
    print("\nproducer       text match   number+section")
    for producer, (total, text, full) in totals.items():
        print(f"{producer:14} {text:3}/{total:<3} {100 * text / total:5.1f}%   {100 * full / total:5.1f}%")


if __name__ == "__main__":
    main()
