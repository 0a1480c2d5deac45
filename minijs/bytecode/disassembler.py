"""disassemble(code) -> str, in the spirit of `node --print-bytecode`.

    [bytecode for function: name]
    header lines (parameters, registers, frame size, feedback slots, flags)
    one line per instruction:  L<line>  @<offset> : OPCODE  operands  [fb N]
    constant pool, name pool, handler table; nested functions after it.

Operand spelling: r3 (register), [2] "text" (constant), name[0] x,
context [depth 1, slot 0], -> @12 (jump), argc 2, count 3, #5 (immediate),
child [0] <f> (nested code).
"""

import math

from minijs.bytecode.opcodes import OPCODES, Part


def js_repr(value):
    """A readable, stable rendering of a constant-pool entry."""
    t = type(value)
    if t is str:
        out = []
        for ch in value:
            if ch == '"' or ch == "\\":
                out.append("\\" + ch)
            elif ch == "\n":
                out.append("\\n")
            elif ord(ch) < 0x20 or 0xD800 <= ord(ch) <= 0xDFFF or ord(ch) == 0x7F:
                out.append(f"\\u{ord(ch):04x}")
            else:
                out.append(ch)
        return '"' + "".join(out) + '"'
    if t is bool:
        return "true" if value else "false"
    if t is int:
        return str(value)
    if t is float:
        if value != value:
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        if value == 0:
            return "-0" if math.copysign(1.0, value) < 0 else "0.0"
        return repr(value)
    if isinstance(value, tuple):
        inner = ", ".join(js_repr(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    return repr(value)


def _child_name(c):
    name = getattr(c, "name", None)
    return f"<{name or '(anonymous)'}>" if name is not None else repr(c)


def format_operand(code, info, arg):
    parts = info.operand.parts
    if not parts:
        return ""
    values = (arg,) if len(parts) == 1 else tuple(arg)
    out = []
    i = 0
    while i < len(parts):
        p, v = parts[i], values[i]
        if p is Part.DEPTH and i + 1 < len(parts) and parts[i + 1] is Part.SLOT:
            out.append(f"context [depth {v}, slot {values[i + 1]}]")
            i += 2
            continue
        if p is Part.REG:
            out.append(f"r{v}")
        elif p is Part.CONST:
            shown = js_repr(code.constants[v]) if 0 <= v < len(code.constants) else "?"
            out.append(f"[{v}] {shown}")
        elif p is Part.NAME:
            shown = code.names[v] if 0 <= v < len(code.names) else "?"
            out.append(f"name[{v}] {shown}")
        elif p is Part.JUMP:
            out.append(f"-> @{v}")
        elif p is Part.ARGC:
            out.append(f"argc {v}")
        elif p is Part.COUNT:
            out.append(f"count {v}")
        elif p is Part.IMM:
            out.append(f"#{v}")
        elif p is Part.CHILD:
            shown = _child_name(code.children[v]) if 0 <= v < len(code.children) else "?"
            out.append(f"child [{v}] {shown}")
        else:
            out.append(f"{p.name.lower()} {v}")
        i += 1
    return ", ".join(out)


def _header(code):
    kind = "function"
    flags = code.flags
    return [
        f"[bytecode for {kind}: {code.name or '(anonymous)'}]",
        f"Parameter count {code.param_count}",
        f"Register count {code.register_count}",
        f"Frame size {code.frame_size} (registers {code.register_count} + max stack {code.max_stack})",
        f"Feedback slots {code.feedback_slot_count}",
        "Flags: " + (" ".join(f.name for f in type(flags) if f and f in flags) or "none"),
        f"Bytecode length {len(code.ops)}",
    ]


def disassemble(code, source=None, line_table=None, nested=True):
    """Text listing of `code` (and, if nested, of its children after it).
    Source lines appear when `line_table`, `source` or code.line_table is
    given."""
    if line_table is None and source is not None:
        from minijs.syntax.source import LineTable
        line_table = LineTable(source)
    lines = _header(code)
    table = line_table or code.line_table
    width = 24
    for pc, op, arg, slot in code.instructions():
        info = OPCODES[op]
        line = code.line_for(pc, table) if table is not None else None
        where = f"L{line}" if line is not None else ""
        body = f"{info.name:<{width}} {format_operand(code, info, arg)}"
        if slot >= 0:
            body = f"{body:<{width + 31}} [fb {slot}]"
        lines.append(f"  {where:>5} @{pc:4} : {body}".rstrip())
    lines.append(f"Constant pool (size = {len(code.constants)})")
    for i, c in enumerate(code.constants):
        lines.append(f"  [{i}] {js_repr(c)}")
    if code.names:
        lines.append(f"Name pool (size = {len(code.names)})")
        for i, nm in enumerate(code.names):
            lines.append(f"  [{i}] {nm}")
    if code.feedback_kinds:
        lines.append(f"Feedback slots (size = {len(code.feedback_kinds)})")
        for i, k in enumerate(code.feedback_kinds):
            lines.append(f"  [{i}] {k.name}")
    lines.append(f"Handler table (size = {len(code.handlers)})")
    for h in code.handlers:
        lines.append(f"  [{h.start:4}, {h.end:4}) -> @{h.handler}  depth {h.depth}")
    out = "\n".join(lines) + "\n"
    if nested:
        for c in code.children:
            if hasattr(c, "ops"):
                out += "\n" + disassemble(c, line_table=table, nested=True)
    return out


def describe_opcodes():
    """The opcode reference, one line per opcode, generated from the table."""
    from minijs.bytecode.opcodes import FIRST_SUPERINSTRUCTION, OpFlag
    lines = []
    for info in OPCODES:
        if info.code == FIRST_SUPERINSTRUCTION:
            lines.append("-- superinstructions")
        eff = "var" if info.variable_effect else f"{info.pops}->{info.pushes}"
        flags = ",".join(f.name for f in OpFlag if f and f in info.flags
                         and f not in (OpFlag.HAS_FEEDBACK, OpFlag.SUPERINSTRUCTION))
        fb = info.feedback.name if info.feedback.value else "-"
        lines.append(f"{info.code:3} {info.name:<30} {info.operand.name:<14} {eff:<6} "
                     f"{fb:<14} {flags:<28} {info.doc}".rstrip())
    return "\n".join(lines) + "\n"
