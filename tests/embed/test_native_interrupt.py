"""The GIL-free writer of the interrupt cell (native_interrupt.py): a
stand-in for JIT native code (an LLVM loop that polls the cell, called
while holding the GIL, as the JIT calls its code) stops at the deadline
because the kernel, not a Python thread, writes the cell."""

import ctypes
import time

import pytest

from minijs.jit.interrupt import BUDGET, reset_budget
from minijs.jit.layout import STATUS
from minijs.runtime import native_interrupt

llvm = pytest.importorskip("llvmlite.binding")

SPIN_IR = """
define i64 @spin(i64* %cell, i64 %cap) {
entry:
  br label %loop
loop:
  %i = phi i64 [0, %entry], [%next, %body]
  %v = load volatile i64, i64* %cell
  %stop = icmp ne i64 %v, 0
  br i1 %stop, label %done, label %body
body:
  %next = add i64 %i, 1
  %capped = icmp uge i64 %next, %cap
  br i1 %capped, label %done, label %loop
done:
  %r = phi i64 [%i, %loop], [%next, %body]
  ret i64 %r
}
"""


@pytest.fixture(scope="module")
def spin():
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    mod = llvm.parse_assembly(SPIN_IR)
    mod.verify()
    tm = llvm.Target.from_default_triple().create_target_machine()
    ee = llvm.create_mcjit_compiler(mod, tm)
    ee.finalize_object()
    fn = ctypes.PYFUNCTYPE(ctypes.c_int64, ctypes.c_void_p, ctypes.c_int64)(ee.get_function_address("spin"))
    fn.engine = ee      # keep the code alive
    return fn


@pytest.mark.skipif(not native_interrupt.available(), reason="needs Linux timerfd")
def test_kernel_writes_the_cell_while_native_code_holds_the_gil(spin):
    STATUS.cells[2] = 0
    try:
        native_interrupt.arm_deadline(0.2)
        t0 = time.monotonic()
        iterations = spin(STATUS.interrupt_budget_address, 2 ** 62)
        elapsed = time.monotonic() - t0
        assert STATUS.cells[2] != 0
        assert iterations > 0 and elapsed < 5
    finally:
        native_interrupt.disarm_deadline()
        reset_budget()


@pytest.mark.skipif(not native_interrupt.available(), reason="needs Linux timerfd")
def test_a_disarmed_deadline_never_sets_the_cell(spin):
    # the cell is native code's interrupt budget (jit/interrupt.py): a
    # firing writes a small expiry count; a stale one is reset to a full budget
    STATUS.cells[2] = 0
    try:
        native_interrupt.arm_deadline(0.1)
        native_interrupt.disarm_deadline()
        time.sleep(0.3)
        assert STATUS.cells[2] in (0, BUDGET)
    finally:
        reset_budget()
