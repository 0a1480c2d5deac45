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
    `fired` is the Interrupt class raised once a limit was hit."""

    __slots__ = ("thread_id", "deadline", "memory_ceiling", "fired", "last_fire")

    def __init__(self, thread_id, deadline=None, memory_ceiling=None):
        self.thread_id = thread_id
        self.deadline = deadline
        self.memory_ceiling = memory_ceiling
        self.fired = None
        self.last_fire = 0.0


class _Watchdog:
    def __init__(self):
        self.cond = threading.Condition()
        self.budgets = []
        self.thread = None

    def arm(self, budget):
        with self.cond:
            self.budgets.append(budget)
            if self.thread is None:
                self.thread = threading.Thread(target=self._run, name="minijs-watchdog", daemon=True)
                self.thread.start()
            self._update_native_deadline()
            self.cond.notify()
        return budget

    def disarm(self, budget):
        """No interrupt for `budget` after this returns; one still pending
        in its thread is cancelled."""
        with self.cond:
            try:
                self.budgets.remove(budget)
            except ValueError:
                pass
            self._update_native_deadline()
            if budget.fired is not None:
                clear_interrupt(budget.thread_id)
                if any(b.fired is not None for b in self.budgets):
                    set_interrupt_cell()      # another call is still being stopped

    def _run(self):
        with self.cond:
            while True:
                self.cond.wait(self._next_wake())
                self._check(time.monotonic())

    def _update_native_deadline(self):
        deadlines = [b.deadline for b in self.budgets if b.fired is None and b.deadline is not None]
        if deadlines:
            native_interrupt.arm_deadline(min(deadlines) - time.monotonic())
        else:
            native_interrupt.disarm_deadline()

    def _next_wake(self):
        if not self.budgets:
            return None
        now = time.monotonic()
        wake = now + 3600.0
        for b in self.budgets:
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
        for b in self.budgets:
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
            b.fired = kind
            b.last_fire = now
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
