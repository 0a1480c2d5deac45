import pytest

from minijs.bytecode import Assembler, CodeObject, VerifyError, verify
from minijs.bytecode import opcodes as op


def _asm(build, register_count=2):
    asm = Assembler("t", register_count=register_count)
    build(asm)
    return asm


def test_accepts_branches_and_computes_max_stack():
    def build(a):
        else_, end = a.new_label(), a.new_label()
        a.emit(op.LOAD_REG, 0)
        a.emit(op.JUMP_IF_FALSE, else_)
        a.emit(op.LOAD_SMI, 1)
        a.emit(op.LOAD_SMI, 2)
        a.emit(op.LOAD_SMI, 3)
        a.emit(op.ADD)
        a.emit(op.ADD)
        a.emit(op.JUMP, end)
        a.bind(else_)
        a.emit(op.LOAD_NULL)
        a.bind(end)
        a.emit(op.RETURN)
    code = _asm(build).assemble()
    assert code.max_stack == 3


def test_call_effect_uses_argc():
    def build(a):
        a.emit(op.LOAD_GLOBAL, "f")
        a.emit(op.LOAD_UNDEFINED)
        a.emit(op.LOAD_SMI, 1)
        a.emit(op.LOAD_SMI, 2)
        a.emit(op.CALL, 2)
        a.emit(op.RETURN)
    assert _asm(build).assemble().max_stack == 4


def test_rejects_depth_mismatch():
    def build(a):
        end = a.new_label()
        a.emit(op.LOAD_REG, 0)
        a.emit(op.JUMP_IF_TRUE, end)
        a.emit(op.LOAD_SMI, 7)                       # only this path pushes
        a.bind(end)
        a.emit(op.LOAD_SMI, 1)
        a.emit(op.RETURN)
    with pytest.raises(VerifyError) as e:
        _asm(build).assemble()
    assert e.value.offset == 3
    msg = str(e.value)
    assert "stack depth mismatch" in msg and "@3" in msg
    assert "JUMP_IF_TRUE" in msg or "LOAD_SMI" in msg


def test_rejects_underflow():
    def build(a):
        a.emit(op.LOAD_SMI, 1)
        a.emit(op.ADD)
        a.emit(op.RETURN)
    with pytest.raises(VerifyError, match=r"@1 in t: ADD: stack underflow \(pops 2, depth 1\)"):
        _asm(build).assemble()


def test_rejects_call_underflow():
    def build(a):
        a.emit(op.LOAD_GLOBAL, "f")
        a.emit(op.LOAD_UNDEFINED)
        a.emit(op.CALL, 1)
        a.emit(op.RETURN)
    with pytest.raises(VerifyError, match="CALL: stack underflow .pops 3, depth 2"):
        _asm(build).assemble()


def test_rejects_fall_off_end():
    with pytest.raises(VerifyError, match="falls off the end"):
        _asm(lambda a: a.emit(op.LOAD_SMI, 1)).assemble()


def test_rejects_out_of_range_jump_and_operands():
    bad_jump = CodeObject("b", ops=[op.JUMP], args=[5])
    with pytest.raises(VerifyError, match="jump target 5 out of range"):
        verify(bad_jump)
    bad_reg = CodeObject("b", register_count=1, ops=[op.LOAD_REG, op.RETURN], args=[3, None])
    with pytest.raises(VerifyError, match="register 3 out of range"):
        verify(bad_reg)
    bad_shape = CodeObject("b", ops=[op.LOAD_CONTEXT, op.RETURN], args=[1, None])
    with pytest.raises(VerifyError, match="does not match kind CONTEXT"):
        verify(bad_shape)
    bad_fb = CodeObject("b", ops=[op.LOAD_SMI, op.LOAD_SMI, op.ADD, op.RETURN],
                        args=[1, 2, None, None])
    with pytest.raises(VerifyError, match="feedback slot -1 is not a BINARY_OP slot"):
        verify(bad_fb)


def test_handler_depths():
    def build(a, depth=1):
        s, e, h = a.new_label(), a.new_label(), a.new_label()
        a.emit(op.LOAD_SMI, 1)                        # depth 1 across the try
        a.bind(s)
        a.emit(op.LOAD_GLOBAL, "g")
        a.emit(op.POP)
        a.bind(e)
        a.emit(op.RETURN)
        a.bind(h)                                     # [1, exc]
        a.emit(op.POP)
        a.emit(op.RETURN)
        a.add_handler(s, e, h, depth)
    assert _asm(build).assemble().max_stack == 2
    with pytest.raises(VerifyError, match="below the handler depth 2"):
        _asm(lambda a: build(a, depth=2)).assemble()
    with pytest.raises(VerifyError, match="@5 in t: RETURN: stack underflow"):
        _asm(lambda a: build(a, depth=0)).assemble()


def test_non_throwing_code_may_leave_a_range_below_its_handler_depth():
    # `break` out of a for-in inside try: pop the enumerator, jump out
    def build(a, throwing):
        s, e, h, out = a.new_label(), a.new_label(), a.new_label(), a.new_label()
        a.emit(op.LOAD_SMI, 1)
        a.bind(s)
        a.emit(op.POP)
        if throwing:
            a.emit(op.LOAD_GLOBAL, "g")              # can throw at depth 0 < 1
            a.emit(op.POP)
        a.emit(op.JUMP, out)
        a.bind(e)
        a.bind(h)                                     # [1, exc]
        a.emit(op.POP)
        a.emit(op.POP)
        a.bind(out)
        a.emit(op.RETURN_UNDEFINED)
        a.add_handler(s, e, h, 1)
    assert _asm(lambda a: build(a, False)).assemble().max_stack == 2
    with pytest.raises(VerifyError, match="below the handler depth 1"):
        _asm(lambda a: build(a, True)).assemble()


def test_dead_code_allowed():
    def build(a):
        a.emit(op.RETURN_UNDEFINED)
        a.emit(op.ADD)                               # unreachable: not depth-checked
        a.emit(op.RETURN)
    assert _asm(build).assemble().max_stack == 0


def test_call_eval_two_part_operand_and_verify_all():
    from minijs.bytecode import verify_all
    inner = Assembler("inner")
    inner.emit(op.RETURN_UNDEFINED)
    asm = Assembler("outer")
    scope_descriptor = object()
    asm.emit(op.LOAD_GLOBAL, "eval")
    asm.emit(op.LOAD_CONST, "1+1")
    asm.emit(op.CALL_EVAL, (1, scope_descriptor))
    asm.emit(op.CREATE_CLOSURE, inner.assemble(verify=False))
    asm.emit(op.POP)
    asm.emit(op.RETURN)
    code = asm.assemble()
    assert code.args[2] == (1, 1) and code.constants[1] is scope_descriptor
    assert code.max_stack == 2
    code.children[0].max_stack = 99
    verify_all(code)
    assert code.children[0].max_stack == 0
