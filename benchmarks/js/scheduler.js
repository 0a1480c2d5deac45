// A cooperative task scheduler: producer, worker and sink tasks exchange
// packets through FIFO inboxes (linked lists); ready tasks wait in one
// queue per priority and the scheduler always runs the most urgent one.
// Object-heavy: constructor-made objects, prototype methods, linked lists,
// a free list of packets.  The checksum combines what the sinks received.
// The same algorithm in Python: benchmarks/python/scheduler.py.
'use strict';

var REPS = 2; // repetitions at scale 1 (benchmarks/compare.py multiplies)

function Link(value) {
  this.value = value;
  this.next = null;
}

function Queue() {
  this.head = null;
  this.tail = null;
  this.size = 0;
}
Queue.prototype.push = function (value) {
  var link = new Link(value);
  if (this.tail === null) this.head = link;
  else this.tail.next = link;
  this.tail = link;
  this.size++;
};
Queue.prototype.shift = function () {
  var link = this.head;
  this.head = link.next;
  if (this.head === null) this.tail = null;
  this.size--;
  return link.value;
};

function Packet() {
  this.payload = 0;
  this.hops = 0;
}

var PRODUCER = 0, WORKER = 1, SINK = 2;

function Task(id, kind, priority) {
  this.id = id;
  this.kind = kind;
  this.priority = priority;
  this.inbox = new Queue();
  this.ready = false;
  this.budget = 0;     // packets a producer still has to make
  this.seed = id + 1;  // a producer's pseudo-random state
  this.received = 0;
  this.sum = 0;
}

function Scheduler(levels) {
  this.levels = [];
  for (var i = 0; i < levels; i++) this.levels.push(new Queue());
  this.tasks = [];
  this.workers = [];
  this.sinks = [];
  this.freePackets = [];
  this.steps = 0;
}
Scheduler.prototype.add = function (task) {
  this.tasks.push(task);
  if (task.kind === WORKER) this.workers.push(task);
  if (task.kind === SINK) this.sinks.push(task);
};
Scheduler.prototype.wake = function (task) {
  if (!task.ready) {
    task.ready = true;
    this.levels[task.priority].push(task);
  }
};
Scheduler.prototype.send = function (task, packet) {
  packet.hops++;
  task.inbox.push(packet);
  this.wake(task);
};
Scheduler.prototype.newPacket = function () {
  var p = this.freePackets.length > 0 ? this.freePackets.pop() : new Packet();
  p.payload = 0;
  p.hops = 0;
  return p;
};
Scheduler.prototype.next = function () {
  for (var i = this.levels.length - 1; i >= 0; i--) {
    if (this.levels[i].size > 0) return this.levels[i].shift();
  }
  return null;
};
Scheduler.prototype.step = function (task) {
  this.steps++;
  if (task.kind === PRODUCER) {
    task.seed = (task.seed * 16807) % 2147483647;
    var p = this.newPacket();
    p.payload = task.seed % 1000;
    this.send(this.workers[task.seed % this.workers.length], p);
    task.budget--;
    return task.budget > 0;
  }
  var packet = task.inbox.shift();
  if (task.kind === WORKER) {
    packet.payload = (packet.payload * 31 + task.id) % 65521;
    // Odd payloads take one more trip through a worker.
    var target = (packet.payload & 1) === 1 && packet.hops < 3
      ? this.workers[(task.id + packet.hops) % this.workers.length]
      : this.sinks[packet.payload % this.sinks.length];
    this.send(target, packet);
  } else {
    task.received++;
    task.sum = (task.sum + packet.payload * packet.hops) % 1000000007;
    this.freePackets.push(packet);
  }
  return task.inbox.size > 0;
};
Scheduler.prototype.runAll = function () {
  var task;
  while ((task = this.next()) !== null) {
    task.ready = false;
    if (this.step(task)) this.wake(task);
  }
};

function simulate(producers, workers, sinks, packetsEach) {
  var s = new Scheduler(3);
  var id = 0;
  for (var i = 0; i < sinks; i++) s.add(new Task(id++, SINK, 2));
  for (var j = 0; j < workers; j++) s.add(new Task(id++, WORKER, 1));
  for (var k = 0; k < producers; k++) {
    var t = new Task(id++, PRODUCER, 0);
    t.budget = packetsEach;
    s.add(t);
    s.wake(t);
  }
  s.runAll();
  var check = s.steps;
  for (var m = 0; m < s.sinks.length; m++) {
    check = (check * 7 + s.sinks[m].received * 1000 + s.sinks[m].sum) % 1000000007;
  }
  return check;
}

// One repetition: 4 producers of 2500 packets, 6 workers, 3 sinks.
function run(reps) {
  var total = 0;
  for (var r = 0; r < reps; r++) {
    var v = simulate(4, 6, 3, 2500);
    if (v !== 488154628) throw new Error('scheduler checksum = ' + v);
    total += v;
  }
  return total;
}

module.exports = run;
if (module.id === '.') {
  var reps = process.argv.length > 2 ? Number(process.argv[2]) : REPS;
  console.log('scheduler: ' + run(reps));
}
