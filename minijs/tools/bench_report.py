"""Summaries of `minijs bench` measurements and their text forms: the
terminal table, Markdown and JSON.

A measurement is {"programs": [{"name", "reps", "toplevel", "engines":
{engine name: {"times_ms": [...], "error": str or None, "jit": [...]}}}],
"engines": [names in table order], "machine": {...}, "settings": {...}}.
Statistics per (program, engine): the median of the timed runs and the
spread, (max - min) / median.  The JIT speed-up is minijs --jitless over
minijs paired run by run (runs alternate engines, so run i of both saw
the same machine load): its median and the range of the paired ratios.
"minijs/node" is minijs's median time over node's (above 1: slower).
"""

from __future__ import annotations

import math
import statistics

INTERPRETER, TIERED, NODE = "minijs --jitless", "minijs", "node"
DEFAULT_MAX_SPREAD = 0.25
UNSTABLE_SHOWN = 8      # the terminal lists this many unstable measurements


def geomean(values):
    values = [v for v in values if v is not None and v > 0]
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else None


def engine_stats(entry):
    """Median (ms) and spread of one engine's runs of one program."""
    times = entry.get("times_ms") or []
    if entry.get("error") or not times:
        return None
    median = statistics.median(times)
    spread = (max(times) - min(times)) / median if median > 0 else 0.0
    return {"median_ms": median, "min_ms": min(times), "max_ms": max(times),
            "spread": spread, "runs": len(times)}


def paired_speedup(slow, fast):
    """Median and range of slow[i] / fast[i] over the runs both have."""
    pairs = [a / b for a, b in zip(slow, fast) if b > 0]
    if not pairs:
        return None
    return {"median": statistics.median(pairs), "low": min(pairs), "high": max(pairs)}


def jit_stats_summary(samples):
    """Medians of the numeric fields of the `jit` objects the engine
    reported (process.jitStats(), see bench_driver.js); None without any."""
    samples = [s for s in samples if isinstance(s, dict)]
    if not samples:
        return None
    keys = sorted({k for s in samples for k, v in s.items() if isinstance(v, (int, float))})
    return {k: statistics.median(s[k] for s in samples if isinstance(s.get(k), (int, float)))
            for k in keys}


def summarize(measurement, max_spread=DEFAULT_MAX_SPREAD):
    """Adds "stats", "jit_speedup", "vs_node" and "jit_stats" to every
    program, and "geomean" and "unstable" to the measurement."""
    engines = measurement["engines"]
    unstable = []
    for prog in measurement["programs"]:
        res = prog["engines"]
        prog["stats"] = {e: engine_stats(res[e]) for e in engines if e in res}
        for e, st in prog["stats"].items():
            if st and st["spread"] > max_spread:
                unstable.append((prog["name"], e, st["spread"]))
        interp, tiered = prog["stats"].get(INTERPRETER), prog["stats"].get(TIERED)
        prog["jit_speedup"] = (paired_speedup(res[INTERPRETER]["times_ms"], res[TIERED]["times_ms"])
                               if interp and tiered else None)
        node = prog["stats"].get(NODE)
        prog["vs_node"] = tiered["median_ms"] / node["median_ms"] if tiered and node else None
        prog["jit_stats"] = {e: jit_stats_summary(res[e].get("jit") or []) for e in res
                             if jit_stats_summary(res[e].get("jit") or [])}
    progs = measurement["programs"]
    complete = {e: all(p["stats"].get(e) for p in progs) for e in engines}
    measurement["geomean"] = {
        "median_ms": {e: geomean([p["stats"][e]["median_ms"] for p in progs]) if complete[e] else None
                      for e in engines},
        "jit_speedup": geomean([p["jit_speedup"]["median"] for p in progs if p["jit_speedup"]]),
        "vs_node": geomean([p["vs_node"] for p in progs]),
    }
    measurement["unstable"] = [{"program": n, "engine": e, "spread": s} for n, e, s in unstable]
    measurement["max_spread"] = max_spread
    return measurement


# --- formatting ------------------------------------------------------------------

def fmt_ms(ms):
    if ms is None:
        return "-"
    return f"{ms:.0f}" if ms >= 100 else f"{ms:.1f}" if ms >= 10 else f"{ms:.2f}"


def _num(r):
    return f"{r:.0f}" if r >= 9.95 else f"{r:.1f}" if r >= 0.95 else f"{r:.2f}"


def fmt_ratio(r):
    return "-" if r is None else _num(r) + "x"


def fmt_speedup(s):
    """`52x (48-57)`: the median ratio and the range of the paired ratios."""
    if not s:
        return "-"
    return f"{_num(s['median'])}x ({_num(s['low'])}-{_num(s['high'])})"


def table_rows(m):
    """Header and rows of strings (the geometric mean last)."""
    engines = m["engines"]
    has_speedup = INTERPRETER in engines and TIERED in engines
    has_node = TIERED in engines and NODE in engines
    header = ["program", "reps"] + [f"{e} ms" for e in engines]
    header += (["JIT speed-up"] if has_speedup else []) + (["minijs/node"] if has_node else [])
    rows = [header]
    for p in m["programs"]:
        row = [p["name"] + (" (top level)" if p.get("toplevel") else ""), str(p["reps"])]
        for e in engines:
            st = p["stats"].get(e)
            if p["engines"].get(e, {}).get("error"):
                row.append("WRONG")
            elif p["engines"].get(e, {}).get("unsupported"):
                row.append("n/a")
            elif st is None:
                row.append("-")
            else:
                mark = " !" if st["spread"] > m["max_spread"] else ""
                row.append(f"{fmt_ms(st['median_ms'])} ±{st['spread'] * 50:.0f}%{mark}")
        if has_speedup:
            row.append(fmt_speedup(p["jit_speedup"]))
        if has_node:
            row.append(fmt_ratio(p["vs_node"]))
        rows.append(row)
    g = m["geomean"]
    last = ["geometric mean", ""] + [fmt_ms(g["median_ms"].get(e)) for e in engines]
    last += ([fmt_ratio(g["jit_speedup"])] if has_speedup else []) + ([fmt_ratio(g["vs_node"])] if has_node else [])
    rows.append(last)
    return rows


def format_table(rows):
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    rule = "  ".join("-" * w for w in widths)
    lines = []
    for k, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])]
        if k == len(rows) - 1:
            lines.append(rule)
        lines.append("  ".join(cells).rstrip())
        if k == 0:
            lines.append(rule)
    return "\n".join(lines)


def jit_stats_lines(m):
    """The JIT's own figures (compile time, deopts...) when an engine
    reported any; none today."""
    lines = []
    for p in m["programs"]:
        for e, stats in p.get("jit_stats", {}).items():
            figures = ", ".join(f"{k} {v:g}" for k, v in stats.items())
            lines.append(f"  {p['name']} [{e}]: {figures}")
    return lines


def explanation(m):
    s = m["settings"]
    clock = "CPU time of the engine process (all threads)" if s["clock"] == "cpu" else "wall-clock time"
    return (f"Median {clock} in ms of {s['runs']} runs per engine after {s['warmup']} warm-up "
            f"run(s), scale {s['scale']:g}; ±: half the spread (max - min) / median; "
            f"! marks a spread over {m['max_spread'] * 100:.0f}%.\n"
            "JIT speed-up: minijs --jitless time / minijs time, median of the run-by-run ratios "
            "(range in brackets).  minijs/node: minijs time / node time.")


def text_report(m):
    out = [f"minijs bench: {len(m['programs'])} programs, engines: {', '.join(m['engines'])}"]
    out += [f"  {k}: {v}" for k, v in m["machine"].items()]
    out += [f"  note: {n}" for n in m.get("notes", [])]
    out += ["", format_table(table_rows(m)), "", explanation(m)]
    stats = jit_stats_lines(m)
    if stats:
        out += ["", "JIT statistics reported by the engine (medians):"] + stats
    if m["unstable"]:
        out += ["", "warning: unstable measurements (spread over "
                f"{m['max_spread'] * 100:.0f}%; rerun with more --runs on a quieter machine):"]
        shown = m["unstable"][:UNSTABLE_SHOWN]
        out += [f"  {u['program']} [{u['engine']}]: spread {u['spread'] * 100:.0f}%" for u in shown]
        if len(m["unstable"]) > len(shown):
            out.append(f"  ... and {len(m['unstable']) - len(shown)} more (all in --json)")
    errors = [(p["name"], e, r["error"]) for p in m["programs"] for e, r in p["engines"].items()
              if r.get("error")]
    if errors:
        out += ["", "wrong results or failures:"] + [f"  {n} [{e}]: {err}" for n, e, err in errors]
    return "\n".join(out) + "\n"


def markdown_report(m):
    rows = table_rows(m)
    lines = ["| " + " | ".join(rows[0]) + " |",
             "|" + "|".join(["---"] + ["---:"] * (len(rows[0]) - 1)) + "|"]
    for row in rows[1:-1]:
        lines.append("| " + " | ".join(row) + " |")
    lines.append("| " + " | ".join(f"**{c}**" if c else "" for c in rows[-1]) + " |")
    machine = [f"- {k}: {v}" for k, v in m["machine"].items()]
    notes = [f"- note: {n}" for n in m.get("notes", [])]
    body = ["## minijs bench", "", *machine, *notes, "", *lines, "", explanation(m)]
    stats = jit_stats_lines(m)
    if stats:
        body += ["", "JIT statistics reported by the engine (medians):", "", "```", *stats, "```"]
    if m["unstable"]:
        body += ["", "Unstable (spread over "
                 f"{m['max_spread'] * 100:.0f}%): "
                 + ", ".join(f"{u['program']} [{u['engine']}]" for u in m["unstable"])]
    return "\n".join(body) + "\n"
