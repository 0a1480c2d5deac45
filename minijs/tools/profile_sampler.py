"""The sampling half of `minijs profile`: a thread that wakes up every
`interval` seconds and records the JS call stack of the thread running
the program.

Where the JS stack is (the same places interpreter/stackwalk.py reads for
Error.stack, but from another thread's Python frames):

* the interpreter trampoline (`loop._run`): its local `frame` is the
  innermost interpreter Frame and `parent` links lead to the one it was
  entered with (`entry`);
* baseline direct code: a Python frame of a generated function whose
  code object is in `direct_calls.DIRECT_CODES`; its local `fn` is the
  JSFunction (cached per code object, so a sample reads no locals there);
* built-ins called from direct code: a `direct_calls.call_native` frame.

The GIL limits what a sampler can see.  Native (JIT) code holds the GIL
and runs no Python bytecode, so the sampler only wakes when control is
back in Python: a sample that comes late (its gap is well over the
interval) stands for time the program held the GIL.  That time is not
lost: it is recorded as the gap of the late sample and `late_owner`
guesses who held it (profile_model.py): the garbage collector when a
collection ran in the gap (gc.callbacks tell), else the optimised
callee of the call instruction the innermost JS frame has just made
(call feedback names it), else an optimised loop (OSR) of that frame.
"""

import gc
import sys
import threading
import time

from minijs.interpreter import direct_calls

__all__ = ["Sampler", "Sample", "FRAME_INTERP", "FRAME_BASELINE", "FRAME_NATIVE", "FRAME_BUILTIN"]

# Tier marks, as V8's tick processor prints them.
FRAME_INTERP = "~"       # the generic interpreter loop (Ignition)
FRAME_BASELINE = "^"     # baseline Python code (Sparkplug)
FRAME_NATIVE = "*"       # native code from the JIT (TurboFan)
FRAME_BUILTIN = "b"      # a built-in function


class Sample:
    """One tick: `stack` is a tuple of (key, tier) pairs, outermost first
    (key: a CodeObject, or ("builtin", name)); `gap` the seconds of
    program time since the previous tick; `late` the part of it the
    program held the GIL (0.0 for a tick on time), `late_owner` who held
    it (a stack entry or a special name), `gc` the part of the gap
    spent in garbage collection and `off_cpu` the part the program's
    thread did not run at all (its CPU clock did not advance: the machine
    was busy, or another thread, e.g. the JIT compiler, held the GIL)."""
    __slots__ = ("stack", "gap", "late", "late_owner", "gc", "off_cpu", "off_cpu_owner")

    def __init__(self, stack, gap, late=0.0, late_owner=None, gc_seconds=0.0, off_cpu=0.0):
        self.stack = stack
        self.gap = gap
        self.late = late
        self.late_owner = late_owner
        self.gc = gc_seconds
        self.off_cpu = off_cpu            # part of `late` the program did not run at all
        self.off_cpu_owner = None


class Sampler:
    def __init__(self, target_ident, interval=0.001, native_codes=()):
        self.target = target_ident
        self.native_codes = native_codes  # CodeObjects with native code (filled by JIT events)
        self.interval = interval
        self.samples = []
        self.start_time = None
        self.end_time = None
        self.overhead = 0.0               # seconds the sampler itself ran
        self._stop = threading.Event()
        self._thread = None
        self._gc_spans = []
        self._gc_start = None
        self._direct_code = {}            # Python code object -> CodeObject
        self._old_switch = None
        # The target thread's CPU clock tells a late tick for which it held
        # the GIL (it ran) from one for which it did not run at all (the
        # machine was busy, or another thread held the GIL).
        try:
            self._cpu_clock = time.pthread_getcpuclockid(target_ident)
        except (AttributeError, OSError):
            self._cpu_clock = None
        from minijs.interpreter.loop import _run
        self._trampoline = _run.__code__
        self._call_native = direct_calls.call_native.__code__
        self._direct = direct_calls.DIRECT_CODES

    # -- life cycle ---------------------------------------------------------------------

    def start(self):
        # A thread waiting for the GIL asks for it only after the switch
        # interval (5 ms by default): shorter, so ticks come on time.
        self._old_switch = sys.getswitchinterval()
        sys.setswitchinterval(min(self._old_switch, self.interval / 4))
        gc.callbacks.append(self._on_gc)
        self.start_time = time.perf_counter()
        self._thread = threading.Thread(target=self._loop, name="minijs-profiler", daemon=True)
        self._thread.start()

    def stop(self):
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        self.end_time = time.perf_counter()
        if self._on_gc in gc.callbacks:
            gc.callbacks.remove(self._on_gc)
        if self._old_switch is not None:
            sys.setswitchinterval(self._old_switch)

    def _on_gc(self, phase, _info):
        if phase == "start":
            self._gc_start = time.perf_counter()
        elif self._gc_start is not None:
            self._gc_spans.append((self._gc_start, time.perf_counter()))
            self._gc_start = None

    # -- ticks --------------------------------------------------------------------------

    def _loop(self):
        interval = self.interval
        late_after = 3 * interval + 0.001
        last = self.start_time
        clock = self._cpu_clock
        cpu_now = (lambda: time.clock_gettime(clock)) if clock is not None else None
        last_cpu = cpu_now() if cpu_now else 0.0
        spans_seen = 0
        sleep, now, frames = time.sleep, time.perf_counter, sys._current_frames
        while not self._stop.is_set():
            sleep(interval)
            t = now()                     # we hold the GIL again: the program is paused
            py = frames().get(self.target)
            if py is None:
                break
            cpu = cpu_now() if cpu_now else 0.0
            gap = t - last
            stack, inner_py = self._walk(py)
            sample = Sample(stack, gap)
            if gap > late_after:
                late = gap - interval
                # the part of the late time the program itself ran (held the GIL)
                held = late if cpu_now is None else min(late, max(0.0, (cpu - last_cpu) - interval))
                sample.late = late
                sample.off_cpu = late - held
                gc_seconds = 0.0
                spans = self._gc_spans
                for s, e in spans[spans_seen:]:
                    gc_seconds += max(0.0, min(e, t) - max(s, last))
                spans_seen = len(spans)
                sample.gc = min(gc_seconds, held)
                if held - sample.gc > interval:
                    sample.late_owner = self._late_owner(stack, inner_py)
                if sample.off_cpu > interval and _jit_compiling():
                    sample.off_cpu_owner = JIT_THREAD
            self.samples.append(sample)
            last = now()
            last_cpu = cpu_now() if cpu_now else 0.0
            self.overhead += last - t

    def _walk(self, py):
        """The JS stack of the paused thread, outermost first, and the
        Python frame of the innermost JS activation (trampoline or direct)."""
        entries = []
        inner_py = None
        trampoline, call_native, direct = self._trampoline, self._call_native, self._direct
        child = None
        while py is not None:
            pycode = py.f_code
            if pycode is trampoline:
                frame = py.f_locals.get("frame")
                if inner_py is None and frame is not None:
                    inner_py = (py, frame)
                if frame is not None and frame.native is not None:
                    entries.append((_builtin_key(frame.native), FRAME_BUILTIN))
                first = True
                while frame is not None:
                    code = frame.code
                    if first:
                        baseline = code.baseline
                        running_baseline = child is not None and baseline is not None \
                            and child.f_code is getattr(baseline, "__code__", None)
                        tier = FRAME_BASELINE if running_baseline else FRAME_INTERP
                        first = False
                    else:
                        tier = FRAME_BASELINE if code.baseline is not None else FRAME_INTERP
                    entries.append((code, tier))
                    if frame.entry:
                        break
                    frame = frame.parent
            elif pycode in direct:
                code = self._direct_code.get(pycode)
                if code is None:
                    fn = py.f_locals.get("fn")
                    if fn is not None:
                        code = self._direct_code[pycode] = fn.code
                if code is not None:
                    if inner_py is None:
                        inner_py = (py, None)
                    entries.append((code, FRAME_BASELINE))
            elif pycode is call_native:
                callee = py.f_locals.get("callee")
                if getattr(callee, "callable", False):
                    entries.append((_builtin_key(callee), FRAME_BUILTIN))
            child = py
            py = py.f_back
        entries.reverse()
        return tuple(entries), inner_py

    def _late_owner(self, stack, inner_py):
        """Who most likely held the GIL before this late tick: an
        optimised function (as a stack entry), or None (unknown)."""
        if inner_py is None:
            return None
        py, frame = inner_py
        if frame is not None:
            code, pc = frame.code, frame.pc
        else:
            local = py.f_locals
            fn = local.get("fn")
            if fn is None:
                return None
            code, pc = fn.code, local.get("ip", 0)
        callee = _call_target(code, pc - 1)
        if callee is not None:
            info = getattr(callee, "code", None) and callee.code.jit
            if info is not None and (info.native is not None or info.osr_entries or info.compiles):
                return (callee.code, FRAME_NATIVE)
        elif code.call_sites.get(pc - 1) is not None and code.script is not None:
            # no call feedback (baseline fast paths do not record it): the
            # callee's source text against the names of native functions
            start, end = code.call_sites[pc - 1]
            name = "".join(code.script.source[start:end]).rsplit(".", 1)[-1].strip()
            named = [c for c in list(self.native_codes) if c.name == name]
            if len(named) == 1:
                return (named[0], FRAME_NATIVE)
        info = code.jit
        if info is not None and info.osr_entries:
            return (code, FRAME_NATIVE)
        return None


# A late tick while the background compiler was working: it held the GIL.
JIT_THREAD = (("special", "(JIT compiler thread)"), None)


def _jit_compiling():
    """Is the JIT's background thread in the middle of a compile?"""
    for t in threading.enumerate():
        if t.name == "minijs-jit":
            py = sys._current_frames().get(t.ident)
            while py is not None:
                if py.f_code.co_name == "_compile_and_install":
                    return True
                py = py.f_back
    return False


def _call_target(code, pc):
    """The one callee the call instruction at `pc` has seen, if any."""
    from minijs.bytecode import opcodes
    if not 0 <= pc < len(code.ops):
        return None
    if not opcodes.OPCODES[code.ops[pc]].flags & opcodes.OpFlag.CALL:
        return None
    slot = code.feedback[pc]
    if slot is None or slot < 0 or slot >= len(code.feedback_vector):
        return None
    target = code.feedback_vector[slot]
    return target if hasattr(target, "code") else None


_builtin_names = {}      # id(fn) -> (fn, key)


def _builtin_key(fn):
    held = _builtin_names.get(id(fn))
    if held is not None and held[0] is fn:
        return held[1]
    try:
        name = fn.get_fast("name")
    except Exception:                        # noqa: BLE001 - a name is only decoration
        name = None
    key = ("builtin", name if isinstance(name, str) and name else "(anonymous)")
    if len(_builtin_names) < 10_000:
        _builtin_names[id(fn)] = (fn, key)      # holding fn keeps its id unique
    return key
