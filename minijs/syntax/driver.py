"""The LR driver: runs ply's LALR tables over the token stream.

ply.yacc generates the tables; this loop runs them because JavaScript needs
the parser and the tokenizer to talk, which ply's own loop cannot do:

* Token choice by parser state.  Several raw tokens mean different
  terminals by context (ECMA-262's lookahead restrictions and lexical goal
  symbols): `{` is a block or an object literal, `function`/`class` a
  declaration or an expression, `/` a division or a regular expression,
  `let`/`async`/`get`/`of`/... keywords or identifiers.  `classify` lists the
  candidates in priority order and takes the first the current LR state has
  an action for -- the spec's "a statement cannot start with `{`" becomes
  "prefer LBRACE where both are possible".
* Context.  `yield`/`await` are keywords only inside generators / async
  functions; `in` ends a for-head at the head's top nesting level.  Marker
  productions push a context frame before a body is read; the function
  production pops it.  The lookahead is re-classified whenever the context
  changes under it.
* Automatic semicolon insertion (ECMA-262 12.10), in one place: `recover`.
  The "no LineTerminator here" rules are applied in `next_token`.

Pass-through productions (`a : b`, methods named `p_*_unit`) are reduced
by rewriting the state on the stack, without a call.
"""

import ply.lex

from minijs.syntax.errors import JSSyntaxError
from minijs.syntax.grammar import Grammar, KEYWORDS, RESERVED_WORDS
from minijs.syntax.grammar_functions import CONTEXTS
from minijs.syntax.lexer import Lexer
from minijs.syntax import error_messages
from minijs.syntax import tables as _tables

# ply's token class gets the attributes every token must answer.
ply.lex.LexToken.auto = False       # a SEMI made by ASI
ply.lex.LexToken.escaped = False    # an identifier written with \u escapes
ply.lex.LexToken.version = -1       # context version it was classified in

# --allow-natives-syntax: `%Name` in operand position is a name (jit/natives.py)
NATIVES_SYNTAX = False

_KEYWORD_CANDIDATES = {w: (t, "NAME") for w, t in KEYWORDS.items()}
_KEYWORD_CANDIDATES["function"] = ("FUNCTION_DECL", "FUNCTION", "NAME")
_KEYWORD_CANDIDATES["class"] = ("CLASS_DECL", "CLASS", "NAME")
_KEYWORD_CANDIDATES["enum"] = ("NAME",)

_NAME_START = frozenset(("NAME", "STRING", "NUMBER", "BIGINT", "LBRACKET", "PRIVATE_NAME"))
_STATIC_NEXT = _NAME_START | {"STAR", "LBRACE"}
_ASYNC_METHOD_NEXT = frozenset(("LBRACKET", "STAR", "STRING", "NUMBER", "BIGINT", "PRIVATE_NAME"))
# Nesting inside a for-head: `in` is an operator again below the top level,
# and between `?` and `:` (ConditionalExpression's middle is [+In]).
_OPENERS = frozenset(("LPAREN", "LBRACKET", "LBRACE", "OBJ_LBRACE", "TEMPLATE_HEAD", "QUESTION"))
_CLOSERS = frozenset(("RPAREN", "RBRACKET", "RBRACE", "TEMPLATE_TAIL", "COLON"))
_RESTRICTED = frozenset(("RETURN", "BREAK", "CONTINUE"))
# Raw token types whose terminal depends on state or context; any other raw
# token is its own terminal.
_NEEDS_CLASSIFY = frozenset(("NAME", "LBRACE", "DIV", "DIV_ASSIGN", "PLUSPLUS", "MINUSMINUS", "ARROW", "PERCENT"))
_CONTEXTUAL_WORDS = frozenset(("of", "let", "yield", "await", "async", "get", "set", "static", "as", "from"))
# Parser class and tables -> (tables, production rows): Parser._productions.
_PRODUCTIONS = {}

_UNEXPECTED_KIND = {
    "NUMBER": "Unexpected number", "BIGINT": "Unexpected number",
    "STRING": "Unexpected string", "TEMPLATE": "Unexpected template string",
    "TEMPLATE_HEAD": "Unexpected template string",
    "TEMPLATE_MIDDLE": "Unexpected template string",
    "TEMPLATE_TAIL": "Unexpected template string",
    "REGEX": "Unexpected regular expression",
}


class Parser(Grammar):
    """One parse of one source text. Not reusable."""

    def __init__(self, source, module=False):
        self.source = source
        self.module = module
        self.tables = _tables.load()
        self.lexer = Lexer(source, module)
        self.peeked = []              # raw tokens read ahead, in order
        self.pending = None           # real token held back behind an ASI `;`
        self.prev = None              # last shifted token
        self.values = None
        self.states = None
        self.collect = None           # list receiving shifted tokens (minijs tokens)
        self.lookahead = None         # the lookahead while an action runs (or None)
        top = "module" if module else "script"
        # frames: [kind, yield is keyword, await is keyword, for-head nesting]
        self.contexts = [[top, False, module, None]]
        self.yield_kw = False
        self.await_kw = module
        self.for_head = None          # the for-head frame, when it is on top
        self.version = 0

    # --- contexts ---------------------------------------------------------------

    def push_context(self, kind):
        yield_kw, await_kw = CONTEXTS[kind]
        self.contexts.append([kind, yield_kw, await_kw, None])
        self._context_changed()

    def pop_context(self):
        self.contexts.pop()
        self._context_changed()

    def push_for_head(self):
        """Entering `for (`: frame [kind, yield, await, nesting, in_init]."""
        top = self.contexts[-1]
        self.contexts.append(["for_head", top[1], top[2], [], True])
        self._context_changed()

    def _context_changed(self):
        top = self.contexts[-1]
        self.yield_kw = top[1]
        self.await_kw = top[2]
        self.for_head = top if top[0] == "for_head" else None
        self.version += 1

    def _track_for_head(self, tok):
        """Follow nesting inside `for ( ... )`.  At its top level the first
        `;`, `in` or `of` ends the initialiser (where `in` is the for-in
        keyword, not an operator); the closing `)` ends the head."""
        frame = self.for_head
        nesting = frame[3]
        t = tok.type
        if t in _OPENERS:
            nesting.append(t)
        elif t in _CLOSERS:
            if t == "COLON":
                if nesting and nesting[-1] == "QUESTION":
                    nesting.pop()
            elif nesting:
                nesting.pop()
            elif t == "RPAREN":
                self.pop_context()
        elif not nesting and (t == "SEMI" or t == "FOR_IN" or t == "OF"):
            if frame[4]:
                frame[4] = False
                self.version += 1

    # --- tokens -----------------------------------------------------------------

    def peek(self, n=1):
        """The n-th raw token after the current one (n = 1 or 2)."""
        while len(self.peeked) < n:
            self.peeked.append(self.lexer.next())
        return self.peeked[n - 1]

    def next_token(self, state):
        """The next token, classified for `state`, ASI for restricted rules."""
        if self.pending is not None:
            tok, self.pending = self.pending, None
        else:
            tok = self.peeked.pop(0) if self.peeked else self.lexer.next()
            if tok.nl and self.prev is not None:
                prev_type = self.prev.type
                if prev_type in _RESTRICTED and tok.rtype != "SEMI":
                    self.pending = tok
                    return self.auto_semi()
                if prev_type == "THROW":
                    raise JSSyntaxError("Illegal newline after throw", self.prev.lexpos)
        if tok.rtype in _NEEDS_CLASSIFY:
            self.classify(tok, state)
        else:
            tok.version = self.version
        return tok

    def auto_semi(self):
        tok = ply.lex.LexToken()
        tok.type = tok.rtype = "SEMI"
        tok.value = ";"
        end = self.prev.end if self.prev is not None else 0
        tok.lexpos = tok.end = end
        tok.nl = False
        tok.auto = True
        tok.lineno = 0
        return tok

    def classify(self, tok, state):
        """Set tok.type to the terminal this raw token is in `state`."""
        tok.version = self.version
        rtype = tok.rtype
        if rtype == "NAME":
            if tok.escaped:
                tok.type = "NAME"
                if tok.value in RESERVED_WORDS:
                    self._check_keyword_as_name(tok, state)
                return
            word = tok.value
            candidates = _KEYWORD_CANDIDATES.get(word)
            if candidates is None:
                if word not in _CONTEXTUAL_WORDS:
                    tok.type = "NAME"
                    return
                candidates = self._contextual(word)
                if candidates is None:
                    tok.type = "NAME"
                    return
            elif word == "in":
                head = self.for_head
                candidates = ("FOR_IN" if head is not None and head[4] and not head[3] else "IN", "NAME")
        elif rtype == "LBRACE":
            candidates = ("LBRACE", "OBJ_LBRACE")
        elif rtype == "DIV" or rtype == "DIV_ASSIGN":
            acts = self.tables.action[state]
            if rtype not in acts and "REGEX" in acts:
                self.lexer.relex_regex(tok)   # nothing was read past a `/`
                tok.rtype = "REGEX"
            tok.type = tok.rtype
            return
        elif rtype == "PERCENT":
            if NATIVES_SYNTAX:
                acts = self.tables.action[state]
                if rtype not in acts and "NAME" in acts:
                    self.lexer.relex_native_name(tok)      # `%Name` where an operand goes
            tok.type = tok.rtype
            return
        elif rtype == "PLUSPLUS" or rtype == "MINUSMINUS":
            tok.type = rtype if not tok.nl else ("PREFIX_INC" if rtype == "PLUSPLUS" else "PREFIX_DEC")
            return
        elif rtype == "ARROW" and tok.nl:
            raise JSSyntaxError("Unexpected token '=>'", tok.lexpos)
        else:
            tok.type = rtype
            return
        acts = self.tables.action[state]
        for c in candidates:
            if c in acts:
                tok.type = c
                break
        else:
            tok.type = candidates[0]
        if tok.type == "NAME":
            if candidates[0] != "NAME" and tok.value in RESERVED_WORDS:
                self._check_keyword_as_name(tok, state)
        elif tok.type == "YIELD" and self.peek().nl:
            tok.type = "YIELD_BARE"

    def _check_keyword_as_name(self, tok, state):
        """A reserved word may stand for a NAME only as an IdentifierName."""
        target = self._shift_target(state, "NAME")
        if target is None or target in self.tables.keyword_name_states:
            return
        word = tok.value
        if tok.escaped:
            message = "Keyword must not contain escaped characters"
        elif word == "enum":
            message = "Unexpected reserved word"
        else:
            message = "Unexpected token '%s'" % word
        raise JSSyntaxError(message, tok.lexpos, end=tok.end)

    def _shift_target(self, state, terminal):
        """The state `terminal` would be shifted into from here (reductions
        simulated on a copy of the stack), or None if it is an error."""
        t = self.tables
        stack = list(self.states) if self.states else [state]
        if stack[-1] != state:
            stack.append(state)
        while True:
            act = t.action[stack[-1]].get(terminal)
            if act is None:
                return None
            if act > 0:
                return act
            lhs, n, _ = t.productions[-act]
            if n:
                del stack[-n:]
            stack.append(t.goto[stack[-1]][lhs])

    def _contextual(self, word):
        """Candidate terminals for a contextual keyword, or None."""
        if word == "of":
            return ("OF", "NAME")
        if word == "let":
            nxt = self.peek()
            r = nxt.rtype
            if r == "LBRACKET" or r == "LBRACE" or (r == "NAME" and (nxt.value not in RESERVED_WORDS or nxt.escaped)):
                return ("LET", "NAME")
            return None
        if word == "yield":
            return ("YIELD", "NAME") if self.yield_kw else None
        if word == "await":
            return ("AWAIT", "NAME") if self.await_kw else None
        if word == "async":
            nxt = self.peek()
            if nxt.nl:
                return None
            if nxt.rtype == "NAME":
                if nxt.value == "of" and not nxt.escaped and self.peek(2).rtype != "ARROW":
                    return ("ASYNC_METHOD", "NAME")   # `for await (async of x)`
                return ("ASYNC_METHOD", "ASYNC", "NAME")
            if nxt.rtype in _ASYNC_METHOD_NEXT:
                return ("ASYNC_METHOD", "NAME")
            return None
        if word == "get" or word == "set":
            if self.peek().rtype in _NAME_START:
                return ("GET" if word == "get" else "SET", "NAME")
            return None
        if word == "static":
            if self.peek().rtype in _STATIC_NEXT:
                return ("STATIC", "NAME")
            return None
        if word == "as":
            return ("AS", "NAME")
        if word == "from":
            return ("FROM", "NAME")
        return None

    # --- the LR loop ---------------------------------------------------------------

    @classmethod
    def _productions(cls, tables):
        """(lhs, length, action function or None for a pass-through) per
        production, made once per parser class and tables (eval parses
        many small programs: rebuilding it cost more than the parse)."""
        key = (cls, id(tables))
        prods = _PRODUCTIONS.get(key)
        if prods is None or prods[0] is not tables:
            rows = [(lhs, n, None if name.endswith("_unit") else getattr(cls, name))
                    if name else (lhs, n, None) for lhs, n, name in tables.productions]
            prods = _PRODUCTIONS[key] = (tables, rows)
        return prods[1]

    def parse(self):
        t = self.tables
        action, goto, defaulted = t.action, t.goto, t.defaulted
        unit_chains = t.unit_chains
        prods = self._productions(t)
        states = [0]
        values = [None]
        self.values = values
        self.states = states
        tok = None
        while True:
            state = states[-1]
            act = defaulted[state]
            if act is None:
                if tok is None:
                    tok = self.next_token(state)
                elif tok.version != self.version:
                    self.classify(tok, state)
                act = action[state].get(tok.type)
                if act is None:
                    tok = self.recover(tok, state)
                    continue
            if act > 0:
                states.append(act)
                values.append(tok)
                self.prev = tok
                if self.for_head is not None:
                    self._track_for_head(tok)
                if self.collect is not None:
                    self.collect.append(tok)
                tok = None
                continue
            if act < 0:
                lhs, n, func = prods[-act]
                if func is None:
                    # a chain of pass-through reductions replaces only the top
                    # state; the tables memoise where the chain ends
                    key = (states[-2], state, tok.type if tok is not None else None)
                    top = unit_chains.get(key)
                    if top is None:
                        top = unit_chains[key] = t.follow_unit_chain(*key)
                    states[-1] = top
                    continue
                if n:
                    p = values[-n - 1:]
                    del values[-n:]
                    del states[-n:]
                else:
                    p = [None]
                self.lookahead = tok
                func(self, p)
                values.append(p[0])
                states.append(goto[states[-1]][lhs])
                continue
            return values[-1]

    def recover(self, tok, state):
        """Automatic semicolon insertion, or the syntax error."""
        if not tok.auto:
            offending = tok
            asi = tok.nl or tok.rtype == "RBRACE" or tok.rtype == "$end" or self._do_while_end(state)
            head = self.for_head
            if head is not None and not head[3]:
                asi = False   # never a semicolon of a for-head (ECMA-262 12.10.1)
            if asi and "SEMI" in self.tables.action[state]:
                self.pending = tok
                return self.auto_semi()
        else:
            offending = self.pending or tok
        refined = error_messages.refine(self, offending)
        if refined is not None:
            raise refined
        raise JSSyntaxError(self.unexpected_message(offending), offending.lexpos,
                            end=max(offending.end, offending.lexpos + 1))

    def _do_while_end(self, state):
        """ASI after the `)` of `do ... while (...)` (ECMA-262 12.10.1 rule 1.3)."""
        if self.prev is None or self.prev.type != "RPAREN":
            return False
        nxt = self.tables.action[state].get("SEMI")
        if nxt is None or nxt < 0:
            return False
        t = self.tables
        return any(a < 0 and t.productions[-a][0] == "do_while_statement"
                   for a in t.action[nxt].values())

    def pending_token(self):
        return self.pending if self.pending is not None else self.prev

    def unexpected_message(self, tok):
        rtype = tok.rtype
        if rtype == "$end":
            return "Unexpected end of input"
        if rtype == "NAME":
            word = tok.value
            if word in RESERVED_WORDS and not tok.escaped:
                return "Unexpected reserved word" if word == "enum" else "Unexpected token '%s'" % word
            return "Unexpected identifier '%s'" % word
        if rtype == "PRIVATE_NAME":
            return "Unexpected identifier '#%s'" % tok.value
        kind = _UNEXPECTED_KIND.get(rtype)
        if kind is not None:
            return kind
        return "Unexpected token '%s'" % self.source[tok.lexpos:tok.end]
