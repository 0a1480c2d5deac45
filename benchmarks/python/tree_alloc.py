"""Allocation stress with trees: a long-lived complete binary tree, many
short-lived ones, then a binary search tree with pseudo-random insertions
and lookups.  The same algorithm in JS: benchmarks/js/tree_alloc.js."""

import sys

REPS = 2  # repetitions at scale 1 (benchmarks/compare.py multiplies)


class TreeNode:
    __slots__ = ("left", "right", "value")

    def __init__(self, left, right, value):
        self.left = left
        self.right = right
        self.value = value


def build(depth, value):
    if depth == 0:
        return TreeNode(None, None, value)
    return TreeNode(build(depth - 1, value * 2), build(depth - 1, value * 2 + 1), value)


def walk(node):
    if node.left is None:
        return 1 + (node.value % 3) * 1000000
    return 1 + walk(node.left) + walk(node.right)


class BstNode:
    __slots__ = ("key", "left", "right", "count")

    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None
        self.count = 1


def bst_insert(root, key):
    node = root
    while True:
        if key == node.key:
            node.count += 1
            return
        if key < node.key:
            if node.left is None:
                node.left = BstNode(key)
                return
            node = node.left
        else:
            if node.right is None:
                node.right = BstNode(key)
                return
            node = node.right


def bst_find(root, key):
    node = root
    while node is not None:
        if key == node.key:
            return node.count
        node = node.left if key < node.key else node.right
    return 0


def allocate():
    long_lived = build(12, 1)
    total = 0
    for depth in range(4, 13, 2):
        for i in range(1 << (14 - depth)):
            total += walk(build(depth, i))
    total = total % 1000000007 + walk(long_lived)
    x = 42
    root = BstNode(1000)
    for _ in range(3000):
        x = (x * 16807) % 2147483647
        bst_insert(root, x % 5000)
    found = 0
    for q in range(0, 5000, 3):
        found += bst_find(root, q)
    return (total * 1000 + found) % 1000000007


def run(reps):
    """One repetition builds about 170,000 tree nodes and 3,000 search-tree nodes."""
    total = 0
    for _ in range(reps):
        v = allocate()
        if v != 170065946:
            raise AssertionError(f"tree_alloc checksum = {v}")
        total += v
    return total


if __name__ == "__main__":
    print("tree_alloc:", run(int(sys.argv[1]) if len(sys.argv) > 1 else REPS))
