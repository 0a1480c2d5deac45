"""The node-style event loop: libuv's phases as node v20 drives them.

    run main script
    process ticks and rejections      (below)
    loop while alive:
        timers       every list whose expiry has come, oldest expiry first
        poll         the callbacks of finished I/O (fs's asynchronous API);
                 else sleep until the next timer (never when immediates wait)
        check        FinalizationRegistry cleanups (they never keep the loop
                 alive), then the setImmediate callbacks queued before
                 this phase
        timers
    'beforeExit' (the loop goes on if listeners queued work), 'exit'

"Process ticks and rejections" is node's processTicksAndRejections: run
every process.nextTick callback (including those they queue), then drain
the microtask queue (promise jobs and queueMicrotask, V8's queue), then
report unhandled rejections; repeat until all three are empty.  It runs
after the main script and after every single timer / immediate callback.

Timers are kept as node keeps them (lib/internal/timers.js): one list per
duration in insertion order, and a priority queue of lists ordered by
(expiry, list id).  A list runs its timers while they are due at the
phase's `now`; a timer inserted during the phase is due later.  Times are
whole milliseconds since the loop started, like uv_now.

Liveness: the loop is alive while a ref'ed timer or immediate exists, or
an I/O callback waits; unref'ed ones run only while something else keeps
the loop alive.  minijs does its I/O synchronously: an asynchronous
operation is done at once and only its callback waits for a poll phase
(`add_completion`), as if the I/O had finished immediately.

The loop knows nothing of JS objects.  A timer is any object with the
fields `idle_timeout` (its duration in ms, -1 once cleared),
`idle_start`, `repeat` (ms or None), `refed`, `destroyed`, `timers_list`
(the loop's: the list holding it, or None), `has_callback()` and `fire()`;
an immediate has `refed`, `destroyed` and `fire()`.  `fire()` calls the
JS callback; a JSThrow escaping it goes to the host's `uncaught(exc)`
(process 'uncaughtException', or death).  The host's realm is current
while the loop runs; a job enqueued for another realm runs with that
realm current.
"""

import heapq
import time
from collections import deque

from minijs.runtime.errors import JSThrow
from minijs.runtime.interrupt import interruptible_sleep
from minijs.runtime.jobs import JobQueue
from minijs.runtime.realm import set_current
from minijs.runtime.weak import clear_kept_objects

__all__ = ["EventLoop", "TIMEOUT_MAX", "interruptible_sleep"]

TIMEOUT_MAX = 2 ** 31 - 1


class _TimersList:
    __slots__ = ("msecs", "expiry", "id", "timers", "running")

    def __init__(self, msecs, expiry, list_id):
        self.running = False
        self.msecs = msecs
        self.expiry = expiry
        self.id = list_id
        self.timers = {}          # timer -> None, in insertion order


class EventLoop:
    def __init__(self, uncaught, clock=time.monotonic, sleep=interruptible_sleep):
        """`uncaught(exc)` handles a JSThrow that escaped a callback as
        node handles an uncaught error (it returns when a listener
        handled it, else raises to end the process)."""
        self.uncaught = uncaught
        self.clock = clock
        self.sleep = sleep
        self.base = clock()
        self.microtasks = JobQueue()
        self.ticks = deque()                  # (fn, args) of process.nextTick
        self.process_rejections = lambda: False
        self.lists = {}                       # msecs -> _TimersList
        self.heap = []                        # (expiry, id, list)
        self.next_list_id = 1
        self.timer_ref_count = 0
        self.immediates = deque()
        self.immediate_ref_count = 0
        self.cleanup_jobs = deque()           # FinalizationRegistry cleanups
        self.completions = deque()            # callbacks of finished I/O
        self.default_realm = None

    def invoke(self, thunk):
        """Run `thunk` (a call into JS); True if no error escaped it."""
        try:
            thunk()
        except JSThrow as exc:
            self.uncaught(exc)
            return False
        return True

    # -- time ---------------------------------------------------------------

    def now(self):
        return int((self.clock() - self.base) * 1000)

    # -- nextTick, microtasks, rejections ------------------------------------

    def run_microtasks(self):
        """Drain the microtask queue (V8's checkpoint: a job that throws
        is reported and the next one runs).  One try block for the whole
        drain keeps the cost per job low."""
        jobs = self.microtasks.jobs
        default = self.default_realm
        while jobs:
            try:
                while jobs:
                    job, realm = jobs.popleft()
                    if realm is not None and realm is not default:
                        previous = set_current(realm)
                        try:
                            job()
                        finally:
                            set_current(previous)
                    else:
                        job()
            except JSThrow as exc:
                self.uncaught(exc)

    def run_ticks_and_rejections(self):
        """node's processTicksAndRejections (and runNextTicks)."""
        ticks = self.ticks
        while True:
            while ticks:
                fn, args = ticks.popleft()
                if not self.invoke(lambda: fn(args)):
                    # node abandons this drain when a tick throws: what is
                    # left runs at the next drain point.
                    return
            self.run_microtasks()
            if not ticks and not self.process_rejections():
                # the end of a synchronous run: WeakRef targets kept for
                # it may go (ClearKeptObjects, 9.10)
                clear_kept_objects()
                return

    # -- timers ---------------------------------------------------------------

    def insert(self, timer, msecs, start=None):
        """Append `timer` to the list of its duration (node's insert; a
        timer already in a list moves to the end of the new one)."""
        if start is None:
            start = self.now()
        self._remove_from_list(timer)
        timer.idle_start = start
        lst = self.lists.get(msecs)
        if lst is None:
            lst = self.lists[msecs] = _TimersList(msecs, start + msecs, self._list_id())
            heapq.heappush(self.heap, (lst.expiry, lst.id, lst))
        lst.timers[timer] = None
        timer.timers_list = lst

    def activate(self, timer, refed, start=None):
        """node's insertGuarded: (re)start `timer` for its idle_timeout,
        reviving it if it had run or been destroyed (refresh)."""
        msecs = timer.idle_timeout
        if msecs is None or msecs < 0:
            return
        self.insert(timer, msecs, start)
        if timer.destroyed:
            timer.destroyed = False
            if refed:
                self.timer_ref_count += 1
        elif refed != timer.refed:
            self.timer_ref_count += 1 if refed else -1
        timer.refed = refed

    def set_ref(self, timer, refed):
        """Timeout.ref()/unref()."""
        if refed != timer.refed:
            if not timer.destroyed:
                self.timer_ref_count += 1 if refed else -1
            timer.refed = refed

    def _list_id(self):
        self.next_list_id += 1
        return self.next_list_id

    def _remove_from_list(self, timer):
        lst = timer.timers_list
        if lst is not None:
            timer.timers_list = None
            lst.timers.pop(timer, None)
            if not lst.timers and self.lists.get(lst.msecs) is lst and not lst.running:
                del self.lists[lst.msecs]

    def unenroll(self, timer):
        """clearTimeout / close: node's unenroll."""
        if timer.destroyed:
            return
        timer.destroyed = True
        self._remove_from_list(timer)
        if timer.refed:
            self.timer_ref_count -= 1
        timer.idle_timeout = -1

    def _peek_list(self):
        heap = self.heap
        while heap:
            expiry, list_id, lst = heap[0]
            if self.lists.get(lst.msecs) is lst and lst.id == list_id and lst.expiry == expiry:
                return lst
            heapq.heappop(heap)
        return None

    def run_timers(self):
        """node's processTimers(now), then the drain that closing its
        callback scope does."""
        self._process_timers()
        self.run_ticks_and_rejections()

    def _process_timers(self):
        now = self.now()
        ran_list = False
        while True:
            lst = self._peek_list()
            if lst is None or lst.expiry > now:
                return
            if ran_list:
                self.run_ticks_and_rejections()
            else:
                ran_list = True
            self._list_on_timeout(lst, now)

    def _list_on_timeout(self, lst, now):
        msecs = lst.msecs
        ran_timer = False
        timers = lst.timers
        lst.running = True
        try:
            while timers:
                timer = next(iter(timers))
                if now - timer.idle_start < msecs:
                    # Not due yet: the list waits for its first timer.
                    lst.expiry = max(timer.idle_start + msecs, now + 1)
                    lst.id = self._list_id()
                    heapq.heappush(self.heap, (lst.expiry, lst.id, lst))
                    return
                if ran_timer:
                    self.run_ticks_and_rejections()
                else:
                    ran_timer = True
                del timers[timer]
                timer.timers_list = None
                if not timer.has_callback():
                    if not timer.destroyed:
                        timer.destroyed = True
                        if timer.refed:
                            self.timer_ref_count -= 1
                    continue
                start = self.now() if timer.repeat is not None else None
                try:
                    self.invoke(timer.fire)
                finally:
                    if timer.repeat is not None and timer.idle_timeout != -1:
                        timer.idle_timeout = timer.repeat
                        self.insert(timer, timer.repeat, start)
                    elif timer.timers_list is None and not timer.destroyed:
                        timer.destroyed = True
                        if timer.refed:
                            self.timer_ref_count -= 1
        finally:
            lst.running = False
        if self.lists.get(msecs) is lst:
            del self.lists[msecs]

    def next_timer_expiry(self):
        lst = self._peek_list()
        return None if lst is None else lst.expiry

    # -- immediates ----------------------------------------------------------------

    def add_immediate(self, immediate):
        self.immediates.append(immediate)
        if immediate.refed:
            self.immediate_ref_count += 1

    def run_immediates(self):
        """node's processImmediate: the immediates queued before this
        phase, in order, skipping cleared ones."""
        cleanups = self.cleanup_jobs
        while cleanups:
            self.invoke(cleanups.popleft())
            self.run_ticks_and_rejections()
        batch = self.immediates
        self.immediates = deque()
        first = True
        while batch:
            if not first:
                self.run_ticks_and_rejections()
            first = False
            immediate = batch.popleft()
            if immediate.destroyed:
                continue
            self._retire(immediate)
            self.invoke(immediate.fire)
        self.run_ticks_and_rejections()

    def _retire(self, immediate):
        immediate.destroyed = True
        if immediate.refed:
            self.immediate_ref_count -= 1
        immediate.refed = False

    def clear_immediate(self, immediate):
        if immediate.destroyed:
            return
        self._retire(immediate)
        try:
            self.immediates.remove(immediate)
        except ValueError:
            pass

    # -- I/O callbacks --------------------------------------------------------------

    def add_completion(self, callback):
        """Run `callback()` (a call into JS) in the next poll phase."""
        self.completions.append(callback)

    def run_completions(self):
        """The poll phase's callbacks: those of I/O finished before it
        began, each followed by a drain of ticks and microtasks."""
        batch = self.completions
        self.completions = deque()
        for callback in batch:
            self.invoke(callback)
            self.run_ticks_and_rejections()

    # -- the loop ---------------------------------------------------------------------

    def alive(self):
        return self.timer_ref_count > 0 or self.immediate_ref_count > 0 or bool(self.completions)

    def run(self):
        """uv_run(UV_RUN_DEFAULT): phases until nothing keeps the loop alive."""
        if not self.alive():
            return
        self.run_timers()
        while self.alive():
            if not self.immediates and not self.completions and self._peek_list() is None:
                break       # nothing scheduled after all: never spin
            self._poll()
            self.run_completions()
            self.run_immediates()
            self.run_timers()

    def _poll(self):
        """Sleep until the next timer is due (not at all while immediates
        wait)."""
        if self.immediates or self.completions:
            return
        expiry = self.next_timer_expiry()
        if expiry is None:
            return
        delay = expiry - (self.clock() - self.base) * 1000
        if delay > 0:
            self.sleep(delay / 1000.0)
