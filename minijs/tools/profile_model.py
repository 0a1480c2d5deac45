"""The profile built from the sampler's ticks and the JIT's events: a
call tree (what the .cpuprofile and the flame graph draw) and per-function
figures (what the terminal table shows).

Time accounting.  A tick on time stands for the interval before it and
goes to the stack it saw.  A late tick's gap is split: the garbage
collection that ran in it goes to "(garbage collector)", the rest of the
late part to the guessed GIL holder (an optimised function, drawn as a
child of the stack seen when sampling resumed, or "(GIL held)" when
nothing points at one), and one interval to the stack seen.
"""

import os

from minijs.tools.profile_stack import (FRAME_BASELINE, FRAME_BUILTIN, FRAME_INTERP, FRAME_NATIVE,
                                        TRUNCATED)

__all__ = ["Profile", "FunctionInfo", "build_profile", "PROGRAM", "GC", "GIL_HELD", "ROOT"]

ROOT = ("special", "(root)")
PROGRAM = ("special", "(program)")           # no JS on the stack (start-up, host code)
GC = ("special", "(garbage collector)")
GIL_HELD = ("special", "(GIL held)")         # a late tick nothing explains
OFF_CPU = ("special", "(not running)")       # the program's thread had no CPU (busy machine)


class FunctionInfo:
    """How one function is named and located (Chrome's callFrame)."""

    def __init__(self, key, name, url="", line=-1, column=-1, script_id="0", kind="js"):
        self.key = key
        self.name = name
        self.url = url
        self.line = line              # 0-based, -1 unknown
        self.column = column
        self.script_id = script_id
        self.kind = kind              # js / builtin / special

    def location(self):
        if not self.url:
            return ""
        path = self.url[7:] if self.url.startswith("file://") else self.url
        rel = os.path.relpath(path) if os.path.isabs(path) else path
        if not rel.startswith(".."):
            path = rel
        return "%s:%d" % (path, self.line + 1)


class CallNode:
    __slots__ = ("id", "func", "children", "parent", "self_seconds", "hits", "tiers")

    def __init__(self, node_id, func, parent):
        self.id = node_id
        self.func = func
        self.parent = parent
        self.children = {}
        self.self_seconds = 0.0
        self.hits = 0
        self.tiers = {}               # tier mark -> self seconds

    def total_seconds(self):
        total, todo = 0.0, [self]
        while todo:
            n = todo.pop()
            total += n.self_seconds
            todo.extend(n.children.values())
        return total


class FunctionStats:
    def __init__(self, func):
        self.func = func
        self.self_seconds = 0.0
        self.total_seconds = 0.0
        self.tiers = {}               # tier mark -> self seconds
        self.calls = None
        self.jit = None               # the JitInfo at the end of the run
        self.events = []              # (seconds since start, kind, detail)

    @property
    def interpreted_seconds(self):
        return self.tiers.get(FRAME_INTERP, 0.0) + self.tiers.get(FRAME_BASELINE, 0.0)

    @property
    def native_seconds(self):
        return self.tiers.get(FRAME_NATIVE, 0.0)

    def mark(self):
        """V8's tier mark: `*` optimised code ran or is installed, `^`
        baseline, `~` interpreted; built-ins and specials have none."""
        if self.func.kind != "js":
            return " "
        info = self.jit
        if self.native_seconds > 0 or (info is not None and info.state == "optimized"):
            return FRAME_NATIVE
        if self.tiers.get(FRAME_BASELINE, 0.0) > 0 or getattr(self.func.key, "baseline", None) \
                or getattr(self.func.key, "direct", None):
            return FRAME_BASELINE
        return FRAME_INTERP


class Profile:
    def __init__(self, interval):
        self.interval = interval
        self.start_time = 0.0
        self.end_time = 0.0
        self.ticks = []               # (CallNode, seconds), in time order
        self.root = None
        self.functions = {}           # key -> FunctionStats
        self.sample_count = 0
        self.late_count = 0
        self.late_seconds = 0.0
        self.gc_seconds = 0.0
        self.off_cpu_seconds = 0.0
        self.overhead_seconds = 0.0
        self.exit_code = 0
        self.truncated_count = 0      # samples whose outer frames were dropped (too deep)
        self.tick_source = ""         # what took the samples (SIGALRM, a sampling thread)
        self.interrupted = False      # the program was stopped with Ctrl-C

    @property
    def profiled_seconds(self):
        return sum(s for _n, s in self.ticks)

    def hot_functions(self):
        return sorted(self.functions.values(), key=lambda f: (-f.self_seconds, -f.total_seconds))


class _Describer:
    def __init__(self):
        self.cache = {}
        self.script_ids = {}

    def __call__(self, key):
        info = self.cache.get(id(key)) if not isinstance(key, tuple) else self.cache.get(key)
        if info is not None:
            return info
        if isinstance(key, tuple):
            kind, name = key
            info = FunctionInfo(key, name, kind=kind)
            self.cache[key] = info
            return info
        info = self._describe_code(key)
        self.cache[id(key)] = info
        return info

    def _describe_code(self, code):
        name = code.name or "(anonymous)"
        script = code.script
        if script is None or getattr(script, "internal", False):
            return FunctionInfo(code, name)
        sid = self.script_ids.setdefault(id(script), str(len(self.script_ids) + 1))
        filename = script.filename or ""
        url = "file://" + os.path.abspath(filename) if filename and os.path.exists(filename) else filename
        line = column = -1
        if code.source_range is not None:
            try:
                line1, column = script.position(code.source_range[0])
                line = line1 - 1
            except Exception:                # noqa: BLE001 - a position is only decoration
                line = column = -1
        return FunctionInfo(code, name, url, line, column, sid)


def build_profile(samples, interval, start_time, end_time, jit_events=(), overhead=0.0):
    """The Profile of a run: `samples` from the Sampler, `jit_events` as
    (kind, code, detail) from minijs.jit.events."""
    describe = _Describer()
    prof = Profile(interval)
    prof.start_time, prof.end_time = start_time, end_time
    prof.overhead_seconds = overhead
    next_id = [1]

    def node(parent, key):
        child = parent.children.get(_node_key(key))
        if child is None:
            next_id[0] += 1
            child = parent.children[_node_key(key)] = CallNode(next_id[0], describe(key), parent)
        return child

    prof.root = CallNode(1, describe(ROOT), None)

    def tick(path, seconds):
        """path: ((key, tier), ...) outermost first."""
        if seconds <= 0:
            return
        if not path:
            path = ((PROGRAM, None),)
        n = prof.root
        seen = set()
        for key, _tier in path:
            n = node(n, key)
            k = _node_key(key)
            if k not in seen:
                seen.add(k)
                stats(key).total_seconds += seconds
        leaf_key, leaf_tier = path[-1]
        tier = leaf_tier or "-"
        n.self_seconds += seconds
        n.hits += 1
        n.tiers[tier] = n.tiers.get(tier, 0.0) + seconds
        st = stats(leaf_key)
        st.self_seconds += seconds
        st.tiers[tier] = st.tiers.get(tier, 0.0) + seconds
        prof.ticks.append((n, seconds))

    def stats(key):
        k = _node_key(key)
        st = prof.functions.get(k)
        if st is None:
            st = prof.functions[k] = FunctionStats(describe(key))
        return st

    for s in samples:
        prof.sample_count += 1
        if s.stack and s.stack[0] is TRUNCATED:
            prof.truncated_count += 1
        on_time = s.gap
        if s.late > 0:
            prof.late_count += 1
            prof.late_seconds += s.late
            on_time = s.gap - s.late
            if s.gc > 0:
                prof.gc_seconds += s.gc
                tick(((GC, None),), s.gc)
            off = getattr(s, "off_cpu", 0.0)
            if off > 0:
                prof.off_cpu_seconds += off
                tick((s.off_cpu_owner or (OFF_CPU, None),), off)
            rest = s.late - s.gc - off
            if rest > 0:
                if s.late_owner is not None and s.late_owner[1] is None:
                    tick((s.late_owner,), rest)      # another thread held the GIL
                elif s.late_owner is not None:
                    owner_key = s.late_owner[0]
                    stack = s.stack
                    if stack and stack[-1][0] is owner_key:
                        stack = stack[:-1]          # OSR: the frame itself ran natively
                    tick(stack + (s.late_owner,), rest)
                else:
                    tick(s.stack + ((GIL_HELD, None),), rest)
        tick(s.stack, on_time)

    for kind, code, detail in jit_events:
        st = stats(code)
        st.events.append((detail["time"] - start_time, kind, detail))
    for k, st in prof.functions.items():
        code = st.func.key
        if st.func.kind == "js":
            st.calls = getattr(code, "invocation_count", None)
            st.jit = getattr(code, "jit", None)
    return prof


def _node_key(key):
    return key if isinstance(key, tuple) else id(key)


def tier_name(mark):
    return {FRAME_INTERP: "interpreted", FRAME_BASELINE: "baseline", FRAME_NATIVE: "optimized",
            FRAME_BUILTIN: "built-in"}.get(mark, "")
