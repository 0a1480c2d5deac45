// Graph search on a grid maze: node objects with arrays of weighted edge
// objects, a breadth-first search with an array-based FIFO, and Dijkstra's
// shortest paths with a binary heap of entry objects.  Walls and edge
// weights come from a pseudo-random sequence.
// The same algorithm in Python: benchmarks/python/graph_search.py.
'use strict';

var REPS = 6; // repetitions at scale 1 (benchmarks/compare.py multiplies)

function GraphNode(id) {
  this.id = id;
  this.edges = [];
}

function Edge(to, weight) {
  this.to = to;
  this.weight = weight;
}

function buildGrid(width, height, seed) {
  var nodes = [];
  var wall = [];
  var x = seed;
  for (var i = 0; i < width * height; i++) {
    nodes.push(new GraphNode(i));
    x = (x * 16807) % 2147483647;
    wall.push(i !== 0 && x % 4 === 0);
  }
  for (var r = 0; r < height; r++) {
    for (var c = 0; c < width; c++) {
      var id = r * width + c;
      if (wall[id]) continue;
      // Right and down neighbours, both directions, weights 1..9.
      if (c + 1 < width && !wall[id + 1]) {
        x = (x * 16807) % 2147483647;
        var w = x % 9 + 1;
        nodes[id].edges.push(new Edge(nodes[id + 1], w));
        nodes[id + 1].edges.push(new Edge(nodes[id], w));
      }
      if (r + 1 < height && !wall[id + width]) {
        x = (x * 16807) % 2147483647;
        var w2 = x % 9 + 1;
        nodes[id].edges.push(new Edge(nodes[id + width], w2));
        nodes[id + width].edges.push(new Edge(nodes[id], w2));
      }
    }
  }
  return nodes;
}

function bfs(nodes, start) {
  var depth = [];
  for (var i = 0; i < nodes.length; i++) depth.push(-1);
  var queue = [start];
  depth[start.id] = 0;
  var head = 0, sum = 0;
  while (head < queue.length) {
    var node = queue[head++];
    sum += depth[node.id];
    for (var e = 0; e < node.edges.length; e++) {
      var next = node.edges[e].to;
      if (depth[next.id] < 0) {
        depth[next.id] = depth[node.id] + 1;
        queue.push(next);
      }
    }
  }
  return queue.length * 1000000 + sum;
}

function HeapEntry(node, dist) {
  this.node = node;
  this.dist = dist;
}

function Heap() {
  this.items = [];
}
Heap.prototype.push = function (entry) {
  var items = this.items;
  var i = items.length;
  items.push(entry);
  while (i > 0) {
    var parent = (i - 1) >> 1;
    if (items[parent].dist <= entry.dist) break;
    items[i] = items[parent];
    i = parent;
  }
  items[i] = entry;
};
Heap.prototype.pop = function () {
  var items = this.items;
  var top = items[0];
  var last = items.pop();
  var n = items.length;
  if (n > 0) {
    var i = 0;
    for (;;) {
      var child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && items[child + 1].dist < items[child].dist) child++;
      if (items[child].dist >= last.dist) break;
      items[i] = items[child];
      i = child;
    }
    items[i] = last;
  }
  return top;
};

function dijkstra(nodes, start) {
  var dist = [];
  for (var i = 0; i < nodes.length; i++) dist.push(Infinity);
  dist[start.id] = 0;
  var heap = new Heap();
  heap.push(new HeapEntry(start, 0));
  var settled = 0, sum = 0, farthest = 0;
  while (heap.items.length > 0) {
    var entry = heap.pop();
    var node = entry.node;
    if (entry.dist > dist[node.id]) continue;
    settled++;
    sum += entry.dist;
    if (entry.dist > farthest) farthest = entry.dist;
    for (var e = 0; e < node.edges.length; e++) {
      var edge = node.edges[e];
      var d = entry.dist + edge.weight;
      if (d < dist[edge.to.id]) {
        dist[edge.to.id] = d;
        heap.push(new HeapEntry(edge.to, d));
      }
    }
  }
  return (settled * 1000 + farthest) * 1000000 + sum % 1000000;
}

// One repetition builds a 50 x 50 maze and searches it both ways.
function run(reps) {
  var total = 0;
  for (var r = 0; r < reps; r++) {
    var nodes = buildGrid(50, 50, 12345);
    var v = (bfs(nodes, nodes[0]) % 1000000007 + dijkstra(nodes, nodes[0]) % 1000000007) % 1000000007;
    if (v !== 277475030) throw new Error('graph_search checksum = ' + v);
    total += v;
  }
  return total;
}

module.exports = run;
if (module.id === '.') {
  var reps = process.argv.length > 2 ? Number(process.argv[2]) : REPS;
  console.log('graph_search: ' + run(reps));
}
