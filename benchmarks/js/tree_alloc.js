// Allocation stress with trees: a long-lived complete binary tree stays
// alive while many short-lived complete trees of several depths are built
// and walked, then a binary search tree grows by pseudo-random insertions
// and answers lookups.  Mostly small objects with two pointer fields.
// The same algorithm in Python: benchmarks/python/tree_alloc.py.
'use strict';

var REPS = 2; // repetitions at scale 1 (benchmarks/compare.py multiplies)

function TreeNode(left, right, value) {
  this.left = left;
  this.right = right;
  this.value = value;
}

function build(depth, value) {
  if (depth === 0) return new TreeNode(null, null, value);
  return new TreeNode(build(depth - 1, value * 2), build(depth - 1, value * 2 + 1), value);
}

// Nodes counted, and a value mix that depends on the shape.
function walk(node) {
  if (node.left === null) return 1 + (node.value % 3) * 1000000;
  return 1 + walk(node.left) + walk(node.right);
}

function BstNode(key) {
  this.key = key;
  this.left = null;
  this.right = null;
  this.count = 1;
}

function bstInsert(root, key) {
  var node = root;
  for (;;) {
    if (key === node.key) {
      node.count++;
      return;
    }
    if (key < node.key) {
      if (node.left === null) {
        node.left = new BstNode(key);
        return;
      }
      node = node.left;
    } else {
      if (node.right === null) {
        node.right = new BstNode(key);
        return;
      }
      node = node.right;
    }
  }
}

function bstFind(root, key) {
  var node = root;
  while (node !== null) {
    if (key === node.key) return node.count;
    node = key < node.key ? node.left : node.right;
  }
  return 0;
}

function allocate() {
  var longLived = build(12, 1);
  var total = 0;
  for (var depth = 4; depth <= 12; depth += 2) {
    var iterations = 1 << (14 - depth);
    for (var i = 0; i < iterations; i++) {
      total += walk(build(depth, i));
    }
  }
  total = total % 1000000007 + walk(longLived);
  var x = 42;
  var root = new BstNode(1000);
  for (var k = 0; k < 3000; k++) {
    x = (x * 16807) % 2147483647;
    bstInsert(root, x % 5000);
  }
  var found = 0;
  for (var q = 0; q < 5000; q += 3) found += bstFind(root, q);
  return (total * 1000 + found) % 1000000007;
}

// One repetition builds about 170,000 tree nodes and 3,000 search-tree nodes.
function run(reps) {
  var total = 0;
  for (var r = 0; r < reps; r++) {
    var v = allocate();
    if (v !== 170065946) throw new Error('tree_alloc checksum = ' + v);
    total += v;
  }
  return total;
}

module.exports = run;
if (module.id === '.') {
  var reps = process.argv.length > 2 ? Number(process.argv[2]) : REPS;
  console.log('tree_alloc: ' + run(reps));
}
