# Prototype 3: each block is its own Python function; a frame stores the
# block to resume (`frame.run`), so a call is: build callee, set
# frame.run = continuation, return callee.
import time

class Frame:
    __slots__ = ('run', 'n', 'parent', 'result', 'depth', 'tmp')

src = '''
def fib_b0(frame):
    n = frame.n
    if type(n) is int and n < 2:
        parent = frame.parent
        parent.result = n
        return parent
    frame.run = fib_b1
    callee = Frame()
    callee.run = fib_b0; callee.n = n - 1; callee.parent = frame
    d = callee.depth = frame.depth + 1
    if d > 10000: raise RecursionError
    return callee

def fib_b1(frame):
    frame.tmp = frame.result
    frame.run = fib_b2
    callee = Frame()
    callee.run = fib_b0; callee.n = frame.n - 2; callee.parent = frame
    callee.depth = frame.depth + 1
    return callee

def fib_b2(frame):
    left = frame.tmp
    right = frame.result
    if type(left) is int and type(right) is int:
        r = left + right
    parent = frame.parent
    parent.result = r
    return parent
'''
ns = {'Frame': Frame}
exec(src, ns)

def run(n):
    done = Frame()
    f = Frame(); f.run = ns['fib_b0']; f.n = n; f.parent = done; f.depth = 1
    frame = f
    while frame is not done:
        frame = frame.run(frame)
    return done.result

def pyfib(n):
    if n < 2: return n
    return pyfib(n-1) + pyfib(n-2)

N = 27
t = time.process_time(); r1 = run(N); t1 = time.process_time() - t
t = time.process_time(); r2 = pyfib(N); t2 = time.process_time() - t
print(r1, r2, 'proto3 %.3fs  cpython %.3fs  ratio %.1fx' % (t1, t2, t1 / t2))
