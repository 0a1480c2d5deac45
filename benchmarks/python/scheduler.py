"""A cooperative task scheduler: producer, worker and sink tasks exchange
packets through linked-list inboxes; one ready queue per priority.
The same algorithm in JS: benchmarks/js/scheduler.js."""

import sys

REPS = 2  # repetitions at scale 1 (benchmarks/compare.py multiplies)


class Link:
    __slots__ = ("value", "next")

    def __init__(self, value):
        self.value = value
        self.next = None


class Queue:
    def __init__(self):
        self.head = None
        self.tail = None
        self.size = 0

    def push(self, value):
        link = Link(value)
        if self.tail is None:
            self.head = link
        else:
            self.tail.next = link
        self.tail = link
        self.size += 1

    def shift(self):
        link = self.head
        self.head = link.next
        if self.head is None:
            self.tail = None
        self.size -= 1
        return link.value


class Packet:
    def __init__(self):
        self.payload = 0
        self.hops = 0


PRODUCER, WORKER, SINK = 0, 1, 2


class Task:
    def __init__(self, id, kind, priority):
        self.id = id
        self.kind = kind
        self.priority = priority
        self.inbox = Queue()
        self.ready = False
        self.budget = 0
        self.seed = id + 1
        self.received = 0
        self.sum = 0


class Scheduler:
    def __init__(self, levels):
        self.levels = [Queue() for _ in range(levels)]
        self.tasks = []
        self.workers = []
        self.sinks = []
        self.free_packets = []
        self.steps = 0

    def add(self, task):
        self.tasks.append(task)
        if task.kind == WORKER:
            self.workers.append(task)
        if task.kind == SINK:
            self.sinks.append(task)

    def wake(self, task):
        if not task.ready:
            task.ready = True
            self.levels[task.priority].push(task)

    def send(self, task, packet):
        packet.hops += 1
        task.inbox.push(packet)
        self.wake(task)

    def new_packet(self):
        p = self.free_packets.pop() if self.free_packets else Packet()
        p.payload = 0
        p.hops = 0
        return p

    def next(self):
        for i in range(len(self.levels) - 1, -1, -1):
            if self.levels[i].size > 0:
                return self.levels[i].shift()
        return None

    def step(self, task):
        self.steps += 1
        if task.kind == PRODUCER:
            task.seed = (task.seed * 16807) % 2147483647
            p = self.new_packet()
            p.payload = task.seed % 1000
            self.send(self.workers[task.seed % len(self.workers)], p)
            task.budget -= 1
            return task.budget > 0
        packet = task.inbox.shift()
        if task.kind == WORKER:
            packet.payload = (packet.payload * 31 + task.id) % 65521
            if (packet.payload & 1) == 1 and packet.hops < 3:
                target = self.workers[(task.id + packet.hops) % len(self.workers)]
            else:
                target = self.sinks[packet.payload % len(self.sinks)]
            self.send(target, packet)
        else:
            task.received += 1
            task.sum = (task.sum + packet.payload * packet.hops) % 1000000007
            self.free_packets.append(packet)
        return task.inbox.size > 0

    def run_all(self):
        while True:
            task = self.next()
            if task is None:
                break
            task.ready = False
            if self.step(task):
                self.wake(task)


def simulate(producers, workers, sinks, packets_each):
    s = Scheduler(3)
    id = 0
    for _ in range(sinks):
        s.add(Task(id, SINK, 2))
        id += 1
    for _ in range(workers):
        s.add(Task(id, WORKER, 1))
        id += 1
    for _ in range(producers):
        t = Task(id, PRODUCER, 0)
        id += 1
        t.budget = packets_each
        s.add(t)
        s.wake(t)
    s.run_all()
    check = s.steps
    for sink in s.sinks:
        check = (check * 7 + sink.received * 1000 + sink.sum) % 1000000007
    return check


def run(reps):
    """One repetition: 4 producers of 2500 packets, 6 workers, 3 sinks."""
    total = 0
    for _ in range(reps):
        v = simulate(4, 6, 3, 2500)
        if v != 488154628:
            raise AssertionError(f"scheduler checksum = {v}")
        total += v
    return total


if __name__ == "__main__":
    print("scheduler:", run(int(sys.argv[1]) if len(sys.argv) > 1 else REPS))
