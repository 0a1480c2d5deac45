"""One watchdog thread that enforces time and memory limits on calls
into JS by interrupting the thread that runs them (interrupt.py).

A call arms a Budget (its thread, a deadline, a memory ceiling) and
disarms it when it ends.  The watchdog sleeps until the nearest
deadline; while a budget with a memory ceiling is armed it also wakes
every SAMPLE_SECONDS (10 ms) to read the process's resident memory.  Nothing is
added to the interpreter's own work: the JS thread never polls.

Once a budget has fired, the watchdog raises the interrupt again every
REFIRE_SECONDS until the call has ended: an asynchronous exception that
lands where CPython cannot propagate it (a destructor, a weakref
callback) is printed and dropped, and the next one then stops the call.
(Unwinding a deep engine stack takes tens of milliseconds: the interval
is long enough for the first one to arrive.)

JIT-compiled native code holds the GIL, so while it spins this thread
cannot run: the nearest deadline is also given to the kernel
(native_interrupt.py), which writes the interrupt cell itself; the
native code's poll then leaves it for the interpreter, and this thread
gets the GIL and raises the interrupt.

Memory is the process's resident set size (Linux /proc/self/statm),
compared with the ceiling the budget was given (the RSS when its owner
was created plus the allowed growth): an approximation of the JS heap
that costs nothing per allocation.
"""

import os
import select
import threading
import time

from minijs.runtime import native_interrupt
from minijs.runtime.interrupt import (
    MemoryLimitInterrupt, TimeLimitInterrupt, clear_interrupt, request_interrupt, set_interrupt_cell)

__all__ = ["Budget", "arm", "disarm", "settle", "resident_bytes", "SAMPLE_SECONDS"]

SAMPLE_SECONDS = 0.01
REFIRE_SECONDS = 0.5

try:
    _PAGE = os.sysconf("SC_PAGE_SIZE")
except (AttributeError, ValueError, OSError):
    _PAGE = 4096


def resident_bytes():
    """The process's resident memory in bytes (None where unknown)."""
    try:
        with open("/proc/self/statm", "rb") as f:
            return int(f.read().split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        return None


class Budget:
    """What one call may use: `deadline` (time.monotonic(), or None) and
    `memory_ceiling` (resident bytes, or None) for the thread `thread_id`.
    `fired` is the Interrupt class raised once a limit was hit; `active`
    turns false when the call ends (disarm)."""

    __slots__ = ("thread_id", "deadline", "memory_ceiling", "fired", "last_fire", "active")

    def __init__(self, thread_id, deadline=None, memory_ceiling=None):
        self.thread_id = thread_id
        self.deadline = deadline
        self.memory_ceiling = memory_ceiling
        self.fired = None
        self.last_fire = 0.0
        self.active = True


class _Watchdog:
    """The calling threads never take a lock here: an interrupt (an
    asynchronous exception) that lands in a thread just after it acquired
    one, before the `with` or `try` that releases it, leaks the lock (a
    nested call's budget fired while the outer call disarmed: the
    watchdog then blocked on its condition forever and a later call ran
    without a time limit).  They only append to and remove from
    `budgets` (atomic list operations) and wake the watchdog through a
    pipe; the watchdog thread alone reads the budgets, fires, and sets
    the kernel deadline for native code."""

    def __init__(self):
        self.budgets = []
        self.thread = None
        self._start_lock = threading.Lock()
        self._wake_r, self._wake_w = os.pipe()
        os.set_blocking(self._wake_w, False)

    def arm(self, budget):
        self.budgets.append(budget)
        if self.thread is None:
            self._start()
        self._wake()
        return budget

    def _start(self):
        # (the first arm of the process: nothing can interrupt this thread yet)
        with self._start_lock:
            if self.thread is None:
                self.thread = threading.Thread(target=self._run, name="minijs-watchdog", daemon=True)
                self.thread.start()

    def _wake(self):
        try:
            os.write(self._wake_w, b"w")
        except OSError:
            pass                # the pipe is full: a wake-up is pending anyway

    def disarm(self, budget):
        """No interrupt for `budget` after this returns (but for one the
        watchdog was sending at this very moment, which the caller's
        settle() absorbs); one still pending in its thread is cancelled."""
        budget.active = False
        try:
            self.budgets.remove(budget)
        except ValueError:
            pass
        if budget.fired is not None:
            clear_interrupt(budget.thread_id)
            if any(b.fired is not None for b in list(self.budgets)):
                set_interrupt_cell()      # another call is still being stopped
        self._wake()                      # (the native deadline changes)

    def _run(self):
        while True:
            ready, _, _ = select.select([self._wake_r], [], [], self._next_wake())
            if ready:                     # a call armed or disarmed
                os.read(self._wake_r, 4096)
                self._update_native_deadline()
            self._check(time.monotonic())

    def _update_native_deadline(self):
        deadlines = [b.deadline for b in list(self.budgets) if b.fired is None and b.deadline is not None]
        if deadlines:
            native_interrupt.arm_deadline(min(deadlines) - time.monotonic())
        else:
            native_interrupt.disarm_deadline()

    def _next_wake(self):
        budgets = list(self.budgets)
        if not budgets:
            return None
        now = time.monotonic()
        wake = now + 3600.0
        for b in budgets:
            if b.fired is not None:
                wake = min(wake, b.last_fire + REFIRE_SECONDS)
                continue
            if b.deadline is not None:
                wake = min(wake, b.deadline)
            if b.memory_ceiling is not None:
                wake = min(wake, now + SAMPLE_SECONDS)
        return max(0.0, wake - now)

    def _check(self, now):
        rss = None
        for b in list(self.budgets):
            kind = b.fired
            if kind is None:
                if b.deadline is not None and now >= b.deadline:
                    kind = TimeLimitInterrupt
                elif b.memory_ceiling is not None:
                    if rss is None:
                        rss = resident_bytes()
                    if rss is not None and rss > b.memory_ceiling:
                        kind = MemoryLimitInterrupt
                if kind is None:
                    continue
            elif now - b.last_fire < REFIRE_SECONDS:
                continue
            # `fired` first: a disarm that runs from here on sees it and
            # cancels what this sends
            b.fired = kind
            b.last_fire = now
            if b.active:
                request_interrupt(b.thread_id, kind)
            self._update_native_deadline()


_WATCHDOG = _Watchdog()


def arm(thread_id, time_limit=None, memory_ceiling=None):
    """Start enforcing limits on the call now running in `thread_id`:
    `time_limit` seconds from now, `memory_ceiling` resident bytes."""
    deadline = None if time_limit is None else time.monotonic() + time_limit
    return _WATCHDOG.arm(Budget(thread_id, deadline, memory_ceiling))


def disarm(budget):
    _WATCHDOG.disarm(budget)


def settle(budget):
    """disarm(budget) from the interrupted thread itself, right after it
    caught an Interrupt: a repeated interrupt (REFIRE_SECONDS) may land
    while it does so, and is absorbed here.  Returns the Interrupt class
    that stopped the call (None if the budget never fired)."""
    from minijs.runtime.interrupt import Interrupt
    while True:
        try:
            if budget is not None:
                _WATCHDOG.disarm(budget)
            return None if budget is None else budget.fired
        except Interrupt:
            continue
