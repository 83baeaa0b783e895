#!/usr/bin/env python3
"""Issue 14: the load benchmark's table, from the Gatling reports of one ./passpro charge run.

    rapport.py <users>:<gatling report dir>:<rss file>:<console log>[:<idle bare page times>] ...

Reads the statistics table of each Gatling report (index.html; Gatling 3.14 keeps no stats.json) and prints a
Markdown table per level: p50 / p95 / p99 per page (ms, all responses), errors, and the p95 ratio to the bare
Faces page measured in the same run; then Payara's RSS during the level and Gatling's list of errors.
"""
import json
import os
import re
import sys

BARE = "page nue (temoin)"


ROW = re.compile(r'class="ellipsed-name">([^<]*)</span>(.*?)</tr>', re.S)
CELL = re.compile(r'<td class="value [a-z]+ col-(\d+)">([^<]*)</td>')


def load(report_dir):
    """The statistics table of Gatling's index.html: per request, count, KO and the response-time percentiles."""
    with open(os.path.join(report_dir, "index.html"), encoding="utf-8") as f:
        html = f.read()
    pages = {}
    total = None
    for name, cells in ROW.findall(html):
        values = {int(col): val for col, val in CELL.findall(cells)}
        if 2 not in values:
            continue
        num = lambda c: float(values[c].replace(",", "")) if values.get(c, "-") not in ("-", "") else 0
        stats = {"total": int(num(2)), "ko": int(num(4)), "p50": int(num(8)), "p95": int(num(10)), "p99": int(num(11))}
        if name == "All Requests":
            total = stats
        else:
            pages[html_unescape(name)] = stats
    return total, pages


def html_unescape(text):
    import html
    return html.unescape(text)


def rss(path):
    values = []
    if os.path.exists(path):
        with open(path) as f:
            values = [int(line) for line in f if line.strip().isdigit()]
    return (max(values) / 1024, sum(values) / len(values) / 1024) if values else (None, None)


def idle_times(path):
    if not path or not os.path.exists(path):
        return []
    with open(path) as f:
        return sorted(float(line) * 1000 for line in f if line.strip())


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
        users, report_dir, rss_file, log, idle_file = (arg.split(":") + [""])[:5]
        total, pages = load(report_dir)
        bare = pages.get(BARE)
        bare95 = bare["p95"] if bare else None
        out.append(f"\n#### {users} utilisateurs simultanés\n")
        out.append("| page | requêtes | p50 (ms) | p95 (ms) | p99 (ms) | p95 / page nue | erreurs |")
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        for name in sorted(pages, key=lambda n: (n == BARE, n)):
            s = pages[name]
            n, ko = s["total"], s["ko"]
            ratio = f"{s['p95'] / bare95:.1f}" if bare95 else "–"
            if name == BARE:
                ratio = "1.0 (référence)"
            err = f"{ko} ({100.0 * ko / n:.1f} %)" if ko else "0"
            out.append(f"| {name} | {n} | {s['p50']} | {s['p95']} | {s['p99']} | {ratio} | {err} |")
        n, ko = total["total"], total["ko"]
        out.append(f"| **toutes** | {n} | {total['p50']} | {total['p95']} | {total['p99']} | | "
                   f"{ko} ({100.0 * ko / max(n, 1):.2f} %) |")
        idle = idle_times(idle_file)
        if idle:
            out.append(f"\nPage nue sur le serveur au repos juste avant ce niveau ({len(idle)} requêtes à la suite) : "
                       f"p50 {idle[len(idle) // 2]:.0f} ms, p95 {idle[min(len(idle) - 1, int(len(idle) * 0.95))]:.0f} ms.")
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
