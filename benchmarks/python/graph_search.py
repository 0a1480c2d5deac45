"""Graph search on a grid maze: breadth-first search and Dijkstra with a
binary heap of entry objects (its own heap, not heapq).
The same algorithm in JS: benchmarks/js/graph_search.js."""

import math
import sys

REPS = 6  # repetitions at scale 1 (benchmarks/compare.py multiplies)


class GraphNode:
    def __init__(self, id):
        self.id = id
        self.edges = []


class Edge:
    def __init__(self, to, weight):
        self.to = to
        self.weight = weight


def build_grid(width, height, seed):
    nodes = []
    wall = []
    x = seed
    for i in range(width * height):
        nodes.append(GraphNode(i))
        x = (x * 16807) % 2147483647
        wall.append(i != 0 and x % 4 == 0)
    for r in range(height):
        for c in range(width):
            id = r * width + c
            if wall[id]:
                continue
            if c + 1 < width and not wall[id + 1]:
                x = (x * 16807) % 2147483647
                w = x % 9 + 1
                nodes[id].edges.append(Edge(nodes[id + 1], w))
                nodes[id + 1].edges.append(Edge(nodes[id], w))
            if r + 1 < height and not wall[id + width]:
                x = (x * 16807) % 2147483647
                w2 = x % 9 + 1
                nodes[id].edges.append(Edge(nodes[id + width], w2))
                nodes[id + width].edges.append(Edge(nodes[id], w2))
    return nodes


def bfs(nodes, start):
    depth = [-1] * len(nodes)
    queue = [start]
    depth[start.id] = 0
    head = total = 0
    while head < len(queue):
        node = queue[head]
        head += 1
        total += depth[node.id]
        for edge in node.edges:
            nxt = edge.to
            if depth[nxt.id] < 0:
                depth[nxt.id] = depth[node.id] + 1
                queue.append(nxt)
    return len(queue) * 1000000 + total


class HeapEntry:
    __slots__ = ("node", "dist")

    def __init__(self, node, dist):
        self.node = node
        self.dist = dist


class Heap:
    def __init__(self):
        self.items = []

    def push(self, entry):
        items = self.items
        i = len(items)
        items.append(entry)
        while i > 0:
            parent = (i - 1) >> 1
            if items[parent].dist <= entry.dist:
                break
            items[i] = items[parent]
            i = parent
        items[i] = entry

    def pop(self):
        items = self.items
        top = items[0]
        last = items.pop()
        n = len(items)
        if n > 0:
            i = 0
            while True:
                child = 2 * i + 1
                if child >= n:
                    break
                if child + 1 < n and items[child + 1].dist < items[child].dist:
                    child += 1
                if items[child].dist >= last.dist:
                    break
                items[i] = items[child]
                i = child
            items[i] = last
        return top


def dijkstra(nodes, start):
    dist = [math.inf] * len(nodes)
    dist[start.id] = 0
    heap = Heap()
    heap.push(HeapEntry(start, 0))
    settled = total = farthest = 0
    while heap.items:
        entry = heap.pop()
        node = entry.node
        if entry.dist > dist[node.id]:
            continue
        settled += 1
        total += entry.dist
        if entry.dist > farthest:
            farthest = entry.dist
        for edge in node.edges:
            d = entry.dist + edge.weight
            if d < dist[edge.to.id]:
                dist[edge.to.id] = d
                heap.push(HeapEntry(edge.to, d))
    return (settled * 1000 + farthest) * 1000000 + total % 1000000


def run(reps):
    """One repetition builds a 50 x 50 maze and searches it both ways."""
    total = 0
    for _ in range(reps):
        nodes = build_grid(50, 50, 12345)
        v = (bfs(nodes, nodes[0]) % 1000000007 + dijkstra(nodes, nodes[0]) % 1000000007) % 1000000007
        if v != 277475030:
            raise AssertionError(f"graph_search checksum = {v}")
        total += v
    return total


if __name__ == "__main__":
    print("graph_search:", run(int(sys.argv[1]) if len(sys.argv) > 1 else REPS))
