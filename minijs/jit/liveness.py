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


# per opcode: (jumps, falls through to the next instruction); computed
# once, since enum.Flag tests cost microseconds each
_FLOW = {}
for _op in range(len(O.FLAGS)):
    _flags = O.FLAGS[_op]
    _jumps = bool(_flags & O.OpFlag.JUMP)
    _falls = bool(_flags & O.OpFlag.CONDITIONAL) if _jumps else not _flags & O.OpFlag.TERMINATOR
    _FLOW[_op] = (_jumps, _falls)


def _successors(code, pc):
    op = code.ops[pc]
    jumps, falls = _FLOW[op]
    succ = [O.OPCODES[op].jump_target(code.args[pc])] if jumps else []
    if falls:
        succ.append(pc + 1)
    return [s for s in succ if s < len(code.ops)]


def live_in(code):
    """A list: for each instruction, the frozenset of registers live
    before it.  (Sets are bit masks while the analysis iterates: with
    frozensets it took 6 ms per function of n-body's size.)"""
    n = len(code.ops)
    everything = (1 << code.register_count) - 1
    gen = [0] * n
    keep = [everything] * n                  # the registers an instruction does not write
    for pc in range(n):
        reads, writes = _reg_uses(code.ops[pc], code.args[pc])
        if reads is None:
            gen[pc] = everything
        else:
            for r in reads:
                gen[pc] |= 1 << r
            for r in writes:
                keep[pc] &= ~(1 << r)
    succs = [_successors(code, pc) for pc in range(n)]
    for h in code.handlers:                 # an instruction in a try can go to its handler
        for pc in range(h.start, min(h.end, n)):
            succs[pc] = succs[pc] + [h.handler]
    live = [0] * n
    changed = True
    while changed:
        changed = False
        for pc in range(n - 1, -1, -1):
            out = 0
            for s in succs[pc]:
                out |= live[s]
            new = (out & keep[pc]) | gen[pc]
            if new != live[pc]:
                live[pc] = new
                changed = True
    masks = {}
    return [masks.get(m) or masks.setdefault(m, _registers(m)) for m in live]


def _registers(mask):
    regs = []
    r = 0
    while mask:
        if mask & 1:
            regs.append(r)
        mask >>= 1
        r += 1
    return frozenset(regs)
