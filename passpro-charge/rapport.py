#!/usr/bin/env python3
"""Issue 14: the load benchmark's table, from the Gatling reports of one ./passpro charge run.

    rapport.py <users>:<gatling report dir>:<rss file>:<console log> ...

Prints a Markdown table per level: p50 / p95 / p99 per page (ms, all responses), errors, and the p95 ratio to the bare
Faces page measured in the same run; then Payara's RSS during the level and Gatling's list of errors.
"""
import json
import os
import re
import sys

BARE = "page nue (temoin)"


def load(report_dir):
    with open(os.path.join(report_dir, "js", "stats.json"), encoding="utf-8") as f:
        root = json.load(f)
    pages = {}

    def walk(node):
        for child in node.get("contents", {}).values():
            if child.get("type") == "REQUEST":
                pages[child["name"]] = child["stats"]
            walk(child)

    walk(root)
    return root["stats"], pages


def rss(path):
    values = []
    if os.path.exists(path):
        with open(path) as f:
            values = [int(line) for line in f if line.strip().isdigit()]
    return (max(values) / 1024, sum(values) / len(values) / 1024) if values else (None, None)


def errors(log):
    if not os.path.exists(log):
        return []
    with open(log, encoding="utf-8", errors="replace") as f:
        text = f.read()
    # The last "---- Errors" block of Gatling's console summary.
    blocks = re.findall(r"---- Errors -+\n(.*?)\n={10,}", text, re.S)
    return [l.rstrip() for l in blocks[-1].splitlines() if l.strip()] if blocks else []


def main(args):
    out = []
    for arg in args:
        users, report_dir, rss_file, log = arg.split(":", 3)
        total, pages = load(report_dir)
        bare = pages.get(BARE)
        bare95 = bare["percentiles3"]["total"] if bare else None
        out.append(f"\n#### {users} utilisateurs simultanés\n")
        out.append("| page | requêtes | p50 (ms) | p95 (ms) | p99 (ms) | p95 / page nue | erreurs |")
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        for name in sorted(pages, key=lambda n: (n == BARE, n)):
            s = pages[name]
            n = s["numberOfRequests"]["total"]
            ko = s["numberOfRequests"]["ko"]
            p50, p95, p99 = (s[k]["total"] for k in ("percentiles1", "percentiles3", "percentiles4"))
            ratio = f"{p95 / bare95:.1f}" if bare95 else "–"
            if name == BARE:
                ratio = "1.0 (référence)"
            err = f"{ko} ({100.0 * ko / n:.1f} %)" if ko else "0"
            out.append(f"| {name} | {n} | {p50} | {p95} | {p99} | {ratio} | {err} |")
        n = total["numberOfRequests"]["total"]
        ko = total["numberOfRequests"]["ko"]
        out.append(f"| **toutes** | {n} | {total['percentiles1']['total']} | {total['percentiles3']['total']} | "
                   f"{total['percentiles4']['total']} | | {ko} ({100.0 * ko / max(n, 1):.2f} %) |")
        peak, mean = rss(rss_file)
        if peak:
            out.append(f"\nRSS de Payara pendant ce niveau : {peak:.0f} Mio au plus, {mean:.0f} Mio en moyenne.")
        errs = errors(log)
        if errs:
            out.append("\nErreurs (Gatling) :\n")
            out.extend(f"    {e}" for e in errs)
        out.append(f"\nRapport Gatling : {report_dir}/index.html")
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1:])
