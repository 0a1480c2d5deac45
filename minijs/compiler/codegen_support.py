"""Small pieces the code generator shares."""


class CompileError(Exception):
    """A construct the compiler cannot translate (yet), at a source offset."""

    def __init__(self, message, offset=0):
        super().__init__(message)
        self.message = message
        self.offset = offset


class ContextDescriptor:
    """Operand of PUSH_CONTEXT: how many slots a new context has and, for
    debugging and sloppy-eval lookups by name, which binding is in which slot."""

    __slots__ = ("slots", "names", "kind")

    def __init__(self, slots, names, kind):
        self.slots = slots
        self.names = names
        self.kind = kind

    @classmethod
    def of(cls, scope):
        names = [None] * scope.context_slots
        for binding in scope.bindings.values():
            loc = binding.location
            if loc and loc[0] == "context":
                names[loc[1]] = binding.name
        return cls(scope.context_slots, tuple(names), scope.kind)

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
                 "stack", "is_switch")

    def __init__(self, labels, break_label, continue_label, context_depth, is_loop,
                 stack=0, is_switch=False):
        self.labels = labels
        self.break_label = break_label
        self.continue_label = continue_label
        self.context_depth = context_depth
        self.is_loop = is_loop
        self.stack = stack          # operand-stack values the statement keeps (for-in/of)
        self.is_switch = is_switch  # an unlabelled `break` may leave it


class FinallyTarget:
    """A try statement's finally block on the jump stack: exits that cross
    it (break, continue, return) store a completion kind in `kind_reg`
    (and a return value in `value_reg`) and jump to `entry`; `exits` lists
    the (target, label, keep_stack) of each break/continue routed here,
    COMPLETION_JUMP + i naming the i-th."""

    labels = ()
    break_label = continue_label = None
    is_loop = is_switch = False
    stack = 0

    def __init__(self, context_depth, entry, kind_reg, value_reg):
        self.context_depth = context_depth
        self.entry = entry
        self.kind_reg = kind_reg
        self.value_reg = value_reg
        self.exits = []
