import math

import pytest

from minijs.bytecode import Assembler, AssemblerError, CodeFlag
from minijs.bytecode import opcodes as op
from minijs.bytecode.opcodes import FeedbackKind


def test_forward_and_backward_jumps():
    asm = Assembler("loop", register_count=1)
    top, end = asm.new_label("top"), asm.new_label("end")
    asm.emit(op.LOAD_SMI, 3)
    asm.emit(op.STORE_REG, 0)
    asm.bind(top)                              # @2
    asm.emit(op.LOAD_REG, 0)
    asm.emit(op.JUMP_IF_FALSE, end)            # forward
    asm.emit(op.LOAD_REG, 0)
    asm.emit(op.DEC)
    asm.emit(op.STORE_REG, 0)
    asm.emit(op.JUMP_LOOP, top)                # backward
    asm.bind(end)                              # @8
    asm.emit(op.RETURN_UNDEFINED)
    code = asm.assemble()
    assert code.args[3] == 8
    assert code.args[7] == 2
    assert code.max_stack == 1


def test_multi_part_jump_operand():
    asm = Assembler(register_count=1)
    out = asm.new_label()
    asm.emit(op.JUMP_IF_REG_NOT_LT_CONST, (0, 10, out))
    asm.emit(op.INC_REG, 0)
    asm.bind(out)
    asm.emit(op.RETURN_UNDEFINED)
    code = asm.assemble()
    assert code.args[0] == (0, 0, 2)
    assert code.constants == [10]


def test_unbound_and_double_bound_labels():
    asm = Assembler()
    lab = asm.new_label("nowhere")
    asm.emit(op.JUMP, lab)
    with pytest.raises(AssemblerError, match="unbound label"):
        asm.assemble()
    asm.bind(lab)
    with pytest.raises(AssemblerError, match="bound twice"):
        asm.bind(lab)


def test_constant_interning():
    asm = Assembler()
    values = [0, 0.0, -0.0, float("nan"), float("nan"), "1", 1, 1, "1", True, 1.5, -0.0]
    idx = [asm.add_const(v) for v in values]
    assert idx[0] != idx[1] != idx[2]                 # 0 (int), 0.0, -0.0 distinct
    assert idx[2] == idx[11]                          # -0 interned
    assert idx[3] == idx[4]                           # NaN interned once
    assert idx[5] == idx[8] and idx[6] == idx[7] and idx[5] != idx[6]
    assert idx[9] != idx[6]                           # true is not 1
    assert math.copysign(1, asm._constants[idx[2]]) < 0


def test_name_pool_and_children():
    asm = Assembler()
    assert asm.add_name("x") == asm.add_name("x") == 0
    assert asm.add_name("y") == 1
    with pytest.raises(AssemblerError):
        asm.add_name(3)
    inner = Assembler("inner")
    inner.emit(op.RETURN_UNDEFINED)
    child = inner.assemble()
    asm.emit(op.CREATE_CLOSURE, child)
    asm.emit(op.CREATE_CLOSURE, child)
    asm.emit(op.POP)
    asm.emit(op.RETURN)
    code = asm.assemble()
    assert code.children == [child] and code.args[:2] == [0, 0]


def test_feedback_slots_per_site():
    asm = Assembler(register_count=1)
    asm.emit(op.LOAD_REG, 0)
    asm.emit(op.GET_NAMED, "a")
    asm.emit(op.LOAD_REG, 0)
    asm.emit(op.GET_NAMED, "a")
    asm.emit(op.ADD)
    asm.emit(op.RETURN)
    code = asm.assemble()
    assert code.feedback == [-1, 0, -1, 1, 2, -1]
    assert code.feedback_kinds == [FeedbackKind.PROPERTY_LOAD, FeedbackKind.PROPERTY_LOAD,
                                   FeedbackKind.BINARY_OP]
    assert code.feedback_slot_count == 3


def test_operand_checks():
    asm = Assembler(register_count=1)
    with pytest.raises(AssemblerError, match="takes no operand"):
        asm.emit(op.ADD, 1)
    with pytest.raises(AssemblerError, match="register r1"):
        asm.emit(op.LOAD_REG, 1)
    with pytest.raises(AssemblerError, match="2-tuple"):
        asm.emit(op.LOAD_CONTEXT, 1)
    with pytest.raises(AssemblerError, match="Labels"):
        asm.emit(op.JUMP, 3)
    asm.emit("LOAD_CONTEXT", (1, 0))                 # names work too
    asm.emit(op.RETURN)
    assert asm.assemble().args[0] == (1, 0)


def test_positions_and_lines():
    class Lines:                                     # any .position(offset)
        def position(self, offset):
            return offset // 10 + 1, offset % 10

    asm = Assembler(line_table=Lines(), flags=CodeFlag.STRICT)
    asm.emit(op.LOAD_SMI, 1, source_offset=5)
    asm.emit(op.LOAD_SMI, 2)                         # inherits 5
    asm.emit(op.ADD, source_offset=5)                # unchanged: not recorded
    asm.emit(op.RETURN, source_offset=23)
    code = asm.assemble()
    assert code.pos_offsets == [0, 3] and code.pos_sources == [5, 23]
    assert [code.line_for(i) for i in range(4)] == [1, 1, 1, 3]
    assert code.strict


def test_handler_table_sorted_innermost_first():
    asm = Assembler()
    s1, e1, h1 = asm.new_label(), asm.new_label(), asm.new_label()
    s2, e2, h2 = asm.new_label(), asm.new_label(), asm.new_label()
    asm.add_handler(s1, e1, h1, 0)                   # outer, declared first
    asm.add_handler(s2, e2, h2, 0)
    asm.bind(s1)
    asm.emit(op.NOP)
    asm.bind(s2)
    asm.emit(op.LOAD_UNDEFINED)
    asm.emit(op.THROW)
    asm.bind(e2)
    asm.bind(h2)
    asm.emit(op.THROW)                               # rethrow to the outer handler
    asm.bind(e1)
    asm.bind(h1)
    asm.emit(op.RETURN)
    code = asm.assemble()
    assert [tuple(h) for h in code.handlers] == [(1, 3, 3, 0), (0, 4, 4, 0)]
    assert code.handler_for(2).handler == 3 and code.handler_for(3).handler == 4
    assert code.max_stack == 1
