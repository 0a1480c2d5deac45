"""Small pieces the code generator shares."""


class CompileError(Exception):
    """A construct the compiler cannot translate (yet), at a source offset."""

    def __init__(self, message, offset=0):
        super().__init__(message)
        self.message = message
        self.offset = offset


_LEXICAL_KINDS = frozenset(("let", "const", "class", "class_name", "block_function",
                            "function_name"))
_CONST_KINDS = frozenset(("const", "class_name"))


class ContextDescriptor:
    """Operand of PUSH_CONTEXT: how many slots a new context has and, for
    debugging and sloppy-eval lookups by name, which binding is in which slot.

    lexical   names of the lexical bindings among them (a `var` of sloppy
              eval code may not redeclare them, 19.2.1.3 step 3)
    consts    names of immutable bindings (STORE_LOOKUP throws)
    var_env   the context of a function's variable environment that sloppy
              direct eval can extend with new vars (`extend` makes the
              extended descriptor of one context; `deletable` lists the
              names eval added: `delete` may remove them, 9.1.1.1.7)
    """

    __slots__ = ("slots", "names", "kind", "lexical", "consts", "var_env", "deletable")

    def __init__(self, slots, names, kind, lexical=frozenset(), consts=frozenset(),
                 var_env=False, deletable=frozenset()):
        self.slots = slots
        self.names = names
        self.kind = kind
        self.lexical = lexical
        self.consts = consts
        self.var_env = var_env
        self.deletable = deletable

    @classmethod
    def of(cls, scope):
        names = [None] * scope.context_slots
        lexical, consts = set(), set()
        # With parameter expressions, the parameters (and `arguments`) live
        # in an environment between the function's variable environment and
        # a parameter's eval code: a var of that code may not redeclare
        # them (10.2.11 step 20, 19.2.1.3 step 3.d).
        params_shadow = scope.kind == "function" and scope.has_param_expressions
        for binding in scope.bindings.values():
            loc = binding.location
            if loc and loc[0] == "context":
                names[loc[1]] = binding.name
                if binding.kind in _LEXICAL_KINDS or (
                        params_shadow and binding.kind in ("param", "arguments")):
                    lexical.add(binding.name)
                if binding.kind in _CONST_KINDS:
                    consts.add(binding.name)
        var_env = scope.calls_sloppy_eval and (scope.kind == "function" or scope.role == "body")
        return cls(scope.context_slots, tuple(names), scope.kind, frozenset(lexical),
                   frozenset(consts), var_env)

    def extend(self, name):
        """This descriptor with one more (eval-declared, deletable) slot."""
        return ContextDescriptor(self.slots + 1, self.names + (name,), self.kind, self.lexical,
                                 self.consts, self.var_env, self.deletable | {name})

    def without(self, name):
        """This descriptor after `delete name` of an eval-declared var."""
        names = tuple(None if n == name else n for n in self.names)
        return ContextDescriptor(self.slots, names, self.kind, self.lexical, self.consts,
                                 self.var_env, self.deletable - {name})

    def __repr__(self):
        return f"<context {self.kind} {list(self.names)}>"


class JumpTarget:
    """A statement `break` / `continue` can leave or restart.

    labels          the label names written before it
    break_label     Label after the statement
    continue_label  Label of the next iteration (loops only)
    context_depth   contexts pushed (in this function) outside it: a jump
                    pops the ones pushed since
    """

    __slots__ = ("labels", "break_label", "continue_label", "context_depth", "is_loop",
                 "stack", "is_switch", "closes_iterator", "exits")

    def __init__(self, labels, break_label, continue_label, context_depth, is_loop,
                 stack=0, is_switch=False, closes_iterator=False):
        self.labels = labels
        self.break_label = break_label
        self.continue_label = continue_label
        self.context_depth = context_depth
        self.is_loop = is_loop
        self.stack = stack          # operand-stack values the statement keeps (for-in/of)
        self.is_switch = is_switch  # an unlabelled `break` may leave it
        # for-of: its two stack values are an iterator record that any exit
        # but `continue` must close (IteratorClose, 7.4.8).  Such exits jump
        # to a trampoline after the loop body (outside the range whose
        # exceptions close the iterator quietly): `exits` lists
        # (label, "jump", (target, label, keep_stack)) / (label, "return", reg);
        # `break_label` itself closes and leaves.
        self.closes_iterator = closes_iterator
        self.exits = []


class FinallyTarget:
    """A try statement's finally block on the jump stack: exits that cross
    it (break, continue, return) store a completion kind in `kind_reg`
    (and a return value in `value_reg`) and jump to `entry`; `exits` lists
    the (target, label, keep_stack) of each break/continue routed here,
    COMPLETION_JUMP + i naming the i-th."""

    labels = ()
    break_label = continue_label = None
    is_loop = is_switch = closes_iterator = False
    stack = 0

    def __init__(self, context_depth, entry, kind_reg, value_reg):
        self.context_depth = context_depth
        self.entry = entry
        self.kind_reg = kind_reg
        self.value_reg = value_reg
        self.exits = []


class PatternTarget:
    """An array destructuring pattern on the jump stack while its
    elements are assigned: a `return` from inside it (a generator resumed
    with return() at a yield in a target) closes its iterator, which is
    in registers, unless it is done (IteratorClose, 7.4.8)."""

    labels = ()
    break_label = continue_label = None
    is_loop = is_switch = closes_iterator = False
    stack = 0

    def __init__(self, context_depth, done_reg, iter_reg, next_reg):
        self.context_depth = context_depth
        self.done_reg = done_reg
        self.iter_reg = iter_reg
        self.next_reg = next_reg


class EvalSite:
    """Operand of CALL_EVAL: what a direct eval at one call site needs to
    compile its code (PerformEval 19.2.1.1 with direct = true): the scope
    the call is written in (the eval code's outer scope, read by
    scope.analyze_eval), the caller's strictness, whether `new.target`
    is allowed (inside a non-arrow function), and a cache of compiled eval
    code by source text (eval in a loop compiles once)."""

    __slots__ = ("scope", "strict", "in_function", "allows", "cache")

    def __init__(self, scope, strict, in_function, allows=()):
        self.scope = scope
        self.strict = strict
        self.in_function = in_function
        self.allows = allows        # early-error Context flags (`super`, `arguments`)
        self.cache = {}

    def __repr__(self):
        return "<eval site %s%s>" % (self.scope.describe(), " strict" if self.strict else "")
