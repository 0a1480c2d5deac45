"""The LLVM IR text builder (minijs/jit/llvm_text.py): what it writes is
valid LLVM IR that computes what the builder calls said."""

import ctypes

import pytest

pytest.importorskip("llvmlite")

from minijs.jit import llvm_text as L  # noqa: E402
from minijs.jit.backend import backend  # noqa: E402

i1, i32, i64, f64, ptr = L.IntType(1), L.IntType(32), L.IntType(64), L.DoubleType(), L.PointerType()


def _compile(module, name, restype, argtypes):
    be = backend()
    module.triple, module.data_layout = be.triple, be.data_layout
    compiled = be.compile(str(module), [name])
    return ctypes.CFUNCTYPE(restype, *argtypes)(compiled.addresses[name])


def test_loop_with_phis_and_overflow_checks():
    """sum of 0..n-1 in i32, -1 when an addition overflows."""
    m = L.Module("sum")
    f = L.Function(m, L.FunctionType(i32, [i32]), "llvm_text_sum")
    entry, head, body, done, overflow = (f.append_basic_block(n) for n in
                                         ("entry", "head", "body", "done", "overflow"))
    b = L.IRBuilder(entry)
    b.branch(head)
    b.position_at_end(head)
    i = b.phi(i32, name="i")
    total = b.phi(i32, name="total")
    b.cbranch(b.icmp_signed("<", i, f.args[0]), body, done)
    b.position_at_end(body)
    pair = b.sadd_with_overflow(total, i)
    ok = f.append_basic_block("ok")
    b.cbranch(b.extract_value(pair, 1), overflow, ok, likely=False)
    b.position_at_end(ok)
    i.add_incoming(i32(0), entry)
    i.add_incoming(b.add(i, i32(1)), ok)
    total.add_incoming(i32(0), entry)
    total.add_incoming(b.extract_value(pair, 0), ok)
    b.branch(head)
    b.position_at_end(done)
    b.ret(total)
    b.position_at_end(overflow)
    b.ret(i32(-1))
    text = str(m)
    assert "!prof !0" in text and '!0 = !{!"branch_weights", i32 1, i32 99}' in text
    fn = _compile(m, "llvm_text_sum", ctypes.c_int32, [ctypes.c_int32])
    assert [fn(n) for n in (0, 1, 10, 65536)] == [0, 0, 45, 2147450880]
    assert fn(65537) == -1                  # 0 + ... + 65536 is past 2**31 - 1


def test_constants_conversions_and_if_then():
    """Doubles are exact (hexadecimal), null is a pointer constant, and
    an if_then body runs only when its condition holds."""
    m = L.Module("conv")
    f = L.Function(m, L.FunctionType(f64, [f64, ptr]), "llvm_text_conv")
    b = L.IRBuilder(f.append_basic_block("entry"))
    x, out = f.args
    third = b.fdiv(x, f64(3.0))
    is_null = b.icmp_unsigned("==", b.ptrtoint(out, i64), b.ptrtoint(L.Constant(ptr, None), i64))
    with b.if_then(b.not_(is_null)):
        b.store(b.fptosi(x, i32), out)
    small = b.fcmp_ordered("<", x, f64(0.1))
    b.ret(b.select(small, f64(0.1), b.fadd(third, f64(-0.0))))
    fn = _compile(m, "llvm_text_conv", ctypes.c_double, [ctypes.c_double, ctypes.c_void_p])
    cell = ctypes.c_int32(7)
    assert fn(9.0, ctypes.addressof(cell)) == 3.0 and cell.value == 9
    assert fn(-1.0, None) == 0.1                    # 0.1 exactly as Python's, the null store skipped
    assert [L.Constant(f64, x).ref for x in (-0.0, float("inf"), None)] == \
        ["0x8000000000000000", "0x7FF0000000000000", "0x0000000000000000"]


def test_allocas_go_to_the_entry_block():
    """An alloca made in a loop body is one slot for the activation."""
    m = L.Module("alloca")
    f = L.Function(m, L.FunctionType(i64, [i64]), "llvm_text_alloca")
    entry, loop, done = f.append_basic_block("entry"), f.append_basic_block("loop"), f.append_basic_block("done")
    b = L.IRBuilder(entry)
    b.branch(loop)
    b.position_at_end(loop)
    n = b.phi(i64, name="n")
    slot = b.alloca(i64)
    b.store(n, slot)
    left = b.sub(b.load(slot, typ=i64), i64(1))
    n.add_incoming(f.args[0], entry)
    n.add_incoming(left, loop)
    b.cbranch(b.icmp_signed(">", left, i64(0)), loop, done)
    b.position_at_end(done)
    b.ret(left)
    text = str(m)
    entry_text = text.split("entry:")[1].split("loop:")[0]
    assert "alloca i64" in entry_text
    fn = _compile(m, "llvm_text_alloca", ctypes.c_int64, [ctypes.c_int64])
    assert fn(10_000_000) == 0          # ten million iterations: a per-iteration alloca would not fit the stack


def test_names_are_unique_in_a_function():
    m = L.Module("names")
    f = L.Function(m, L.FunctionType(i32, []), "llvm_text_names")
    a, a2 = f.append_basic_block("x"), f.append_basic_block("x")
    assert (a.name, a2.name) == ("x", "x.1")
    b = L.IRBuilder(a)
    p = b.phi(i32, name="x")                # a value may not take a block's name either
    assert p.ref == "%x.2"


def test_llvm_reports_bad_ir_as_errors():
    """The C-API binding (llvm_capi.py) turns LLVM's error strings into
    LLVMError: unparsable text, and text that parses but does not verify."""
    from minijs.jit.llvm_capi import LLVMError
    be = backend()
    with pytest.raises(LLVMError, match="parsing error"):
        be.compile("define i32 @broken( {", ["broken"])
    with pytest.raises(LLVMError, match="verification error"):
        be.compile("define i32 @unverified(i32 %x) {\nentry:\n  %y = add i32 %x, %z\n"
                   "  %z = add i32 %x, 1\n  ret i32 %y\n}\n", ["unverified"])


def test_a_missing_llvm_turns_the_jit_off_with_its_reason(tmp_path):
    """When llvmlite's library cannot be loaded (here: a name it does not
    have), the program runs interpreted and --trace-opt says why."""
    import subprocess
    import sys
    import textwrap
    prog = tmp_path / "prog.js"
    prog.write_text("function f(n) { return n + 1; }\nlet s = 0;\n"
                    "for (let i = 0; i < 2000; i++) s = f(s);\nconsole.log(s);\n")
    boot = textwrap.dedent("""
        import sys
        from minijs.jit import llvm_capi
        llvm_capi._SIGNATURES["NoSuchFunction"] = (None, [])
        from minijs.cli import main
        sys.argv = ["minijs", "run", "--trace-opt", "--no-concurrent-jit", "--jit-threshold", "10", %r]
        main()
    """ % str(prog))
    r = subprocess.run([sys.executable, "-c", boot], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert "because: LLVM unavailable: AttributeError" in r.stdout
    assert r.stdout.count("[marking") == 1        # nothing else is tried
    assert r.stdout.strip().endswith("2000")


def test_structs_are_built_and_taken_apart():
    """insert_value / extract_value on a {i32, i1} pair (what the
    out-of-line unboxers of native entries return)."""
    m = L.Module("pair")
    pair = L.StructType([i32, i1])
    make = L.Function(m, L.FunctionType(pair, [i32]), "llvm_text_make_pair")
    b = L.IRBuilder(make.append_basic_block("entry"))
    b.ret(b.insert_value(b.insert_value(L.Undefined(pair), make.args[0], 0),
                         b.icmp_signed(">", make.args[0], i32(0)), 1))
    use = L.Function(m, L.FunctionType(i32, [i32]), "llvm_text_use_pair")
    b = L.IRBuilder(use.append_basic_block("entry"))
    p = b.call(make, [use.args[0]])
    b.ret(b.select(b.extract_value(p, 1), b.extract_value(p, 0), i32(-1)))
    fn = _compile(m, "llvm_text_use_pair", ctypes.c_int32, [ctypes.c_int32])
    assert (fn(7), fn(0), fn(-3)) == (7, -1, -1)
