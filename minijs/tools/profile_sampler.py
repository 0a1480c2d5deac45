"""The sampling half of `minijs profile`: every `interval` seconds, the JS
call stack of the thread running the program (profile_stack.py reads it).

Two tick sources, chosen by `make_sampler`:

* SignalSampler (the program runs on the main thread, POSIX): a
  `setitimer(ITIMER_REAL)` timer sends SIGALRM and the Python handler
  walks the stack of the frame it interrupted, in the program's own
  thread.  A tick costs the signal and the walk (~15-25 us on the 2-core
  VM this was measured on).  This is how V8's profiler works (SIGPROF).
* ThreadSampler (anywhere else): a thread sleeps for the interval, takes
  the GIL and walks the program thread's frames.  Each tick hands the GIL
  over and back and wakes both threads (~100-130 us of CPU per tick on
  the same VM), about 10% of a program at 1 ms ticks.

The GIL limits what either sees.  Native (JIT) code holds the GIL and
runs no Python bytecode, so a tick is only taken when control is back in
Python: native code calls back every interrupt budget (about a
millisecond), and a tick taken there sees the native stack
(profile_native.py).  A tick that comes late (its gap well over the
interval) stands for time the program held the GIL.  That time is not
lost: it is the gap of the late Sample, and `late_owner` says who held
it (profile_model.py): the garbage collector when a collection ran in
the gap (gc.callbacks tell), else the native code the tick interrupted,
else (a long C call, or native code that returned before it called
back) a guess: the optimised callee of the call instruction the
innermost JS frame has just made (call feedback names it), else an
optimised loop (OSR) of that frame.  The program thread's
CPU clock tells time it did not run at all (a busy machine, another
thread holding the GIL).
"""

import gc
import signal
import sys
import threading
import time

from minijs.jit.interrupt import BUDGET, set_call_budget

from minijs.tools.profile_stack import (FRAME_BASELINE, FRAME_BUILTIN, FRAME_INTERP, FRAME_NATIVE,
                                        IN_NATIVE_CODE, JIT_THREAD, StackWalker, jit_compiling)

__all__ = ["make_sampler", "call_budget", "SignalSampler", "ThreadSampler", "Sample", "FRAME_INTERP",
           "FRAME_BASELINE", "FRAME_NATIVE", "FRAME_BUILTIN"]


# Native function entries between interrupt checks while profiling, per
# millisecond of the interval: 1 << 16 calls of a small function (fib) run
# in about 0.2 ms, and a check costs about a microsecond.
CALLS_PER_MS = 1 << 16


def call_budget(interval):
    """Native function entries between interrupt checks while profiling
    at `interval` seconds."""
    return max(1024, min(BUDGET, int(CALLS_PER_MS * interval * 1e3)))


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


def make_sampler(target_ident, interval=0.001, native_codes=()):
    """The cheapest sampler for the thread `target_ident`: SIGALRM ticks
    when it is the main thread (Python runs signal handlers only there)
    and nobody else uses SIGALRM, else a sampling thread."""
    if SignalSampler.usable(target_ident):
        return SignalSampler(target_ident, interval, native_codes)
    return ThreadSampler(target_ident, interval, native_codes)


class _Sampler:
    """What both tick sources share: the walk, late ticks, the results."""

    def __init__(self, target_ident, interval=0.001, native_codes=()):
        self.target = target_ident
        self.interval = interval
        self.walker = StackWalker(native_codes)
        self.samples = []
        self.start_time = None
        self.end_time = None
        self.overhead = 0.0               # seconds spent taking ticks
        self.dropped = 0                  # ticks lost to an error in the walk
        self._ticks = []                  # (stack, gap) or a Sample for a late tick
        self._gc_spans = []
        self._gc_spans_seen = 0
        self._gc_start = None
        # The target thread's CPU clock tells a late tick for which it held
        # the GIL (it ran) from one for which it did not run at all.
        try:
            self._cpu_clock = time.pthread_getcpuclockid(target_ident)
        except (AttributeError, OSError):
            self._cpu_clock = None

    def start(self):
        gc.callbacks.append(self._on_gc)
        # a tick waits for native code's next interrupt check: have
        # recursion check several times per interval (loops check every
        # budget of their own, about a millisecond of a tight loop)
        set_call_budget(call_budget(self.interval))
        self.start_time = time.perf_counter()
        self._start_ticks()

    def stop(self):
        self._stop_ticks()
        set_call_budget()
        self.end_time = time.perf_counter()
        if self._on_gc in gc.callbacks:
            gc.callbacks.remove(self._on_gc)
        self.samples = [t if isinstance(t, Sample) else Sample(*t) for t in self._ticks]
        self._ticks = []

    def _on_gc(self, phase, _info):
        if phase == "start":
            self._gc_start = time.perf_counter()
        elif self._gc_start is not None:
            self._gc_spans.append((self._gc_start, time.perf_counter()))
            self._gc_start = None

    def _ticker(self):
        """tick(py, cpu) records one tick of the paused program whose
        innermost Python frame is `py` (`cpu`: its thread's CPU clock) and
        returns the seconds until the next one: the interval, or longer
        after a tick that took more than a fifth of it (a deep stack), so
        that ticks never take more than about a sixth of the program's
        time.  A closure over locals: it runs a thousand times a second,
        and what it touches evicts some of the program's working set."""
        interval = self.interval
        half = interval / 2
        walk = self.walker.walk
        ticks = self._ticks
        now = time.perf_counter
        # end of the previous tick, the program's CPU clock then, the gap expected
        state = [self.start_time, self._cpu_now(), interval]

        def tick(py, cpu):
            last, last_cpu, expected = state
            if cpu - last_cpu < half:
                # The program hardly ran since the last tick (a busy machine,
                # an idle event loop): no walk.  The timer counts wall time,
                # so without this a machine three times oversubscribed would
                # cost three times the ticks per second of the program's
                # CPU; the next tick's gap says where the time went.
                return interval
            t = now()
            try:
                stack, inner_py = walk(py)
                gap = t - last
                if gap > 3 * expected + 0.001:
                    self._late_tick(stack, inner_py, gap, expected, t, last, cpu - last_cpu)
                else:
                    ticks.append((stack, gap))
            except Exception:             # noqa: BLE001 - never an error in the program
                self.dropped += 1
            end = now()
            cost = end - t
            state[0] = end
            state[1] = cpu
            state[2] = next_in = interval if cost < interval / 5 else 5 * cost
            self.overhead += cost
            return next_in
        return tick

    def _cpu_now(self):
        return time.clock_gettime(self._cpu_clock) if self._cpu_clock is not None else 0.0

    def _late_tick(self, stack, inner_py, gap, expected, t, last, program_cpu):
        """A tick well after its time: the program held the GIL (native
        code, a long C call) or did not run at all for part of the gap."""
        interval = self.interval
        late = gap - expected
        # the part of the late time the program itself ran (held the GIL)
        held = late if self._cpu_clock is None else min(late, max(0.0, program_cpu - interval))
        sample = Sample(stack, gap, late=late, off_cpu=late - held)
        gc_seconds = 0.0
        spans = self._gc_spans
        for s, e in spans[self._gc_spans_seen:]:
            gc_seconds += max(0.0, min(e, t) - max(s, last))
        self._gc_spans_seen = len(spans)
        sample.gc = min(gc_seconds, held)
        if inner_py is IN_NATIVE_CODE and stack:
            # the tick waited for native code to call back (its interrupt
            # budget): the GIL was held by the native stack it saw
            sample.late_owner = stack[-1]
        elif held - sample.gc > interval:
            sample.late_owner = self.walker.late_owner(inner_py)
        if sample.off_cpu > interval and jit_compiling(exclude=self.target):
            sample.off_cpu_owner = JIT_THREAD
        self._ticks.append(sample)


class SignalSampler(_Sampler):
    """Ticks from SIGALRM, taken in the program's own (main) thread."""
    source = "SIGALRM"

    @staticmethod
    def usable(target_ident):
        return (hasattr(signal, "setitimer") and target_ident == threading.main_thread().ident
                and threading.get_ident() == target_ident
                and signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, None))

    def _start_ticks(self):
        tick = self._ticker()
        interval = self.interval
        setitimer, timer = signal.setitimer, signal.ITIMER_REAL
        thread_cpu = time.thread_time
        flags = self._flags = {"busy": False, "stopped": False}

        def on_alarm(_signum, frame):
            # Python may run this handler inside itself (a signal while it
            # runs) or once more after stop: neither takes a tick, and
            # after stop nothing may arm the timer again (SIGALRM's default
            # action ends the process).
            if flags["busy"] or flags["stopped"]:
                return
            flags["busy"] = True
            try:
                next_in = tick(frame, thread_cpu())
            finally:
                flags["busy"] = False
            if next_in != interval and not flags["stopped"]:
                setitimer(timer, next_in, interval)

        self._old_handler = signal.signal(signal.SIGALRM, on_alarm)
        setitimer(timer, interval, interval)

    def _stop_ticks(self):
        self._flags["stopped"] = True
        signal.setitimer(signal.ITIMER_REAL, 0, 0)
        signal.signal(signal.SIGALRM, self._old_handler or signal.SIG_DFL)

    def _cpu_now(self):
        return time.thread_time()


class ThreadSampler(_Sampler):
    """Ticks from a thread that sleeps for the interval and then takes
    the GIL (the program pauses at its next bytecode boundary)."""
    source = "sampling thread"

    def _start_ticks(self):
        self._stop = threading.Event()
        # A thread waiting for the GIL asks for it only after the switch
        # interval (5 ms by default): shorter, so ticks come on time.
        self._old_switch = sys.getswitchinterval()
        sys.setswitchinterval(min(self._old_switch, self.interval / 4))
        self._thread = threading.Thread(target=self._loop, args=(self._ticker(),),
                                        name="minijs-profiler", daemon=True)
        self._thread.start()

    def _stop_ticks(self):
        self._stop.set()
        self._thread.join()
        sys.setswitchinterval(self._old_switch)

    def _loop(self, tick):
        target, stop = self.target, self._stop
        sleep, frames, cpu_now = time.sleep, sys._current_frames, self._cpu_now
        next_in = self.interval
        while not stop.is_set():
            sleep(next_in)
            py = frames().get(target)     # we hold the GIL again: the program is paused
            if py is None:
                break
            next_in = tick(py, cpu_now())
            py = None                     # hold no frame of the program while it runs
