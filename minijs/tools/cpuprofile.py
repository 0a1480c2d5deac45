"""The Chrome DevTools `.cpuprofile` format (what `node --cpu-prof`
writes; DevTools' Performance panel and speedscope open it).

    {"nodes": [{"id", "callFrame": {"functionName", "scriptId", "url",
                "lineNumber", "columnNumber"}, "hitCount", "children"}, ...],
     "startTime": us, "endTime": us, "samples": [node id, ...],
     "timeDeltas": [us, ...]}

DevTools takes a sample's duration as the time to the next sample, so
tick i of the profile is written as sample i with timeDeltas[i] = the
duration of tick i-1 (timeDeltas[0] = 0).  `problems` checks the
invariants DevTools' CPUProfileDataModel relies on.
"""

import json

__all__ = ["to_cpuprofile", "write_cpuprofile", "problems"]


def _call_frame(func):
    return {"functionName": func.name if func.kind != "special" else func.name,
            "scriptId": func.script_id, "url": func.url,
            "lineNumber": func.line, "columnNumber": func.column}


def to_cpuprofile(prof):
    nodes = []
    todo = [prof.root]
    while todo:
        n = todo.pop()
        kids = sorted(n.children.values(), key=lambda c: c.id)
        entry = {"id": n.id, "callFrame": _call_frame(n.func), "hitCount": n.hits}
        if kids:
            entry["children"] = [c.id for c in kids]
        nodes.append(entry)
        todo.extend(reversed(kids))
    samples, deltas = [], []
    previous = 0
    for n, seconds in prof.ticks:
        samples.append(n.id)
        deltas.append(previous)
        previous = int(round(seconds * 1e6))
    start = int(prof.start_time * 1e6)
    end = start + sum(deltas) + previous
    return {"nodes": nodes, "startTime": start, "endTime": end,
            "samples": samples, "timeDeltas": deltas}


def write_cpuprofile(prof, path):
    data = to_cpuprofile(prof)
    bad = problems(data)
    if bad:                                   # a bug here must not go unnoticed
        raise ValueError("invalid .cpuprofile: " + "; ".join(bad[:5]))
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, separators=(",", ":"))
    return data


def problems(data):
    """What is wrong with a .cpuprofile object ([] when DevTools can load it)."""
    out = []
    for field in ("nodes", "startTime", "endTime", "samples", "timeDeltas"):
        if field not in data:
            out.append("missing %s" % field)
    if out:
        return out
    nodes = data["nodes"]
    if not nodes:
        return ["no nodes"]
    ids = {}
    for n in nodes:
        nid = n.get("id")
        if not isinstance(nid, int) or nid <= 0:
            out.append("bad node id %r" % (nid,))
            continue
        if nid in ids:
            out.append("duplicate node id %d" % nid)
        ids[nid] = n
        cf = n.get("callFrame")
        if not isinstance(cf, dict):
            out.append("node %d has no callFrame" % nid)
            continue
        for f, t in (("functionName", str), ("scriptId", str), ("url", str),
                     ("lineNumber", int), ("columnNumber", int)):
            if not isinstance(cf.get(f), t):
                out.append("node %d callFrame.%s is not %s" % (nid, f, t.__name__))
        if not isinstance(n.get("hitCount", 0), int) or n.get("hitCount", 0) < 0:
            out.append("node %d bad hitCount" % nid)
    parents = {}
    for n in nodes:
        for c in n.get("children", []):
            if c not in ids:
                out.append("node %s has unknown child %s" % (n.get("id"), c))
            elif c in parents:
                out.append("node %s has two parents" % c)
            parents[c] = n.get("id")
    roots = [i for i in ids if i not in parents]
    if len(roots) != 1:
        out.append("%d root nodes (want 1)" % len(roots))
    elif ids[roots[0]]["callFrame"].get("functionName") != "(root)":
        out.append("the root node is not (root)")
    elif nodes[0]["id"] != roots[0]:
        out.append("the first node is not the root")
    # every node reachable from the root (no cycles)
    if len(roots) == 1:
        seen, todo = set(), [roots[0]]
        while todo:
            i = todo.pop()
            if i in seen:
                out.append("cycle at node %d" % i)
                break
            seen.add(i)
            todo.extend(ids[i].get("children", []))
        if len(seen) != len(ids):
            out.append("%d nodes unreachable from the root" % (len(ids) - len(seen)))
    samples, deltas = data["samples"], data["timeDeltas"]
    if len(samples) != len(deltas):
        out.append("%d samples but %d timeDeltas" % (len(samples), len(deltas)))
    hits = {}
    for s in samples:
        if s not in ids:
            out.append("sample of unknown node %s" % s)
            break
        hits[s] = hits.get(s, 0) + 1
    for i, n in ids.items():
        if n.get("hitCount", 0) != hits.get(i, 0):
            out.append("node %d hitCount %s but %d samples" % (i, n.get("hitCount"), hits.get(i, 0)))
            break
    if any((not isinstance(d, int)) or d < 0 for d in deltas):
        out.append("a timeDelta is negative or not an integer")
    if data["endTime"] < data["startTime"] + sum(d for d in deltas if isinstance(d, int)):
        out.append("endTime before the last sample")
    return out
