"""The opcode table proves itself consistent; these tests pin the rules."""

import pytest

from minijs.bytecode import opcodes as op
from minijs.bytecode.opcodes import (BY_NAME, FIRST_SUPERINSTRUCTION, OPCODES, FeedbackKind,
                                     OpFlag, Part, check_dispatch)


def test_numbers_dense_and_unique():
    assert [i.code for i in OPCODES] == list(range(len(OPCODES)))
    assert len(BY_NAME) == len(OPCODES)
    for info in OPCODES:
        assert getattr(op, info.name) == info.code
        assert op.NAMES[info.code] == info.name


def test_every_opcode_has_effect_operand_doc():
    for info in OPCODES:
        assert info.operand in op.OPERAND_KINDS.values()
        assert info.doc
        n = len(info.operand.parts)
        arg = None if not info.variable_effect else 2 if n == 1 else (2,) * n
        pops, pushes = info.stack_effect(arg)
        assert pops >= 0 and pushes >= 0


def test_flags_consistent():
    for info in OPCODES:
        f = info.flags
        assert bool(f & OpFlag.JUMP) == (Part.JUMP in info.operand.parts), info.name
        assert bool(f & OpFlag.HAS_FEEDBACK) == (info.feedback is not FeedbackKind.NONE)
        if f & OpFlag.CONDITIONAL:
            assert f & OpFlag.JUMP
        if f & OpFlag.CALL:
            assert f & OpFlag.MAY_THROW
        assert bool(f & OpFlag.SUPERINSTRUCTION) == (info.code >= FIRST_SUPERINSTRUCTION)


def test_variable_effects():
    assert BY_NAME["CALL"].stack_effect(3) == (5, 1)
    assert BY_NAME["CALL_UNDEFINED"].stack_effect(0) == (1, 1)
    assert BY_NAME["CONSTRUCT"].stack_effect(2) == (3, 1)
    assert BY_NAME["CREATE_ARRAY"].stack_effect(4) == (4, 1)
    assert BY_NAME["CALL_EVAL"].stack_effect((1, 0)) == (2, 1)
    assert BY_NAME["COPY_DATA_PROPERTIES_EXCLUDING"].stack_effect(2) == (4, 1)


def test_feedback_kinds_closed_set():
    assert {k.name for k in FeedbackKind} == {
        "NONE", "BINARY_OP", "COMPARE", "PROPERTY_LOAD", "PROPERTY_STORE", "KEYED_LOAD",
        "KEYED_STORE", "CALL", "CONSTRUCT", "GLOBAL_LOAD", "GLOBAL_STORE", "LOOP", "LITERAL"}
    assert BY_NAME["JUMP_LOOP"].feedback is FeedbackKind.LOOP
    assert BY_NAME["ADD"].feedback is FeedbackKind.BINARY_OP
    assert BY_NAME["GET_KEYED"].feedback is FeedbackKind.KEYED_LOAD


def test_terminators():
    for name in ("RETURN", "THROW", "RETHROW", "RETURN_UNDEFINED", "THROW_CONST_ASSIGN"):
        assert BY_NAME[name].flags & OpFlag.TERMINATOR


def test_check_dispatch():
    check_dispatch([lambda: None] * len(OPCODES))
    with pytest.raises(AssertionError, match="RETURN_UNDEFINED"):
        check_dispatch([lambda: None] * (len(OPCODES) - 1))
    with pytest.raises(AssertionError, match="NOP"):
        check_dispatch({i.name: 1 for i in OPCODES[1:]})
