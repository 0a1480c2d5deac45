"""The backtracking VM that runs a compiled pattern (see compiler.py).

State: pc, pos, `regs` (capture slots 0..2n+1, then group-start, loop
counter, loop start and lookaround registers) and one explicit stack of
backtrack entries, so nothing recurses however long the subject or deep
the pattern.  An entry is a tuple whose first item is either a program
counter (>= 0: resume there at the saved position) or one of the negative
tags below (undo a register write, give back a character of a run, ...).
Failure pops entries until one resumes; an empty stack is no match.

Instructions are tuples (opcode, operands...).  Positions are code unit
indices; "wide" variants read a surrogate pair as one character (u flag
with a subject that has surrogates), the others read one code unit.
"""

# Opcodes (ordered roughly by frequency: the dispatch is an if-chain).
STR = 0        # lit, len: the literal at pos (forward)
SET = 1        # memo, fill: one code unit in the set (forward)
SPLIT = 2      # alt_pc: try pc + 1, then alt_pc
JMP = 3        # target
RUN_G = 4      # rx_match, min, max, lit, litlen: greedy run of a set
GOPEN = 5      # reg: remember where a group starts
GCLOSE = 6     # slot, reg: set a capture (forward)
Q_LOOP = 7     # cnt, min, max, greedy, cont_pc, enter_pc
Q_ENTER = 8    # start_reg, slot_lo, slot_hi, body_pc
Q_END = 9      # cnt, start_reg, min, loop_pc
Q_INIT = 10    # cnt
SETW = 11      # memo, fill: one character (pair or unit), forward
STR_B = 12     # lit, len: the literal ending at pos (backward)
SET_B = 13     # memo, fill
SETW_B = 14    # memo, fill
GCLOSE_B = 15  # slot, reg: set a capture (backward)
BOL = 16
BOL_M = 17
EOL = 18
EOL_M = 19
WORDB = 20     # word units, negated
BACKREF = 21   # slot, ignore_case, backward, wide, canon
RUN_GW = 22    # matcher, min, max, lit, litlen: greedy run, wide
RUN_L = 23     # matcher, min, max, lit, litlen, wide: lazy run, forward
RUN_X = 24     # matcher, min, max, greedy, wide: run, backward
LOOK = 25      # mark_reg, negative, cont_pc
LOOK_END = 26  # mark_reg, negative
MATCH = 27
FAIL = 28      # (not emitted: any unknown opcode fails)

# Backtrack entry tags.
UNDO = -1      # (UNDO, reg, old)
UNDO2 = -2     # (UNDO2, reg, old0, old1): reg and reg + 1
RB = -3        # (RB, pcn, minpos, cur, lit, litlen): greedy forward run
RBW = -4       # (RBW, pcn, minpos, cur, lit, litlen): same, wide
RBB = -5       # (RBB, pcn, minpos, cur, wide): greedy backward run
RL = -6        # (RL, run_pc, pos, count): lazy run, one more character
RLL = -7       # (RLL, pcn, pos, lit, matcher, wide): lazy run + literal
MARK = -8      # (MARK, negative, pos, cont_pc): lookaround in progress

LINE_TERMINATORS = frozenset("\n\r\u2028\u2029")

INTERRUPT_INTERVAL = 1 << 14


def _splits_pair(s, i):
    """Whether index i falls between the halves of a surrogate pair."""
    return (0 < i < len(s) and "\udc00" <= s[i] <= "\udfff"
            and "\ud800" <= s[i - 1] <= "\udbff")


def _decode(s, pos, n):
    """The character at pos: a unit, or a surrogate pair."""
    c = s[pos]
    if "\ud800" <= c <= "\udbff" and pos + 1 < n and "\udc00" <= s[pos + 1] <= "\udfff":
        return s[pos:pos + 2]
    return c


def _key_fwd(s, pos, n):
    """The character read forward from pos (pos < n) in u mode, or None
    when pos splits a surrogate pair: like V8, nothing matches there."""
    c = s[pos]
    if "\ud800" <= c <= "\udbff":
        if pos + 1 < n and "\udc00" <= s[pos + 1] <= "\udfff":
            return s[pos:pos + 2]
    elif "\udc00" <= c <= "\udfff" and pos > 0 and "\ud800" <= s[pos - 1] <= "\udbff":
        return None
    return c


def _key_bwd(s, pos):
    """The character read backward from pos (pos > 0) in u mode, or None
    when pos splits a surrogate pair."""
    c = s[pos - 1]
    if "\udc00" <= c <= "\udfff":
        if pos >= 2 and "\ud800" <= s[pos - 2] <= "\udbff":
            return s[pos - 2:pos]
    elif "\ud800" <= c <= "\udbff" and pos < len(s) and "\udc00" <= s[pos] <= "\udfff":
        return None
    return c


def _step(s, pos, n, matcher, back, wide):
    """Match one character of `matcher` at pos in a direction: the new
    position, or -1."""
    if back:
        if pos <= 0:
            return -1
        key = _key_bwd(s, pos) if wide else s[pos - 1]
        if key is None:
            return -1
        r = matcher.memo.get(key)
        if r is None:
            r = matcher.fill(key)
        return pos - len(key) if r else -1
    if pos >= n:
        return -1
    key = _key_fwd(s, pos, n) if wide else s[pos]
    if key is None:
        return -1
    r = matcher.memo.get(key)
    if r is None:
        r = matcher.fill(key)
    return pos + len(key) if r else -1


def _run_wide(s, pos, n, matcher, mn, mx):
    """Greedy forward run, u mode: (end, position after `mn` characters)
    or None when fewer than mn characters match."""
    rx = matcher.run_matcher(None, True)
    memo, fill = matcher.memo, matcher.fill
    count, p = 0, pos
    minpos = pos if mn == 0 else -1
    while mx is None or count < mx:
        if rx is not None:
            q = rx(s, p).end()
            if q > p:
                k = q - p
                if mx is not None and count + k > mx:
                    k = mx - count
                    q = p + k
                if minpos < 0 and count + k >= mn:
                    minpos = p + (mn - count)
                count += k
                p = q
                if mx is not None and count >= mx:
                    break
        if p < n and "\ud800" <= s[p] <= "\udfff":
            key = _key_fwd(s, p, n)
            r = key is not None and memo.get(key)
            if r is None:
                r = fill(key)
            if r:
                p += len(key)
                count += 1
                if minpos < 0 and count >= mn:
                    minpos = p
                continue
        break
    if count < mn:
        return None
    return p, minpos


def _covers(s, pos, end, matcher, wide):
    """Whether every character of s[pos:end] is in the set."""
    if pos >= end:
        return True
    if not wide:
        rx = matcher.run_matcher(None, False)
        return rx is not None and rx(s, pos, end).end() == end
    n = len(s)
    while pos < end:
        pos = _step(s, pos, n, matcher, False, True)
        if pos < 0:
            return False
    return pos == end


def _backref(s, pos, a, b, back, ignore_case, wide, canon):
    """Match the captured s[a:b] at pos: new position or -1."""
    length = b - a
    n = len(s)
    if back:
        start = pos - length
        if start < 0:
            return -1
        end = pos
    else:
        start = pos
        end = pos + length
        if end > n:
            return -1
    if s.startswith(s[a:b], start):
        ok = True
    elif not ignore_case:
        return -1
    else:
        ok = _equal_ignoring_case(s, a, start, length, wide, canon)
    if not ok:
        return -1
    p = start if back else end
    if wide and _splits_pair(s, p):
        # V8 (CheckNotInSurrogatePair): a back reference must not end
        # inside a surrogate pair.
        return -1
    return p


def _equal_ignoring_case(s, a, start, length, wide, canon):
    i = 0
    while i < length:
        if wide:
            x = _decode(s, a + i, a + length)
            y = _decode(s, start + i, start + length)
            if len(x) != len(y):
                return False
        else:
            x = s[a + i]
            y = s[start + i]
        if x != y and canon.get(x, x) != canon.get(y, y):
            return False
        i += len(x)
    return True


class Interrupted(Exception):
    pass


def run(prog, s, start, nregs, ncap2, check_interrupt=None):
    """Run `prog` on s from `start`; return the capture slots, or None."""
    n = len(s)
    regs = [-1] * nregs
    stack = []
    push = stack.append
    pop = stack.pop
    pc = 0
    pos = start
    budget = INTERRUPT_INTERVAL
    while True:
        ins = prog[pc]
        op = ins[0]
        if op == STR:
            if s.startswith(ins[1], pos):
                pos += ins[2]
                pc += 1
                continue
        elif op == SET:
            if pos < n:
                c = s[pos]
                r = ins[1].get(c)
                if r is None:
                    r = ins[2](c)
                if r:
                    pos += 1
                    pc += 1
                    continue
        elif op == SPLIT:
            push((ins[1], pos))
            pc += 1
            continue
        elif op == JMP:
            pc = ins[1]
            continue
        elif op == RUN_G:
            e = ins[1](s, pos).end()
            minpos = pos + ins[2]
            if e >= minpos:
                lit = ins[4]
                if lit is not None:
                    e = s.rfind(lit, minpos, e + ins[5])
                if e >= 0:
                    if e > minpos:
                        push((RB, pc + 1, minpos, e, lit, ins[5]))
                    pos = e
                    pc += 1
                    continue
        elif op == GOPEN:
            r = ins[1]
            push((UNDO, r, regs[r]))
            regs[r] = pos
            pc += 1
            continue
        elif op == GCLOSE:
            k = ins[1]
            push((UNDO2, k, regs[k], regs[k + 1]))
            regs[k] = regs[ins[2]]
            regs[k + 1] = pos
            pc += 1
            continue
        elif op == Q_LOOP:
            k = regs[ins[1]]
            mx = ins[3]
            if mx is not None and k >= mx:
                pc = ins[5]
                continue
            if k >= ins[2]:
                if not ins[4]:
                    push((ins[6], pos))
                    pc = ins[5]
                    continue
                push((ins[5], pos))
            pc = ins[6]
            continue
        elif op == Q_ENTER:
            for k in range(ins[2], ins[3]):
                if regs[k] != -1:
                    push((UNDO, k, regs[k]))
                    regs[k] = -1
            r = ins[1]
            push((UNDO, r, regs[r]))
            regs[r] = pos
            pc = ins[4]
            continue
        elif op == Q_END:
            r = ins[1]
            k = regs[r]
            if k < ins[3] or pos != regs[ins[2]]:
                push((UNDO, r, k))
                regs[r] = k + 1
                pc = ins[4]
                continue
        elif op == Q_INIT:
            r = ins[1]
            push((UNDO, r, regs[r]))
            regs[r] = 0
            pc += 1
            continue
        elif op == SETW:
            if pos < n:
                c = s[pos]
                if "\ud800" <= c <= "\udfff":
                    c = _key_fwd(s, pos, n)
                r = c is not None and ins[1].get(c)
                if r is None:
                    r = ins[2](c)
                if r:
                    pos += len(c)
                    pc += 1
                    continue
        elif op == STR_B:
            k = pos - ins[2]
            if k >= 0 and s.startswith(ins[1], k):
                pos = k
                pc += 1
                continue
        elif op == SET_B:
            if pos > 0:
                c = s[pos - 1]
                r = ins[1].get(c)
                if r is None:
                    r = ins[2](c)
                if r:
                    pos -= 1
                    pc += 1
                    continue
        elif op == SETW_B:
            if pos > 0:
                c = _key_bwd(s, pos)
                r = c is not None and ins[1].get(c)
                if r is None:
                    r = ins[2](c)
                if r:
                    pos -= len(c)
                    pc += 1
                    continue
        elif op == GCLOSE_B:
            k = ins[1]
            push((UNDO2, k, regs[k], regs[k + 1]))
            regs[k] = pos
            regs[k + 1] = regs[ins[2]]
            pc += 1
            continue
        elif op == BOL:
            if pos == 0:
                pc += 1
                continue
        elif op == BOL_M:
            if pos == 0 or s[pos - 1] in LINE_TERMINATORS:
                pc += 1
                continue
        elif op == EOL:
            if pos == n:
                pc += 1
                continue
        elif op == EOL_M:
            if pos == n or s[pos] in LINE_TERMINATORS:
                pc += 1
                continue
        elif op == WORDB:
            w = ins[1]
            a = pos > 0 and s[pos - 1] in w
            b = pos < n and s[pos] in w
            if (a != b) != ins[2]:
                pc += 1
                continue
        elif op == BACKREF:
            k = ins[1]
            a = regs[k]
            b = regs[k + 1]
            if a < 0 or b < 0:
                if not (ins[4] and _splits_pair(s, pos)):
                    pc += 1
                    continue
            else:
                p = _backref(s, pos, a, b, ins[3], ins[2], ins[4], ins[5])
                if p >= 0:
                    pos = p
                    pc += 1
                    continue
        elif op == RUN_GW:
            got = _run_wide(s, pos, n, ins[1], ins[2], ins[3])
            if got is not None:
                e, minpos = got
                lit = ins[4]
                if lit is not None:
                    e = s.rfind(lit, minpos, e + ins[5])
                if e >= 0:
                    if e > minpos:
                        push((RBW, pc + 1, minpos, e, lit, ins[5]))
                    pos = e
                    pc += 1
                    continue
        elif op == RUN_L:
            m = ins[1]
            wide = ins[6]
            p = pos
            for _ in range(ins[2]):
                p = _step(s, p, n, m, False, wide)
                if p < 0:
                    break
            if p >= 0:
                mx = ins[3]
                if mx is None and ins[4] is not None:
                    push((RLL, pc + 1, p, ins[4], m, wide))
                elif mx is None or ins[2] < mx:
                    push((RL, pc, p, ins[2]))
                pos = p
                pc += 1
                continue
        elif op == RUN_X:
            m = ins[1]
            wide = ins[5]
            mn = ins[2]
            mx = ins[3]
            p = pos
            count = 0
            minpos = pos
            limit = mx if ins[4] else mn  # lazy: just the minimum for now
            while limit is None or count < limit:
                q = _step(s, p, n, m, True, wide)
                if q < 0:
                    break
                p = q
                count += 1
                if count == mn:
                    minpos = p
            if count >= mn:
                if ins[4]:
                    if p < minpos:
                        push((RBB, pc + 1, minpos, p, wide))
                    pos = p
                else:
                    if mx is None or mn < mx:
                        push((RL, pc, minpos, mn))
                    pos = minpos
                pc += 1
                continue
        elif op == LOOK:
            push((MARK, ins[2], pos, ins[3]))
            regs[ins[1]] = len(stack) - 1
            pc += 1
            continue
        elif op == LOOK_END:
            idx = regs[ins[1]]
            mark = stack[idx]
            if not ins[2]:
                # Positive: keep the capture writes (undoable), drop the
                # choice points of the body: it is atomic.
                tail = stack[idx + 1:]
                del stack[idx:]
                for e in tail:
                    if e[0] == UNDO or e[0] == UNDO2:
                        push(e)
                pos = mark[2]
                pc = mark[3]
                continue
            # Negative: the body matched, so the lookaround fails; undo
            # its writes and go on failing below the mark.
            while len(stack) > idx + 1:
                e = pop()
                t = e[0]
                if t == UNDO:
                    regs[e[1]] = e[2]
                elif t == UNDO2:
                    regs[e[1]] = e[2]
                    regs[e[1] + 1] = e[3]
            pop()
        elif op == MATCH:
            regs[0] = start
            regs[1] = pos
            return regs[:ncap2]
        # -- failure: backtrack ------------------------------------------
        while True:
            if not stack:
                return None
            e = pop()
            t = e[0]
            if t >= 0:
                pc = t
                pos = e[1]
                break
            if t == UNDO:
                regs[e[1]] = e[2]
                continue
            if t == UNDO2:
                regs[e[1]] = e[2]
                regs[e[1] + 1] = e[3]
                continue
            if t == RB:
                lit = e[4]
                minpos = e[2]
                if lit is None:
                    p = e[3] - 1
                else:
                    p = s.rfind(lit, minpos, e[3] - 1 + e[5])
                    if p < 0:
                        continue
                if p > minpos:
                    push((RB, e[1], minpos, p, lit, e[5]))
                pc = e[1]
                pos = p
                break
            if t == RBW:
                lit = e[4]
                minpos = e[2]
                if lit is None:
                    p = e[3] - 1
                    if p > minpos and _splits_pair(s, p):
                        p -= 1
                else:
                    p = s.rfind(lit, minpos, e[3] - 1 + e[5])
                    if p < 0:
                        continue
                if p > minpos:
                    push((RBW, e[1], minpos, p, lit, e[5]))
                pc = e[1]
                pos = p
                break
            if t == RL:
                ins = prog[e[1]]
                if ins[0] == RUN_X:
                    p = _step(s, e[2], n, ins[1], True, ins[5])
                else:
                    p = _step(s, e[2], n, ins[1], False, ins[6])
                if p < 0:
                    continue
                count = e[3] + 1
                if ins[3] is None or count < ins[3]:
                    push((RL, e[1], p, count))
                pc = e[1] + 1
                pos = p
                break
            if t == RLL:
                p = s.find(e[3], e[2] + 1)
                if p < 0 or not _covers(s, e[2], p, e[4], e[5]):
                    continue
                push((RLL, e[1], p, e[3], e[4], e[5]))
                pc = e[1]
                pos = p
                break
            if t == RBB:
                cur = e[3]
                p = cur + 1
                if e[4] and p < e[2] and _splits_pair(s, p):
                    p += 1
                if p < e[2]:
                    push((RBB, e[1], e[2], p, e[4]))
                pc = e[1]
                pos = p
                break
            if t == MARK:
                if e[1]:
                    # Negative lookaround whose body failed: it succeeds.
                    pos = e[2]
                    pc = e[3]
                    break
                continue
        budget -= 1
        if budget <= 0:
            budget = INTERRUPT_INTERVAL
            if check_interrupt is not None:
                check_interrupt()
