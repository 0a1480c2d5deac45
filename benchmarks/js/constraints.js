// A constraint solver: sudoku as a constraint-satisfaction problem.  Each
// cell is a variable whose domain is a 9-bit mask; each row, column and box
// is an all-different constraint over its cells.  Assignments propagate
// through a work queue (singleton domains remove their value from peers,
// a value with one place left in a unit is placed there); the search picks
// the variable with the smallest domain and backtracks through a trail of
// domain changes.  Puzzles come from a pattern-filled grid with cells
// blanked by a pseudo-random sequence.  Checksum: the solutions' digits
// and the search effort.
// The same algorithm in Python: benchmarks/python/constraints.py.
'use strict';

var REPS = 1; // repetitions at scale 1 (benchmarks/compare.py multiplies)

var ALL = 511;

function popcount(m) {
  var n = 0;
  while (m !== 0) {
    m &= m - 1;
    n++;
  }
  return n;
}

function digitOf(mask) {
  var d = 1;
  while (mask !== 1) {
    mask >>= 1;
    d++;
  }
  return d;
}

function Variable(index) {
  this.index = index;
  this.domain = ALL;
  this.units = [];
}

function Unit(cells) {
  this.cells = cells;
}

function Solver() {
  this.vars = [];
  this.units = [];
  this.trail = [];   // pairs of (variable, old domain) to undo
  this.queue = [];
  this.nodes = 0;
  for (var i = 0; i < 81; i++) this.vars.push(new Variable(i));
  for (var k = 0; k < 9; k++) {
    var row = [], col = [], box = [];
    for (var m = 0; m < 9; m++) {
      row.push(this.vars[k * 9 + m]);
      col.push(this.vars[m * 9 + k]);
      box.push(this.vars[(Math.floor(k / 3) * 3 + Math.floor(m / 3)) * 9 + (k % 3) * 3 + (m % 3)]);
    }
    this.addUnit(row);
    this.addUnit(col);
    this.addUnit(box);
  }
}
Solver.prototype.addUnit = function (cells) {
  var unit = new Unit(cells);
  this.units.push(unit);
  for (var i = 0; i < cells.length; i++) cells[i].units.push(unit);
};
// Narrow v's domain; false when it becomes empty.
Solver.prototype.restrict = function (v, domain) {
  if (domain === v.domain) return true;
  if (domain === 0) return false;
  this.trail.push(v, v.domain);
  v.domain = domain;
  this.queue.push(v);
  return true;
};
Solver.prototype.propagate = function () {
  while (this.queue.length > 0) {
    var v = this.queue.pop();
    var d = v.domain;
    for (var u = 0; u < v.units.length; u++) {
      var cells = v.units[u].cells;
      if (popcount(d) === 1) {
        for (var i = 0; i < cells.length; i++) {
          var peer = cells[i];
          if (peer !== v && (peer.domain & d) !== 0) {
            if (!this.restrict(peer, peer.domain & ~d)) return false;
          }
        }
      }
      // A value with a single possible place in the unit goes there.
      for (var bit = 1; bit < ALL; bit <<= 1) {
        var place = null, count = 0;
        for (var j = 0; j < cells.length && count < 2; j++) {
          if ((cells[j].domain & bit) !== 0) {
            place = cells[j];
            count++;
          }
        }
        if (count === 0) return false;
        if (count === 1 && place.domain !== bit) {
          if (!this.restrict(place, bit)) return false;
        }
      }
    }
  }
  return true;
};
Solver.prototype.undo = function (mark) {
  while (this.trail.length > mark) {
    var old = this.trail.pop();
    var v = this.trail.pop();
    v.domain = old;
  }
};
Solver.prototype.search = function () {
  this.nodes++;
  var best = null, bestSize = 10;
  for (var i = 0; i < 81; i++) {
    var size = popcount(this.vars[i].domain);
    if (size > 1 && size < bestSize) {
      best = this.vars[i];
      bestSize = size;
    }
  }
  if (best === null) return true;
  var domain = best.domain;
  for (var bit = 1; bit < ALL; bit <<= 1) {
    if ((domain & bit) === 0) continue;
    var mark = this.trail.length;
    this.queue.length = 0;
    if (this.restrict(best, bit) && this.propagate() && this.search()) return true;
    this.undo(mark);
  }
  return false;
};

function solvePuzzle(seed, blanks) {
  var s = new Solver();
  var filled = 0;
  for (var i = 0; i < 81; i++) s.vars[i].blank = false;
  var x = seed;
  for (var b = 0; b < blanks; b++) {
    x = (x * 16807) % 2147483647;
    s.vars[x % 81].blank = true;
  }
  for (var r = 0; r < 9; r++) {
    for (var c = 0; c < 9; c++) {
      var v = s.vars[r * 9 + c];
      if (!v.blank) {
        var digit = ((r * 3 + Math.floor(r / 3) + c + seed) % 9) + 1;
        if (!s.restrict(v, 1 << (digit - 1))) throw new Error('bad puzzle');
        filled++;
      }
    }
  }
  if (!s.propagate() || !s.search()) throw new Error('no solution for seed ' + seed);
  for (var u = 0; u < s.units.length; u++) {
    var seen = 0;
    for (var m = 0; m < 9; m++) seen |= s.units[u].cells[m].domain;
    if (seen !== ALL) throw new Error('invalid solution for seed ' + seed);
  }
  var check = 0;
  for (var k = 0; k < 81; k++) check = (check * 10 + digitOf(s.vars[k].domain)) % 1000000007;
  return (check + s.nodes * 1000 + filled) % 1000000007;
}

// One repetition solves 8 puzzles with 110 blanking draws each.
function run(reps) {
  var total = 0;
  for (var r = 0; r < reps; r++) {
    var v = 0;
    for (var p = 0; p < 8; p++) v = (v * 31 + solvePuzzle(p + 1, 110)) % 1000000007;
    if (v !== 797658141) throw new Error('constraints checksum = ' + v);
    total += v;
  }
  return total;
}

module.exports = run;
if (module.id === '.') {
  var reps = process.argv.length > 2 ? Number(process.argv[2]) : REPS;
  console.log('constraints: ' + run(reps));
}
