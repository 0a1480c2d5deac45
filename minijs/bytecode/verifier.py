"""Bytecode verifier: stack discipline proved by machine (QuickJS
compute_stack_size, the JVM's type-inference verifier without types).

verify(code) -> max_stack, or raises VerifyError naming the offset.

Proves, for every instruction reachable from offset 0 or from a handler:
  * it is reached with exactly one operand-stack depth on every path;
  * it never pops more than the stack holds (no underflow);
  * control never falls off the end of the code;
  * operands are well formed and in range (registers < register_count,
    pool / child indices, jump targets inside the code), and feedback
    slots agree with the opcode's feedback kind;
  * a handler starts at its declared depth + 1 (the exception), and every
    instruction its range protects runs at a depth >= the declared one.
Unreachable instructions are allowed (dead code) and not checked for depth.
"""

from minijs.bytecode.opcodes import FeedbackKind, OpFlag, OPCODES, Part

_JUMP = int(OpFlag.JUMP)
_FALLS = int(OpFlag.CONDITIONAL)
_TERM = int(OpFlag.TERMINATOR)
_MAY_THROW = int(OpFlag.MAY_THROW)


class VerifyError(Exception):
    def __init__(self, offset, message, code_name=""):
        self.offset = offset
        self.message = message
        where = f"@{offset}" if offset is not None else "code"
        name = f" in {code_name}" if code_name else ""
        super().__init__(f"{where}{name}: {message}")


def _check_operands(code, n):
    limits = {Part.REG: ("register", code.register_count),
              Part.CONST: ("constant", len(code.constants)),
              Part.NAME: ("name", len(code.names)),
              Part.CHILD: ("child", len(code.children)),
              Part.JUMP: ("jump target", n)}
    if not (len(code.args) == len(code.feedback) == n):
        raise VerifyError(None, f"ops/args/feedback lengths differ "
                                f"({n}/{len(code.args)}/{len(code.feedback)})", code.name)
    for pc in range(n):
        op = code.ops[pc]
        if type(op) is not int or not 0 <= op < len(OPCODES):
            raise VerifyError(pc, f"unknown opcode {op!r}", code.name)
        info = OPCODES[op]
        parts = info.operand.parts
        arg = code.args[pc]
        if not parts:
            values = () if arg is None else None
        elif len(parts) == 1:
            values = (arg,) if type(arg) is int else None
        else:
            values = arg if isinstance(arg, tuple) and len(arg) == len(parts) else None
        if values is None:
            raise VerifyError(pc, f"{info.name}: operand {arg!r} does not match kind "
                                  f"{info.operand.name}", code.name)
        for part, v in zip(parts, values):
            if type(v) is not int:
                raise VerifyError(pc, f"{info.name}: operand part {v!r} is not an int", code.name)
            if part is not Part.IMM and v < 0:
                raise VerifyError(pc, f"{info.name}: negative {part.name.lower()} {v}", code.name)
            lim = limits.get(part)
            if lim is not None and v >= lim[1]:
                raise VerifyError(pc, f"{info.name}: {lim[0]} {v} out of range (size {lim[1]})",
                                  code.name)
        slot = code.feedback[pc]
        if info.feedback == FeedbackKind.NONE:
            if slot != -1:
                raise VerifyError(pc, f"{info.name}: has feedback slot {slot} but no feedback kind",
                                  code.name)
        elif not (0 <= slot < len(code.feedback_kinds)) or code.feedback_kinds[slot] != info.feedback:
            raise VerifyError(pc, f"{info.name}: feedback slot {slot} is not a "
                                  f"{info.feedback.name} slot", code.name)


def verify(code):
    """Verify `code` (not its children); return its max stack depth."""
    ops, args = code.ops, code.args
    n = len(ops)
    if n == 0:
        raise VerifyError(None, "empty code (control falls off the end)", code.name)
    _check_operands(code, n)
    for h in code.handlers:
        if not (0 <= h.start < h.end <= n and 0 <= h.handler < n and h.depth >= 0):
            raise VerifyError(None, f"bad handler entry {h!r} (code length {n})", code.name)

    depth = [None] * n
    came_from = [None] * n   # predecessor that first set the depth (None: entry)
    work = []

    def reach(target, d, source):
        have = depth[target]
        if have is None:
            depth[target] = d
            came_from[target] = source
            work.append(target)
        elif have != d:
            first = ("the entry" if came_from[target] is None else
                     f"@{came_from[target]} {OPCODES[ops[came_from[target]]].name}"
                     if came_from[target] >= 0 else "a handler entry")
            via = (f"@{source} {OPCODES[ops[source]].name}" if source is not None and source >= 0
                   else "a handler entry" if source is not None else "the entry")
            raise VerifyError(target, f"stack depth mismatch: {d} via {via} "
                                      f"but {have} via {first}", code.name)

    reach(0, 0, None)
    for h in code.handlers:
        reach(h.handler, h.depth + 1, -1)
    max_stack = max(h.depth + 1 for h in code.handlers) if code.handlers else 0
    while work:
        pc = work.pop()
        d = depth[pc]
        info = OPCODES[ops[pc]]
        pops, pushes = info.stack_effect(args[pc])
        if d < pops:
            raise VerifyError(pc, f"{info.name}: stack underflow (pops {pops}, depth {d})",
                              code.name)
        after = d - pops + pushes
        if after > max_stack:
            max_stack = after
        if d > max_stack:
            max_stack = d
        flags = int(info.flags)
        if flags & _JUMP:
            reach(info.jump_target(args[pc]), after, pc)
            if not flags & _FALLS:
                continue
        elif flags & _TERM:
            continue
        if pc + 1 >= n:
            raise VerifyError(pc, f"{info.name}: control falls off the end of the code",
                              code.name)
        reach(pc + 1, after, pc)

    # Only an instruction that can throw can hand the stack to a handler, so
    # only those must run at or above its depth (a `break` out of a
    # for-in inside `try` pops the enumerator before it jumps out).
    for h in code.handlers:
        for pc in range(h.start, h.end):
            if depth[pc] is not None and depth[pc] < h.depth and \
                    OPCODES[code.ops[pc]].flags & _MAY_THROW:
                raise VerifyError(pc, f"depth {depth[pc]} below the handler depth {h.depth} "
                                      f"of its protecting range [{h.start}, {h.end})", code.name)
    code.stack_depths = depth      # per instruction (None: unreachable); the baseline tier reads it
    return max_stack


def verify_all(code):
    """Verify `code` and every nested CodeObject; sets max_stack on each."""
    for c in code.walk():
        c.max_stack = verify(c)
    return code
