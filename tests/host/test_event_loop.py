"""The event loop's scheduling with a fake clock: timers by due time,
then list creation, then insertion; lists that wait; immediates per
iteration; the loop sleeps (never spins) until the next timer; nextTick
and microtasks drain after every callback."""

from minijs.host.event_loop import EventLoop


class FakeClock:
    def __init__(self):
        self.t = 0.0
        self.sleeps = []

    def __call__(self):
        return self.t

    def sleep(self, seconds):
        self.sleeps.append(round(seconds * 1000))
        self.t += seconds

    def advance(self, ms):
        self.t += ms / 1000.0


class Timer:
    idle_start = 0
    timers_list = None
    destroyed = False
    refed = True

    def __init__(self, loop, log, name, msecs, repeat=False, action=None):
        self.loop, self.log, self.name = loop, log, name
        self.idle_timeout = msecs
        self.repeat = msecs if repeat else None
        self.action = action
        self.callback = True

    def has_callback(self):
        return self.callback

    def fire(self):
        self.log.append(self.name)
        if self.action:
            self.action()


class Immediate:
    destroyed = False
    refed = True

    def __init__(self, log, name, action=None):
        self.log, self.name, self.action = log, name, action

    def fire(self):
        self.log.append(self.name)
        if self.action:
            self.action()


def make_loop():
    clock = FakeClock()
    errors = []
    loop = EventLoop(errors.append, clock=clock, sleep=clock.sleep)
    return loop, clock, []


def add_timer(loop, log, name, msecs, **kw):
    t = Timer(loop, log, name, msecs, **kw)
    loop.timer_ref_count += 1
    loop.insert(t, msecs)
    return t


def test_timers_run_by_due_time_then_insertion_and_the_loop_sleeps():
    loop, clock, log = make_loop()
    add_timer(loop, log, "b10", 10)
    add_timer(loop, log, "a5", 5)
    add_timer(loop, log, "c10", 10)
    clock.advance(3)
    add_timer(loop, log, "d2", 2)          # due at 5, list made after a5's
    loop.run()
    assert log == ["a5", "d2", "b10", "c10"]
    assert clock.sleeps == [2, 5]


def test_a_timer_added_while_its_list_runs_waits_for_a_later_phase():
    loop, clock, log = make_loop()
    add_timer(loop, log, "first", 1,
              action=lambda: add_timer(loop, log, "added", 1))
    add_timer(loop, log, "second", 1)
    loop.run()
    assert log == ["first", "second", "added"]


def test_interval_repeats_until_cleared():
    loop, clock, log = make_loop()
    count = []

    def tick():
        count.append(1)
        if len(count) == 3:
            loop.unenroll(iv)
    iv = add_timer(loop, log, "iv", 4, repeat=True, action=tick)
    loop.run()
    assert log == ["iv", "iv", "iv"] and loop.timer_ref_count == 0


def test_immediates_queued_by_immediates_wait_for_the_next_iteration():
    loop, clock, log = make_loop()

    def first():
        loop.add_immediate(Immediate(log, "nested"))
        add_timer(loop, log, "timer from immediate", 1)
    loop.add_immediate(Immediate(log, "one", first))
    loop.add_immediate(Immediate(log, "two"))
    loop.run()
    # no time passes in the check phase: the nested immediate runs in the
    # next check phase, before the timer is due
    assert log == ["one", "two", "nested", "timer from immediate"]


def test_ticks_and_microtasks_drain_after_each_callback():
    loop, clock, log = make_loop()

    def schedule(name):
        loop.ticks.append((lambda args: log.append("tick " + name), ()))
        loop.microtasks.enqueue_job(lambda: log.append("job " + name))
    add_timer(loop, log, "t1", 1, action=lambda: schedule("t1"))
    add_timer(loop, log, "t2", 1, action=lambda: schedule("t2"))
    loop.run()
    assert log == ["t1", "tick t1", "job t1", "t2", "tick t2", "job t2"]


def test_unrefed_timers_do_not_keep_the_loop_alive():
    loop, clock, log = make_loop()
    t = add_timer(loop, log, "unref", 1)
    loop.set_ref(t, False)
    loop.run()
    assert log == [] and not loop.alive()
    loop.set_ref(t, True)
    loop.run()
    assert log == ["unref"]
