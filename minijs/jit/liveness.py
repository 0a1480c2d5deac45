"""Register liveness over bytecode (V8's BytecodeLivenessAnalysis).

A register is live at an instruction when some path from there reads it
before writing it.  The graph builder keeps only live registers in phis
and frame states: a dead register resumes as undefined, which nothing can
observe, and a register that is undefined before a loop and a number in
it (`var v = f()` inside the loop) never needs a phi of mixed type.
"""

from minijs.bytecode import opcodes as O

__all__ = ["live_in"]

_WRITES = {O.STORE_REG, O.TEE_REG, O.SAVE_CONTEXT, O.GENERATOR_START, O.ASYNC_START}
_READ_WRITE = {O.INC_REG, O.STORE_REG_CHECKED}


def _reg_uses(op, arg):
    """(registers read, registers written) by one instruction."""
    kind = O.OPCODES[op].operand
    regs = [arg[i] if isinstance(arg, tuple) else arg
            for i, part in enumerate(kind.parts) if part == O.Part.REG]
    if not regs:
        if op in (O.CREATE_MAPPED_ARGUMENTS, O.CREATE_UNMAPPED_ARGUMENTS, O.CREATE_REST):
            return None, ()          # reads the parameters: everything live
        return (), ()
    if op in _WRITES:
        return (), regs
    if op in _READ_WRITE:
        return regs, ()               # read first; the write does not kill
    return regs, ()


def _successors(code, pc):
    op = code.ops[pc]
    flags = O.FLAGS[op]
    succ = []
    if flags & O.OpFlag.JUMP:
        succ.append(O.OPCODES[op].jump_target(code.args[pc]))
        if flags & O.OpFlag.CONDITIONAL:
            succ.append(pc + 1)
    elif not flags & O.OpFlag.TERMINATOR:
        succ.append(pc + 1)
    return [s for s in succ if s < len(code.ops)]


def live_in(code):
    """A list: for each instruction, the frozenset of registers live
    before it."""
    n = len(code.ops)
    everything = frozenset(range(code.register_count))
    uses = [_reg_uses(code.ops[pc], code.args[pc]) for pc in range(n)]
    succs = [_successors(code, pc) for pc in range(n)]
    handlers = {}
    for h in code.handlers:                 # an instruction in a try can go to its handler
        for pc in range(h.start, min(h.end, n)):
            handlers.setdefault(pc, []).append(h.handler)
    live = [frozenset()] * n
    changed = True
    while changed:
        changed = False
        for pc in range(n - 1, -1, -1):
            out = set()
            for s in succs[pc] + handlers.get(pc, []):
                out |= live[s]
            reads, writes = uses[pc]
            if reads is None:
                new = everything
            else:
                new = frozenset((out - set(writes)) | set(reads))
            if new != live[pc]:
                live[pc] = new
                changed = True
    return live
