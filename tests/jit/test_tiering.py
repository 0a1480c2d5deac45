"""The optimizing tier does what its traces say: functions and loops are
compiled, guards deoptimise at the right bytecode with the right reason,
and the program's output stays the interpreter's."""

import subprocess
import sys
import textwrap

import pytest

pytest.importorskip("llvmlite")


def run(tmp_path, source, *flags):
    path = tmp_path / "prog.js"
    path.write_text(textwrap.dedent(source))
    r = subprocess.run([sys.executable, "-m", "minijs", "run", "--no-concurrent-jit", *flags, str(path)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    return r.stdout


def test_hot_function_is_optimized_and_runs_natively(tmp_path):
    out = run(tmp_path, """
        function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
        console.log(fib(22));
    """, "--trace-opt", "--jit-threshold", "50")
    assert "[completed optimizing fib" in out
    assert out.strip().endswith("17711")


def test_overflow_deopts_at_the_add_and_reoptimizes_with_doubles(tmp_path):
    out = run(tmp_path, """
        function add(a, b) { return a + b; }
        let s = 0;
        for (let i = 0; i < 300; i++) s = add(s, 1 << 24);
        console.log(s);
    """, "--trace-opt", "--trace-deopt", "--jit-threshold", "10")
    assert "reason: int32 overflow): begin. deoptimizing add, bytecode offset 2]" in out
    assert out.count("[completed optimizing add") == 2
    assert out.strip().endswith(str(300 * (1 << 24)))


def test_osr_enters_a_top_level_loop(tmp_path):
    out = run(tmp_path, """
        let x = 0.5;
        for (let i = 0; i < 100000; i++) x = x * 0.999 + i;
        console.log(x);
    """, "--trace-opt", "--osr-threshold", "100")
    assert "[OSR - entered" in out
    assert "99000000.00000183\n" in out         # node's value


def test_refusal_has_a_reason(tmp_path):
    out = run(tmp_path, """
        function f(s) { return s + '!'; }
        for (let i = 0; i < 100; i++) f('a' + i);
    """, "--trace-opt", "--jit-threshold", "10")
    assert "[aborted optimizing f because:" in out


def test_print_ir_shows_guards_and_frame_states(tmp_path):
    out = run(tmp_path, """
        function sq(x) { return x * x + 1; }
        for (let i = 0; i < 100; i++) sq(i);
    """, "--print-ir", "--print-filter", "sq", "--jit-threshold", "10")
    assert "graph sq(i32) -> i32" in out
    assert "guard int32 overflow or -0 -> deopt @" in out


def test_jitless_compiles_nothing(tmp_path):
    out = run(tmp_path, """
        function sq(x) { return x * x; }
        for (let i = 0; i < 1000; i++) sq(i);
        console.log('done');
    """, "--jitless", "--trace-opt", "--jit-threshold", "10")
    assert out == "done\n"


def test_caller_deopts_when_a_callee_deopted_and_ran_code_that_detached_its_array(tmp_path):
    # g deopts (the branch never ran), the interpreter detaches the buffer;
    # f had the element pointer cached, so it must deopt after the call
    # and read a[500..] as undefined (1000 ones: 500 * 2 + 500 * 1)
    out = run(tmp_path, """
        'use strict';
        function g(a, i) { if (i === 500) { a.buffer.transfer(); } return 1; }
        function f(a) {
          var s = 0;
          for (var i = 0; i < 1000; i++) { s += g(a, i); s += a[i] | 0; }
          return s;
        }
        for (var k = 0; k < 3; k++) g(new Uint8Array(1), 1);
        console.log(f(new Uint8Array(1000).fill(1)));
    """, "--trace-deopt", "--jit-threshold", "0", "--osr-threshold", "0")
    assert "reason: callee deoptimized): begin. deoptimizing f" in out
    assert out.strip().endswith("1500")


def test_native_loop_lets_another_thread_interrupt_it(tmp_path):
    # native code holds the GIL; its interrupt budget calls back into
    # Python, where an exception another thread raised in it is delivered
    js = tmp_path / "spin.js"
    js.write_text("function spin() { var x = 0; while (true) { x = (x + 1) & 0xffff; if (x < 0) break; }"
                  " return x; }\nspin();\n")
    script = tmp_path / "interrupt.py"
    script.write_text(textwrap.dedent("""
        import ctypes, sys, threading, time
        from minijs.jit.options import OPTIONS
        from minijs.jit import lowering
        from minijs.host.node import NodeHost
        OPTIONS.concurrent = False
        checks = []
        original = lowering.interrupt_check
        def counting_check(room):
            checks.append(room)
            original(room)
        lowering.interrupt_check = counting_check        # what native code will call
        class Stop(BaseException):
            pass
        main = threading.get_ident()
        def stop_when_native():
            while len(checks) < 3:          # native code is spinning and polling
                time.sleep(0.001)
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(main), ctypes.py_object(Stop))
        threading.Thread(target=stop_when_native, daemon=True).start()
        try:
            NodeHost([], script_path=sys.argv[1]).run_main(sys.argv[1])
        except Stop:
            print("stopped")
    """))
    r = subprocess.run([sys.executable, str(script), str(js)], capture_output=True, text=True, timeout=60)
    assert r.stdout.strip() == "stopped", r.stderr


def test_quick_tier_code_is_recompiled_fully_optimized_and_a_running_loop_moves_to_it(tmp_path):
    # a running loop counts its work once per interrupt budget (2**20 iterations)
    out = run(tmp_path, """
        let x = 0.5, n = 0;
        for (let i = 0; i < 3000000; i++) { x = x * 0.999 + i * 0.5; n = (n + i) & 1023; }
        console.log(x, n);
    """, "--trace-opt", "--trace-deopt", "--osr-threshold", "100", "--tier-up-work", "5000")
    lines = out.splitlines()
    quick = lines.index(next(l for l in lines if "(target MAGLEV)" in l))
    full = lines.index(next(l for l in lines if "(target TURBOFAN)" in l))
    leave = lines.index(next(l for l in lines if "reason: leaving OSR code: optimized code is ready" in l))
    assert quick < full < leave
    assert "1499500000.000001 160" in out          # node's output


def test_a_function_tiers_up_from_maglev_to_turbofan(tmp_path):
    out = run(tmp_path, """
        function sq(x) { return x * x; }
        let s = 0;
        for (let i = 0; i < 50; i++) s += sq(i);
        const afterQuick = %GetOptimizationStatus(sq);
        for (let i = 0; i < 500; i++) s += sq(i & 7);
        console.log(s, afterQuick & 32, afterQuick & 64, %GetOptimizationStatus(sq) & 32,
                    %GetOptimizationStatus(sq) & 64);
    """, "--allow-natives-syntax", "--jit-threshold", "10", "--tier-up-work", "100")
    # status bits: 32 optimized by Maglev (here: the quick tier), 64 by Turbofan
    assert out.strip() == "%d 32 0 0 64" % (sum(i * i for i in range(50)) + sum((i & 7) ** 2 for i in range(500)))


def test_field_loads_are_guarded_by_the_shape_and_deopt_on_another(tmp_path):
    out = run(tmp_path, """
        function getX(o) { return o.x + 1; }
        let s = 0;
        for (let i = 0; i < 100; i++) s += getX({ x: i, y: 0 });
        s += getX({ y: 0, x: 1000 });           // same fields, another hidden class
        console.log(s);
    """, "--trace-opt", "--trace-deopt", "--jit-threshold", "10")
    assert "[completed optimizing getX" in out
    assert "reason: wrong shape (hidden class)): begin. deoptimizing getX, bytecode offset" in out
    assert out.strip().endswith(str(sum(range(100)) + 100 + 1001))


def test_an_outer_loop_waits_for_its_inner_loops_osr_compile(tmp_path):
    """A concurrent OSR compile of an inner loop covers the rest of the
    function, so the outer loop getting hot meanwhile compiles nothing
    more (mandelbrot compiled twice and used only the first)."""
    path = tmp_path / "prog.js"
    path.write_text(textwrap.dedent("""
        function grid(n) {
          let s = 0;
          for (let y = 0; y < n; y++) {
            for (let x = 0; x < 200; x++) s = (s + x * y) % 1000003;
          }
          return s;
        }
        console.log(grid(3000));
    """))
    r = subprocess.run([sys.executable, "-m", "minijs", "run", "--trace-opt", "--osr-threshold", "150",
                        str(path)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.count("[OSR - compiling grid") == 1, r.stdout
    assert r.stdout.strip().endswith("\n" + _grid_in_python(3000))


def _grid_in_python(n):
    s = 0
    for y in range(n):
        for x in range(200):
            s = (s + x * y) % 1000003
    return str(s)


def test_an_inner_loop_enters_the_osr_code_of_the_loop_around_it(tmp_path):
    """The second call of a function whose outer loop has OSR code: its
    inner loop gets hot first, and goes on to the outer loop's next back
    edge instead of compiling again (n-body's second call did, 22 ms)."""
    out = run(tmp_path, """
        function f(n, inner) {
          let s = 0;
          for (let i = 0; i < n; i++) {
            for (let j = 0; j < inner; j++) s = (s + i * j) % 1000003;
            if (inner === 0 && i === 1) %OptimizeOsr();
          }
          return s;
        }
        console.log(f(20, 0));
        console.log(f(3000, 50));
    """, "--allow-natives-syntax", "--trace-opt", "--osr-threshold", "100")
    assert out.count("[OSR - compiling f") == 1, out
    assert out.count("[OSR - entered f at loop @4]") == 2, out
    assert [line for line in out.splitlines() if not line.startswith("[")] == ["0", "645970"]   # node's


def test_a_loop_beside_one_with_osr_code_waits_for_that_entry(tmp_path):
    """Two loops side by side in an outer loop, the second with OSR code:
    a later call interprets the first one into that entry instead of
    compiling it (matmul's row-zeroing loop did, on every call); a loop
    whose activation never reaches the other loop's code gets its own
    after a threshold of back edges."""
    out = run(tmp_path, """
        function g(n, m) {
          let s = 0;
          for (let i = 0; i < n; i++) {
            for (let j = 0; j < m; j++) s = (s + j) % 1000003;
            for (let k = 0; k < 50; k++) s = (s + k * i) % 1000003;
          }
          return s;
        }
        function h(n, first) {
          let s = 0;
          if (first) {
            for (let i = 0; i < n; i++) s = (s + i) % 1000003;
          } else {
            for (let i = 0; i < n; i++) s = (s * 3 + i) % 1000003;
          }
          return s;
        }
        console.log(g(10, 0));
        console.log(g(100, 60));
        console.log(h(1000, false), h(5000, true));
    """, "--trace-opt", "--osr-threshold", "100")
    assert out.count("[OSR - compiling g") == 1, out
    assert out.count("[OSR - compiling h") == 2, out
    assert [line for line in out.splitlines() if not line.startswith("[")] == \
        ["55125", "240732", "%d %d" % (_h(1000, False), _h(5000, True))], out


def _h(n, first):
    s = 0
    for i in range(n):
        s = (s + i) % 1000003 if first else (s * 3 + i) % 1000003
    return s


def test_jit_flags_come_from_the_environment_too(tmp_path):
    """MINIJS_JIT_FLAGS gives every minijs of a process tree the same JIT
    flags (make test262-jit runs test262 with eager compilation so);
    a wrong flag is a clear error."""
    import os
    path = tmp_path / "prog.js"
    path.write_text("function f(n) { return n + 1; }\nlet s = 0;\nfor (let i = 0; i < 50; i++) s = f(s);\n"
                    "console.log(s);\n")
    env = {**os.environ, "MINIJS_JIT_FLAGS": "--jit-threshold 0 --trace-opt --no-concurrent-jit"}
    r = subprocess.run([sys.executable, "-m", "minijs", "run", str(path)], capture_output=True, text=True,
                       timeout=120, env=env)
    assert r.returncode == 0, r.stderr
    assert "[completed optimizing f" in r.stdout and r.stdout.endswith("\n50\n")
    env["MINIJS_JIT_FLAGS"] = "--jit-threshold many"
    r = subprocess.run([sys.executable, "-m", "minijs", "run", str(path)], capture_output=True, text=True,
                       timeout=120, env=env)
    assert r.returncode == 2 and "MINIJS_JIT_FLAGS: error: argument --jit-threshold" in r.stderr
    assert "Traceback" not in r.stderr


def test_a_replaced_method_deopts_as_wrong_call_target(tmp_path):
    """A method call compiled against the prototype's function: replacing
    the method keeps the prototype's shape, and the guard on the slot
    deopts at the call's GET_METHOD; an object of another shape deopts
    as a wrong shape."""
    out = run(tmp_path, """
        'use strict';
        function V(x) { this.x = x; }
        V.prototype.get = function () { return this.x; };
        function sum(v, n) { let s = 0; for (let i = 0; i < n; i++) s += v.get(); return s; }
        const v = new V(2);
        console.log(sum(v, 5000));
        V.prototype.get = function () { return 1; };
        console.log(sum(v, 5000));
        const w = { x: 3, y: 0 };
        Object.setPrototypeOf(w, V.prototype);
        for (let k = 0; k < 3; k++) console.log(sum(w, 3000));
    """, "--trace-deopt")
    assert "reason: wrong call target): begin. deoptimizing sum" in out
    assert "reason: wrong shape (hidden class)): begin. deoptimizing sum" in out
    assert [line for line in out.splitlines() if not line.startswith("[")] == \
        ["10000", "5000", "3000", "3000", "3000"]             # node's


def test_arrays_in_fields_are_compiled_and_deopt_on_another_element_type(tmp_path):
    out = run(tmp_path, """
        function sum(bag) {
          let s = 0;
          for (let i = 0; i < bag.items.length; i++) s += bag.items[i];
          return s;
        }
        function scale(bag) {
          const f = bag.f;
          for (let i = 0; i < f.length; i++) bag.f[i] = i * 0.5;
          return bag.f[f.length - 1];
        }
        const bag = { items: [1, 2, 3, 4], f: new Float64Array(8) };
        let s = 0;
        for (let k = 0; k < 100; k++) s += sum(bag) + scale(bag);
        bag.items[2] = 0.25;
        console.log(s, sum(bag));
    """, "--trace-opt", "--trace-deopt", "--jit-threshold", "10")
    assert "[completed optimizing sum" in out and "[completed optimizing scale" in out
    assert "refused" not in out and "aborted" not in out
    assert "reason: hole, out of bounds or another type): begin. deoptimizing sum" in out
    assert out.strip().endswith("1350 7.25")


def test_a_callee_that_deopts_takes_its_native_caller_down_with_it(tmp_path):
    # inner's `k > 1000` branch never ran when outer (and inner with it)
    # was compiled: it soft-deopts.  The caller must not go on calling the
    # thrown-away callee code (it used to, deopting at every call after).
    out = run(tmp_path, """
        function inner(o, k) { if (k > 1000) return o.x + 1; return 1; }
        function outer(o, n) { let s = 0; for (let k = 0; k < n; k++) s += inner(o, k); return s; }
        const o = { x: 2 };
        let s = 0;
        for (let i = 0; i < 30; i++) s += outer(o, 500);
        console.log(s, outer(o, 3000));
    """, "--trace-opt", "--trace-deopt", "--jit-threshold", "5", "--osr-threshold", "100000")
    assert "[completed optimizing outer" in out
    assert "reason: callee deoptimized): begin. deoptimizing outer" in out
    assert out.count("[bailout") <= 3, out
    assert out.strip().endswith("15000 6998")


def test_lists_ending_in_null_compile_and_a_null_receiver_deopts(tmp_path):
    out = run(tmp_path, """
        function Node(v, next) { this.value = v; this.next = next; }
        function sum(head) { let s = 0; for (let n = head; n !== null; n = n.next) s += n.value; return s; }
        function len(head) { let c = 0; while (head) { c++; head = head.next; } return c; }
        function first(n) { return n.value; }
        let head = null;
        for (let i = 0; i < 10; i++) head = new Node(i, head);
        let t = 0;
        for (let k = 0; k < 50; k++) t += sum(head) + len(head) + first(head);
        let msg = '';
        try { first(null); } catch (e) { msg = e.message; }
        console.log(t, sum(null), len(null), msg);
    """, "--trace-opt", "--trace-deopt", "--jit-threshold", "10", "--osr-threshold", "100000")
    for name in ("sum", "len", "first"):
        assert "[completed optimizing %s" % name in out
        assert "[aborted optimizing %s" % name not in out
    assert "reason: null where an object was expected): begin. deoptimizing first" in out
    assert out.strip().endswith("3200 0 0 Cannot read properties of null (reading 'value')")


def test_a_refused_callee_that_a_recursive_call_already_targets_is_left_out(tmp_path):
    # Y, built as X's callee, calls X while X is still being built; then X
    # is refused (an array literal).  Y must not keep calling X's
    # unfinished graph: that was an internal compiler error (KeyError).
    out = run(tmp_path, """
        'use strict';
        function X(n) { const r = Y(n); const a = []; return r + a.length; }
        function Y(n) { return n <= 0 ? 0 : X(n - 1) + 1; }
        function main() {
          let s = 0;
          for (let k = 0; k < 20; k++) s += X(3);
          for (let i = 0; i < 5000; i++) s += i;
          return s + X(4);
        }
        console.log(main());
    """, "--trace-opt", "--osr-threshold", "1000", "--jit-threshold", "100000")
    assert "[completed optimizing main" in out
    assert "internal compiler error" not in out
    assert out.strip().endswith("12497564")


def test_constructors_add_properties_natively_and_a_changed_prototype_deopts(tmp_path):
    out = run(tmp_path, """
        function P(x, y) { this.x = x; this.y = y; }
        let s = 0;
        for (let i = 0; i < 100; i++) { const p = new P(i, 2); s += p.x + p.y; }
        Object.defineProperty(P.prototype, 'y', { set(v) { this.z = v; } });
        const q = new P(1, 5);
        console.log(s, JSON.stringify(q));
    """, "--trace-opt", "--trace-deopt", "--jit-threshold", "10")
    assert "[completed optimizing P" in out and "[aborted optimizing P" not in out
    assert "reason: wrong shape (hidden class)): begin. deoptimizing P, bytecode offset" in out
    assert out.strip().endswith('5150 {"x":1,"z":5}')


def test_arrays_meeting_at_joins_and_rows_of_a_matrix_compile(tmp_path):
    out = run(tmp_path, """
        function rowsSum(rows) {
          let s = 0;
          for (let r = 0; r < rows.length; r++) {
            const row = rows[r];
            for (let c = 0; c < row.length; c++) s += row[c];
          }
          return s;
        }
        function pick(a, b, k) {
          const arr = k % 2 === 0 ? a : b;
          let t = 0;
          for (let i = 0; i < arr.length; i++) t += arr[i];
          return t;
        }
        const rows = [[1, 2], [3, 4, 5]], a = [1, 2, 3], b = [4];
        let s = 0;
        for (let k = 0; k < 100; k++) s += rowsSum(rows) + pick(a, b, k);
        console.log(s);
    """, "--trace-opt", "--jit-threshold", "10", "--osr-threshold", "100000")
    assert "[completed optimizing rowsSum" in out and "[completed optimizing pick" in out
    assert "aborted" not in out
    assert out.strip().endswith("2000")


def test_push_compiles_and_a_bfs_queue_grows_natively(tmp_path):
    out = run(tmp_path, """
        function bfs(adj, start, queue, seen) {     // (array literals do not compile yet)
          seen[start] = 1;
          let head = 0;
          while (head < queue.length) {
            const edges = adj[queue[head++]];
            for (let k = 0; k < edges.length; k++) {
              const w = edges[k];
              if (seen[w] === 0) { seen[w] = 1; queue.push(w); }
            }
          }
          return queue.length;
        }
        const adj = [];
        for (let i = 0; i < 50; i++) adj.push([(i + 1) % 50, (i * 7) % 50]);
        let s = 0;
        for (let k = 0; k < 60; k++) s += bfs(adj, k % 50, [k % 50], adj.map(() => 0));
        const frozen = Object.freeze([1]);
        function pushTo(a, x) { return a.push(x); }
        for (let k = 0; k < 60; k++) pushTo([k], k);
        const holey = [1]; holey.length = 3;
        console.log(s, pushTo(holey, 7), holey[3]);
    """, "--trace-opt", "--trace-deopt", "--jit-threshold", "10", "--osr-threshold", "100000")
    assert "[completed optimizing bfs" in out and "[completed optimizing pushTo" in out
    assert "aborted optimizing bfs" not in out and "refused" not in out
    assert "reason: array not extensible, sparse or of another length): begin. deoptimizing pushTo" in out
    assert out.strip().endswith("3000 4 7")


def test_a_callback_called_with_extra_arguments_takes_its_native_entry(tmp_path):
    # map() passes (value, index, array): the extra two are never read
    out = run(tmp_path, """
        function twice(x) { return x * 2; }
        const a = [];
        for (let i = 0; i < 50; i++) a.push(i);
        let s = 0;
        for (let k = 0; k < 100; k++) s += a.map(twice)[49];
        console.log(s);
    """, "--trace-opt", "--trace-deopt", "--jit-threshold", "10")
    assert out.count("[completed optimizing twice") == 1
    assert "arguments of other types" not in out
    assert out.strip().endswith("9800")
