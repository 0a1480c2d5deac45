"""The profiler's decisions: when a function or a loop is hot, compile it
(on the background compiler thread unless --no-concurrent-jit), install
the native entry, and throw native code away after deopts.

Hotness counters live on the CodeObject (V8 keeps them in the feedback
vector): baseline code counts calls (`invocation_count`) and loop back
edges (`back_edges`) and calls `hot_call` / `hot_loop` here when a count
reaches `code.opt_at` / `code.osr_at`.  A request carries the values of
the triggering call or loop, whose types are what the compiler
speculates on for parameters and OSR entry values.

Installing is one attribute store: `code.direct` (the entry every call
site reads) becomes the native builtin; its fallback for arguments of
other types is the baseline direct entry it replaced.
"""

import atexit
import ctypes
import queue
import statistics
import sys
import threading
import time
import traceback

from minijs.bytecode import opcodes as O
from minijs.interpreter.stackwalk import RUNS_CALLER_NATIVELY
from minijs.jit import events
from minijs.jit.builder import LEAVE_OSR, NO_SAMPLE, SOFT_DEOPT, Refused, build_graph, value_type
from minijs.jit.interrupt import BUDGET as BUDGET_FOR_CHECKS
from minijs.jit.options import NOT_HANDLED, OPTIONS
from minijs.runtime.values import NULL

__all__ = ["JitInfo", "jit_info", "hot_call", "hot_loop", "after_deopt", "NOT_HANDLED"]

NEVER = 1 << 62     # a count never reached
MAGLEV, TURBOFAN = "MAGLEV", "TURBOFAN"     # the quick and the optimizing code generator (V8's names)
_MISSES_BEFORE_RETIER = 50
# back edges a loop waits before asking again while a compile is in flight
_PENDING_RECHECK = 100


class JitInfo:
    """What the optimizing tier knows about one CodeObject."""

    def __init__(self, code):
        self.code = code
        self.state = "interpreted"     # queued / optimized / failed / never
        self.f64_sites = set()         # offsets where int32 speculation failed
        self.ran_sites = set()         # offsets that soft-deopted: they ran since (baseline
                                       # code does not always record feedback)
        self.compiles = 0
        self.deopts = 0
        self.misses = 0
        self.baseline_direct = None    # the entry a native entry replaced
        self.native = None             # the installed native entry
        self.osr_entries = {}          # loop header offset -> native OSR entry
        self.osr_pending = set()
        self.osr_refused = set()       # loop headers whose OSR compile was refused
        self.osr_deadlines = {}        # loop header -> back edges it waits for other OSR code
        self.osr_live = {}             # loop header offset -> live registers (OSR entry order)
        self.compile_seconds = []
        self.units = []                # compiled units (their objects must stay alive)
        self.reason = None             # why it is not optimised
        self.forced = False            # %OptimizeFunctionOnNextCall: compile at the next call
        self.forced_osr = False        # %OptimizeOsr: enter native code at the next back edge
        self.null_waits = 0            # activations skipped for a null sample (_wait_for_objects)
        self.osr_entered = None        # (loop header, time) of the latest OSR entry
        self.short_osr_stays = {}      # loop header -> OSR activations that left at once
        self.osr_thresholds = {}       # loop header -> back edges before OSR (_osr_threshold)
        self.first_call = time.perf_counter()
        self.tier_up_time = None
        self.target = None             # MAGLEV or TURBOFAN: what made the installed native entry


def jit_info(code):
    info = code.jit
    if info is None:
        info = code.jit = JitInfo(code)
    return info


def _name(code):
    return code.name or "(anonymous)"


def _trace(text):
    if OPTIONS.trace_opt:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()


# -- entry points from the interpreter --------------------------------------------------

def hot_call(fn, this, room, args):
    """A function reached its call threshold: request optimisation.  With
    --no-concurrent-jit the code is compiled now and this call already
    runs natively (its result is returned); otherwise NOT_HANDLED."""
    code = fn.code
    code.opt_at = NEVER
    info = jit_info(code)
    if not OPTIONS.enabled or info.state in ("never", "failed"):
        return NOT_HANDLED
    if code.invocation_count < OPTIONS.call_threshold and not info.forced:
        code.opt_at = OPTIONS.call_threshold        # warm: optimise at the threshold
        return NOT_HANDLED
    if not info.forced and _wait_for_objects(info, args[:code.param_count]):
        code.opt_at = code.invocation_count + 1
        return NOT_HANDLED
    types = [value_type(a) for a in args[:code.param_count]]
    types += ["undef"] * (code.param_count - len(types))
    if None in types or "undef" in types:
        _give_up(info, "argument of a type the JIT does not handle")
        return NOT_HANDLED
    _trace("[marking %s for optimization to %s, reason: hot and stable (%d calls)]"
           % (_name(code), _target(info.forced), code.invocation_count))
    _request(info, fn, types, None, sync=info.forced, samples=args[:code.param_count], this=this)
    info.forced = False
    if info.native is not None and code.direct is info.native:
        return info.native(fn, this, room, *args)
    return NOT_HANDLED


def hot_loop(fn, context, pc, regs, room, this):
    """A loop at `pc` ran `osr_threshold` back edges: enter native code
    there if it is ready (its result is the function's), else request it
    and go on interpreting (NOT_HANDLED)."""
    code = fn.code
    info = jit_info(code)
    entry = info.osr_entries.get(pc)
    threshold = _osr_threshold(info, pc)
    if entry is None and code.back_edges < threshold and not info.forced_osr:
        code.osr_at = threshold
        return NOT_HANDLED
    if entry is None and pc in info.osr_refused:
        # another loop of this function may have native code (and made
        # every back edge call here): this one waits a whole threshold
        code.osr_at = code.back_edges + OPTIONS.osr_threshold
        return NOT_HANDLED
    wait = _osr_wait(code, info, pc) if entry is None and not info.forced_osr else None
    if wait == "in flight":
        code.osr_at = code.back_edges + _PENDING_RECHECK
        return NOT_HANDLED
    if wait == "elsewhere":
        deadline = info.osr_deadlines.setdefault(pc, code.back_edges + OPTIONS.osr_threshold)
        if code.back_edges < deadline:
            code.osr_at = code.back_edges + 1      # the next back edge may be that code's
            return NOT_HANDLED
    if entry is None:
        if not OPTIONS.enabled or info.state == "never" or context is not fn.context \
                or pc in info.osr_pending:
            code.osr_at = NEVER if pc not in info.osr_pending else code.back_edges + _PENDING_RECHECK
            return NOT_HANDLED
        live = _osr_live(code, pc)
        if not info.forced_osr and _wait_for_objects(info, [regs[r] for r in live]):
            code.osr_at = code.back_edges + 1
            return NOT_HANDLED
        types = [value_type(regs[r]) for r in live]
        if None in types:
            code.osr_at = NEVER
            info.osr_refused.add(pc)
            _trace("[OSR of %s at loop @%d refused: a live value of a type the JIT does not handle]"
                   % (_name(code), pc))
            return NOT_HANDLED
        _trace("[OSR - compiling %s at loop @%d]" % (_name(code), pc))
        info.osr_pending.add(pc)
        _request(info, fn, types, pc, sync=info.forced_osr, samples=[regs[r] for r in live], this=this)
        info.forced_osr = False
        entry = info.osr_entries.get(pc)
        if entry is None:
            code.osr_at = code.back_edges + _PENDING_RECHECK
            return NOT_HANDLED
    live = _osr_live(code, pc)
    # with code ready, the next back edge (of a later call) enters it at
    # once; the whole function is optimised when its calls make it hot
    code.osr_at = code.back_edges + 1
    info.osr_entered = (pc, time.perf_counter())
    result = entry(room, this, *[regs[r] for r in live])
    if result is not NOT_HANDLED:
        _trace("[OSR - entered %s at loop @%d]" % (_name(code), pc))
        info.osr_deadlines.clear()         # the activation reached native code
    return result


RUNS_CALLER_NATIVELY.add(hot_call.__code__)


def _osr_threshold(info, pc):
    """Back edges before the loop at `pc` is compiled: --osr-threshold,
    scaled up for a small loop in a big function.  A compile costs in
    proportion to the function (tens of milliseconds), an interpreted
    iteration in proportion to the loop: a short loop (filling an array
    before the real work) must run longer before compiling pays.
    Measured on graph_search.js, whose set-up loops were compiled after
    the function's real loops had finished."""
    t = info.osr_thresholds.get(pc)
    if t is None:
        code = info.code
        ends = [j for j, op in enumerate(code.ops) if op == O.JUMP_LOOP and code.args[j] == pc]
        loop = max(ends, default=len(code.ops)) - pc + 1
        t = info.osr_thresholds[pc] = int(OPTIONS.osr_threshold * max(1.0, len(code.ops) / (4.0 * loop)))
    return t


# How many calls or back edges a function may wait for samples without null
_NULL_WAITS = 16


def _wait_for_objects(info, samples):
    """Should compilation wait for the next call or back edge?  The types
    of an object's fields are read off a sample object (builder.py): an
    argument or loop value that is null now (a leaf's child, the end of a
    list) has none, and the code that reads its fields could not be
    compiled.  The next activation will most likely hold an object."""
    if info.null_waits >= _NULL_WAITS or not any(v is NULL for v in samples):
        return False
    info.null_waits += 1
    return True


def _osr_wait(code, info, pc):
    """Why the loop at `pc` should not get its own OSR compile now, or
    None.  "in flight": a compile of this function is: an OSR compile's
    code usually runs the rest of the function, this loop too (mandelbrot
    compiled its outer loop while the inner one compiled, and never used
    it), and the compiler thread runs one job at a time anyway.
    "elsewhere": another loop has OSR code, which this activation likely
    enters soon: at the next back edge of a loop around this one (n-body's
    second call compiled its innermost loop again, 22 ms), or of a loop
    nested in it or after it (matmul's row-zeroing loop compiled again
    beside its sibling's entry).  Only a whole threshold of interpreted
    back edges without entering it says otherwise."""
    if (info.osr_pending and pc not in info.osr_pending) or info.state == "queued":
        return "in flight"
    if info.osr_entries:
        return "elsewhere"
    return None


def _osr_live(code, pc):
    from minijs.jit.liveness import live_in
    cache = code.jit.osr_live
    if pc not in cache:
        cache[pc] = sorted(live_in(code)[pc])
    return cache[pc]


# What the process's JIT did (process.jitStats(), shown by `minijs bench`)
STATS = {"deopts": 0}
_COMPILE_MS = []                    # each compiled unit's latency (lowering + LLVM), in ms
_FIRST_NATIVE_NS = []               # time.monotonic_ns() when the first native code was installed


def jit_stats():
    """The process's JIT figures: compiled units (functions and OSR
    entries), milliseconds spent compiling, deoptimizations, the median
    compile latency of a unit, and when the first native code was
    installed (`first_native_ms`, on process.hrtime's clock, so a caller
    can tell how long the program ran interpreted before tier-up)."""
    stats = {"compiled": len(_COMPILE_MS), "compile_ms": float(sum(_COMPILE_MS)), **STATS}
    if _COMPILE_MS:
        stats["compile_ms_median"] = statistics.median(_COMPILE_MS)
    if _FIRST_NATIVE_NS:
        stats["first_native_ms"] = _FIRST_NATIVE_NS[0] / 1e6
    return stats


# -- what %-natives ask for (natives.py) ---------------------------------------------

def force_optimization(code):
    """Compile `code`'s function synchronously at its next call."""
    from minijs.interpreter.loop import tier_up
    info = jit_info(code)
    if not OPTIONS.enabled or info.state == "never":
        return
    if code.direct is None and not code.tiering_failed:
        tier_up(code)               # the baseline prologue is where calls are counted
    info.forced = True
    code.opt_at = 0


def force_osr(code):
    """Enter the running loop of `code` in native code at its next back edge."""
    from minijs.interpreter.loop import BASELINE_OSR_EDGES
    info = jit_info(code)
    if not OPTIONS.enabled or info.state == "never":
        return
    info.forced_osr = True
    code.back_edges = max(code.back_edges, BASELINE_OSR_EDGES)   # leave the generic loop now
    code.osr_at = 0


def deoptimize(code, reason):
    info = jit_info(code)
    if info.native is not None or info.osr_entries:
        _discard(info, reason)


def never_optimize(code):
    info = jit_info(code)
    if info.native is not None:
        _discard(info, "%NeverOptimizeFunction")
    _give_up(info, "%NeverOptimizeFunction")
    code.osr_at = NEVER


# Compiler bugs met so far (the function just stays unoptimised; the
# test suite asserts this stays empty).
INTERNAL_ERRORS = []


def _internal_error(info, e):
    from minijs.jit.backend import BackendUnavailable
    if isinstance(e, BackendUnavailable):
        OPTIONS.enabled = False            # no LLVM: the process stays interpreted
        _give_up(info, str(e))
        return
    INTERNAL_ERRORS.append("%s: %s" % (_name(info.code), traceback.format_exc()))
    _give_up(info, "internal compiler error: %s: %s" % (type(e).__name__, e))


def _give_up(info, reason):
    info.state = "never"
    info.reason = reason
    info.code.opt_at = NEVER
    _trace("[aborted optimizing %s because: %s]" % (_name(info.code), reason))


# -- compilation -----------------------------------------------------------------------

class _Job:
    def __init__(self, info, fn, graph, target):
        self.info = info
        self.fn = fn
        self.graph = graph
        self.target = target        # MAGLEV or TURBOFAN
        self.text = None            # LLVM IR, once lowered (then unit, names, lowering seconds)
        self.unit = self.names = None
        self.lowering = 0.0
        self.tier_up = None         # MAGLEV: the _TierUp that recompiles it for TURBOFAN
        self.upgrade = None         # TURBOFAN recompile of quick code: that code's _TierUp


class _TierUp:
    """Quick-tier (MAGLEV) code counts its work down in a hotness cell and
    calls this when it is spent (lowering.op_interrupt_poll): the same LLVM
    IR is compiled again with the full code generator (TURBOFAN), on the
    compiler thread unless --no-concurrent-jit, and installed where the
    quick code is still installed.  V8 tiers up from Maglev to Turbofan by
    the same kind of budget.  Returns True once the optimized code is in
    (a running OSR loop then leaves for the interpreter at its header and
    enters the new code at the next back edge)."""

    def __init__(self, job):
        self.job = job
        self.cell = (ctypes.c_int64 * 1)(OPTIONS.tier_up_work)
        self.address = ctypes.addressof(self.cell)
        self.entries = {}           # graph -> the quick entry installed for it
        self.state = "quick"        # pending / done / dropped

    def __call__(self):
        if self.state == "quick":
            try:
                self._request()
            except Exception:              # noqa: BLE001 - a compiler bug must never break the program
                INTERNAL_ERRORS.append("%s: %s" % (_name(self.job.info.code), traceback.format_exc()))
                self.state = "dropped"
        if self.state == "done":
            self.cell[0] = BUDGET_FOR_CHECKS       # running loops ask again soon, and leave
            return True
        self.cell[0] = BUDGET_FOR_CHECKS if self.state == "pending" else NEVER
        return False

    def _request(self):
        quick = self.job
        info = quick.info
        if not self._still_installed():
            self.state = "dropped"
            return
        from minijs.jit.lowering import OPTIMIZING_TIER_FLAG, QUICK_TIER_FLAG
        job = _Job(info, quick.fn, quick.graph, TURBOFAN)
        # the same IR without the quick tier's counting (see lowering._spend_hotness)
        job.text = quick.text.replace(QUICK_TIER_FLAG, OPTIMIZING_TIER_FLAG, 1)
        assert job.text != quick.text, "quick-tier IR without its flag"
        job.unit, job.names = quick.unit, quick.names
        job.upgrade = self
        self.state = "pending"
        _trace("[marking %s for optimization to TURBOFAN, reason: hot (quick code did %d units of work)]"
               % (_name(info.code), OPTIONS.tier_up_work))
        if OPTIONS.concurrent:
            _compiler_thread().submit(job)
        else:
            _compile_and_install(job)

    def _still_installed(self):
        for g, entry in self.entries.items():
            gi = jit_info(g.code)
            if g.osr_pc is not None:
                if gi.osr_entries.get(g.osr_pc) is entry:
                    return True
            elif gi.native is entry:
                return True
        return False

    def replaces(self, g, gi):
        """Whether the optimized entry for `g` may replace what is installed."""
        entry = self.entries.get(g)
        if entry is None:
            return False
        if g.osr_pc is not None:
            return gi.osr_entries.get(g.osr_pc) is entry
        return gi.native is entry and g.closure.code.direct is entry


def _target(forced):
    """%OptimizeFunctionOnNextCall / %OptimizeOsr (forced) ask for
    TURBOFAN, as in V8; the profiler's requests start at MAGLEV."""
    return MAGLEV if OPTIONS.maglev and not forced else TURBOFAN


def _request(info, fn, types, osr_pc, sync=False, samples=None, this=NO_SAMPLE):
    code = info.code
    if info.compiles >= OPTIONS.max_recompiles:
        _give_up(info, "too many recompilations")
        return
    try:
        graph = build_graph(code, fn, types, jit_info, osr_pc, samples, this)
    except Refused as e:
        if osr_pc is None:
            _give_up(info, str(e))
        else:
            info.osr_pending.discard(osr_pc)
            info.osr_refused.add(osr_pc)
            code.osr_at = NEVER
            _trace("[OSR of %s at loop @%d refused: %s]" % (_name(code), osr_pc, e))
        return
    except RecursionError:
        _give_up(info, "graph too deep")
        return
    except Exception as e:                 # noqa: BLE001 - a compiler bug must never break the program
        _internal_error(info, e)
        return
    info.compiles += 1
    if osr_pc is None:
        info.state = "queued"
    if events.listeners:
        events.emit("requested", code, osr_pc=osr_pc, calls=code.invocation_count,
                    back_edges=code.back_edges)
    job = _Job(info, fn, graph, _target(sync))
    if OPTIONS.concurrent and not sync:
        try:
            _lower(job)
        except Exception as e:             # noqa: BLE001 - a compiler bug must never break the program
            _internal_error(info, e)
            info.osr_pending.discard(osr_pc)
            return
        _compiler_thread().submit(job)
    else:
        _compile_and_install(job)


def _lower(job):
    """The job's LLVM IR text.  Python work, so it runs on the main thread
    (which loads LLVM at the first compile) and the compiler thread only
    runs LLVM, which runs without the GIL.  Importing llvmlite on the
    compiler thread while the interpreter ran cost more than it hid:
    fib(30) took 160-220 ms of CPU that way, 120-130 ms like this (when
    llvmlite.binding was imported; llvm_capi.py loads only the library)."""
    from minijs.jit.backend import backend
    from minijs.jit.deopt import deopt_packed
    from minijs.jit.lowering import ENTRY_PREFIX, lower_unit
    info, root = job.info, job.graph
    graphs = [root] + root.callees
    be = backend()
    fallbacks = {g: _fallback_for(g) for g in graphs}
    start = time.perf_counter()
    tier_up = None
    if job.target == MAGLEV:
        job.tier_up = _TierUp(job)
        tier_up = (job.tier_up, job.tier_up.address)
    module, job.unit = lower_unit(graphs, "m_%s" % _name(info.code), be.triple, be.data_layout,
                                  deopt_packed, fallbacks, tier_up)
    job.names = [ENTRY_PREFIX + job.unit.functions[g].name for g in graphs]
    job.text = str(module)
    job.lowering = time.perf_counter() - start


def _compile_and_install(job):
    """Compile and install one job (lowering it first if not done yet)."""
    from minijs.jit.backend import backend
    from minijs.jit.entry import make_builtin
    info, root = job.info, job.graph
    graphs = [root] + root.callees
    dump = OPTIONS.wants_dump(_name(info.code))
    upgrade = job.upgrade
    try:
        if job.text is None:
            _lower(job)
        compiled = backend().compile(job.text, job.names, want_asm=OPTIONS.print_asm and dump,
                                     want_ir=OPTIONS.print_llvm and dump,
                                     codegen_level=0 if job.target == MAGLEV else 2)
    except Exception as e:                 # noqa: BLE001 - a compiler bug must never break the program
        if upgrade is not None:
            upgrade.state = "dropped"      # the quick code stays
            INTERNAL_ERRORS.append("%s: %s" % (_name(info.code), traceback.format_exc()))
            return
        _internal_error(info, e)
        info.osr_pending.discard(root.osr_pc)
        return
    unit, names = job.unit, job.names
    lowering = job.lowering if upgrade is None else 0.0
    seconds = compiled.seconds + lowering
    info.compile_seconds.append(seconds)
    _COMPILE_MS.append(1000 * seconds)
    if events.listeners:
        events.emit("compiled", info.code, osr_pc=root.osr_pc, seconds=seconds)
    if dump:
        _dumps(root, compiled)
    unit.compiled = compiled
    # native code refers to the unit's Python objects by address: they
    # live as long as the code (which is never freed: a discarded
    # function may still have activations)
    info.units.append(unit)
    for site in unit.sites:
        site.unit = unit
    for g, name in zip(graphs, names):
        entry = make_builtin(compiled.addresses[name], _name(g.code))
        gi = jit_info(g.code)
        if upgrade is not None and not upgrade.replaces(g, gi):
            continue                        # deoptimized meanwhile: the quick code is gone
        if job.tier_up is not None:
            job.tier_up.entries[g] = entry
        if g.osr_pc is not None:
            gi.osr_entries[g.osr_pc] = entry
            gi.osr_pending.discard(g.osr_pc)
            continue
        if g is not root and gi.native is not None and upgrade is None:
            continue                        # already optimised on its own
        if g.closure.code.direct is None:
            continue
        _install(gi, g, entry, job.target)
    if not _FIRST_NATIVE_NS:
        _FIRST_NATIVE_NS.append(time.monotonic_ns())
    if upgrade is not None:
        upgrade.state = "done"
    if root.osr_pc is None and info.state == "queued":
        info.state = "interpreted"         # compiled, but nothing took it (see above)
    _trace("[completed optimizing %s (target %s), took %.3f ms (lowering %.3f ms, LLVM %.3f ms)]"
           % (_name(info.code), job.target, seconds * 1e3, lowering * 1e3,
              compiled.seconds * 1e3))


def _dumps(root, compiled):
    """--print-ir / --print-llvm / --print-asm output for one compile."""
    out = []
    if OPTIONS.print_ir:
        for g in [root] + root.callees:
            out.append("--- typed IR: %s ---\n%s" % (g.name, g.dump()))
    if OPTIONS.print_llvm:
        out.append("--- LLVM IR (optimized): %s ---\n%s" % (root.name, compiled.optimized_ir))
    if OPTIONS.print_asm and compiled.asm:
        out.append("--- machine code: %s ---\n%s" % (root.name, compiled.asm))
    if out:
        sys.stdout.write("\n".join(out) + "\n")
        sys.stdout.flush()


def _install(info, graph, entry, target):
    code = info.code
    if info.baseline_direct is None:
        info.baseline_direct = code.direct
    info.native = entry
    info.target = target
    info.state = "optimized"
    info.tier_up_time = time.perf_counter()
    code.direct = entry


def _fallback_for(graph):
    """What a native entry calls when its arguments do not fit."""
    if graph.osr_pc is not None:
        return lambda *args: NOT_HANDLED
    info = jit_info(graph.code)

    def miss(fn, this, room, *args):
        info.misses += 1
        if info.misses >= _MISSES_BEFORE_RETIER and info.code.direct is info.native:
            _discard(info, "arguments of other types")
        base = info.baseline_direct
        if base is None:
            from minijs.interpreter.direct_calls import call_js
            return call_js(fn, this, list(args), room + 1)
        return base(fn, this, room, *args)
    return miss


def _discard(info, reason):
    """Throw the native code away: calls go to the baseline entry again,
    and the function may be optimised again later."""
    code = info.code
    if events.listeners:
        events.emit("deopt", code, reason=reason)
    if info.native is not None and code.direct is info.native:
        code.direct = info.baseline_direct
    info.native = None
    info.misses = 0
    info.state = "interpreted"
    info.osr_entries.clear()
    if info.compiles < OPTIONS.max_recompiles and OPTIONS.enabled:
        code.opt_at = code.invocation_count + OPTIONS.call_threshold
        code.osr_at = code.back_edges + OPTIONS.osr_threshold
    else:
        _give_up(info, "deoptimized too often")
    _trace("[discarding optimized code of %s: %s]" % (_name(code), reason))


_WIDENING = ("int32 overflow", "int32 overflow or -0", "negation gives -0 or overflows",
             "unsigned shift result above int32", "int32 modulus out of range",
             "field of another type")


# OSR code left this soon after entering it (seconds) is a loss: entering
# and leaving cost more than the native iterations saved
_SHORT_OSR_STAY = 100e-6
_SHORT_OSR_STAYS = 16


def after_deopt(site):
    """Bookkeeping for a deopt at `site` (deopt.py calls it)."""
    if site.reason.startswith(LEAVE_OSR):
        _left_osr_code(jit_info(site.code))
        return                      # planned: the OSR code stays (unless it never pays)
    info = jit_info(site.code)
    info.deopts += 1
    STATS["deopts"] += 1
    if site.reason in _WIDENING:
        info.f64_sites.add(site.pc)
    elif site.reason == SOFT_DEOPT:
        info.ran_sites.add(site.pc)
    _discard(info, site.reason)


def _left_osr_code(info):
    """An OSR activation left its code for the interpreter (a planned
    exit).  An inner loop entered at every iteration of an outer one
    that the code does not cover leaves after a few iterations each time:
    after _SHORT_OSR_STAYS such short stays its code is dropped and the
    loop stays in the baseline tier."""
    if info.osr_entered is None:
        return
    pc, entered = info.osr_entered
    info.osr_entered = None
    if time.perf_counter() - entered >= _SHORT_OSR_STAY:
        return
    info.short_osr_stays[pc] = stays = info.short_osr_stays.get(pc, 0) + 1
    if stays >= _SHORT_OSR_STAYS and pc in info.osr_entries:
        del info.osr_entries[pc]
        info.osr_refused.add(pc)
        _trace("[OSR of %s at loop @%d dropped: its code was left %d times within %d us of "
               "entering]" % (_name(info.code), pc, stays, _SHORT_OSR_STAY * 1e6))


# -- the background compiler thread ---------------------------------------------------------

COMPILE_SWITCH_INTERVAL = 0.0002     # seconds (see _CompilerThread.submit)


class _CompilerThread:
    def __init__(self):
        self.queue = queue.Queue()
        self.lock = threading.Lock()
        self.pending = 0
        self.saved_interval = sys.getswitchinterval()
        self.thread = threading.Thread(target=self._run, name="minijs-jit", daemon=True)
        self.thread.start()
        atexit.register(self.stop)

    def submit(self, job):
        # While LLVM runs here, every return from one of its calls needs
        # the GIL back from the interpreter, which by default hands it
        # over only every 5 ms: a compile of 20 ms took 70.  A short
        # switch interval while jobs are pending keeps compiles short.
        with self.lock:
            self.pending += 1
            if self.pending == 1:
                self.saved_interval = sys.getswitchinterval()
                sys.setswitchinterval(min(self.saved_interval, COMPILE_SWITCH_INTERVAL))
        self.queue.put(job)

    def _done(self):
        with self.lock:
            self.pending -= 1
            if self.pending == 0:
                sys.setswitchinterval(self.saved_interval)

    def _run(self):
        while True:
            job = self.queue.get()
            if job is None:
                return
            try:
                _compile_and_install(job)
            finally:
                self._done()

    def stop(self):
        self.queue.put(None)
        self.thread.join(timeout=10)


_thread = None


def _compiler_thread():
    global _thread
    if _thread is None:
        _thread = _CompilerThread()
    return _thread

