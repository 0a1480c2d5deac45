"""Code generation for statements: each leaves the operand stack as it was.

The script's completion value (what `eval` returns) is kept in a register
when `completion` is asked for.
"""

from minijs.bytecode import opcodes as op
from minijs.compiler.codegen_support import (
    CompileError, ContextDescriptor, FinallyTarget, JumpTarget, PatternTarget)


class StatementCompiler:
    def statement_list(self, statements, completion=False):
        if not completion:
            self.statements(statements)
            return
        # the completion value of a script: the last expression statement's
        self.completion_register = self.a.new_register()
        self.emit(op.LOAD_UNDEFINED)
        self.emit(op.STORE_REG, self.completion_register)
        self.statements(statements)
        self.emit(op.LOAD_REG, self.completion_register)
        self.emit(op.RETURN)

    def statements(self, statements):
        for s in statements:
            self.statement(s)

    def statement(self, node, labels=()):
        method = getattr(self, "stmt_" + node.type, None)
        if method is None:
            raise CompileError("%s is not supported yet" % node.type, node.start)
        if node.type in _UPDATE_EMPTY:
            self.reset_completion()
        if labels and node.type in _LOOPS:
            method(node, labels)
        else:
            method(node)

    # --- simple statements -----------------------------------------------------------

    def reset_completion(self):
        """These statements complete with UpdateEmpty(result, undefined):
        where their body leaves no value, the script's value is undefined
        (`1; if (true) {}` is undefined)."""
        reg = getattr(self, "completion_register", None)
        if reg is not None:
            self.emit(op.LOAD_UNDEFINED)
            self.emit(op.STORE_REG, reg)

    def stmt_ExpressionStatement(self, node):
        self.expression(node.expression)
        reg = getattr(self, "completion_register", None)
        if reg is not None:
            self.emit(op.STORE_REG, reg)
        else:
            self.emit(op.POP)

    def stmt_EmptyStatement(self, node):
        pass

    def stmt_DebuggerStatement(self, node):
        self.emit(op.DEBUGGER, None, node)

    def stmt_FunctionDeclaration(self, node):
        # created when its scope was entered (hoist_functions); a sloppy
        # block function also updates its var binding here (B.3.2.1 step
        # b.i.3.f: F's value in the block is copied to the var)
        res = self.info.extra.get((id(node), "annex_b"))
        if res is not None:
            self.vars.load(node.id)
            self.vars.store(node.id, res=res)

    def stmt_VariableDeclaration(self, node):
        for d in node.declarations:
            if d.init is None:
                if node.kind == "var":
                    continue
                self.emit(op.LOAD_UNDEFINED, None, d)
            elif node.kind == "var" and d.id.type == "Identifier" and self.vars.is_dynamic(d.id):
                # `with (o) { var x = f(); }`: x is resolved before f runs (14.3.2.1)
                self.vars.resolve(d.id)
                self.named_value(d.init, d.id.name)
                self.vars.store_resolved(d.id)
                continue
            else:
                name = d.id.name if d.id.type == "Identifier" else None
                self.named_value(d.init, name)
                if d.id.type == "ArrayPattern":
                    self.pattern_source = d.init
            self.assign_pattern(d.id, declare=True)

    def stmt_ReturnStatement(self, node):
        if node.argument is None and not self.scope.is_derived_constructor and not any(
                isinstance(t, FinallyTarget) or t.closes_iterator for t in self.jumps):
            self.emit(op.RETURN_UNDEFINED, None, node)
        elif node.argument is None:
            self.emit(op.LOAD_UNDEFINED, None, node)
            self.emit_return(node)
        else:
            self.expression(node.argument)
            if self.scope.is_async and self.scope.is_generator:
                self.await_top(node)             # 15.5.5 / 14.10.1: return awaits in async generators
            self.emit_return(node)

    def stmt_ThrowStatement(self, node):
        self.expression(node.argument)
        self.emit(op.THROW, None, node)

    def stmt_BlockStatement(self, node):
        scope = self.block_scope(node)
        if scope is None:
            self.statements(node.body)
            return
        self.enter_scope(scope, node)
        self.hoist_functions(scope)
        self.statements(node.body)
        self.leave_scope(scope)

    # --- control flow ------------------------------------------------------------------

    def stmt_IfStatement(self, node):
        otherwise, end = self.label(), self.label()
        self.expression(node.test)
        self.emit(op.JUMP_IF_FALSE, otherwise, node)
        self.statement(node.consequent)
        if node.alternate is not None:
            self.emit(op.JUMP, end)
        self.bind(otherwise)
        if node.alternate is not None:
            self.statement(node.alternate)
        self.bind(end)

    def loop(self, labels, body, continue_label, break_label, stack=0, context_depth=None,
             closes_iterator=False):
        if context_depth is None:
            context_depth = self.context_depth
        target = JumpTarget(labels, break_label, continue_label, context_depth, True, stack,
                            closes_iterator=closes_iterator)
        self.jumps.append(target)
        self.statement(body)
        self.jumps.pop()
        return target

    def stmt_WhileStatement(self, node, labels=()):
        top, end = self.label(), self.label()
        self.bind(top)
        self.expression(node.test)
        self.emit(op.JUMP_IF_FALSE, end, node)
        self.loop(labels, node.body, top, end)
        self.emit(op.JUMP_LOOP, top, node)
        self.bind(end)

    def stmt_DoWhileStatement(self, node, labels=()):
        top, test, end = self.label(), self.label(), self.label()
        self.bind(top)
        self.loop(labels, node.body, test, end)
        self.bind(test)
        self.expression(node.test)
        self.emit(op.JUMP_IF_FALSE, end, node)
        self.emit(op.JUMP_LOOP, top, node)
        self.bind(end)

    def stmt_ForStatement(self, node, labels=()):
        scope = self.block_scope(node)
        per_iteration = scope is not None and scope.per_iteration and scope.needs_context
        if scope is not None:
            self.enter_scope(scope, node)
        init = node.init
        if init is not None:
            if init.type == "VariableDeclaration":
                self.stmt_VariableDeclaration(init)
            else:
                self.expression(init)
                self.emit(op.POP)
        if per_iteration:
            self.copy_iteration_context(scope, node)
        top, next_, end = self.label(), self.label(), self.label()
        self.bind(top)
        if node.test is not None:
            self.expression(node.test)
            self.emit(op.JUMP_IF_FALSE, end, node.test)
        self.loop(labels, node.body, next_, end)
        self.bind(next_)
        if per_iteration:
            self.copy_iteration_context(scope, node)
        if node.update is not None:
            self.expression(node.update)
            self.emit(op.POP)
        self.emit(op.JUMP_LOOP, top, node)
        self.bind(end)
        if scope is not None:
            self.leave_scope(scope)

    def copy_iteration_context(self, scope, node):
        """CreatePerIterationEnvironment (14.7.4.4): a new context holding
        the current values, so closures of each iteration keep their own."""
        n = scope.context_slots
        for slot in range(n):
            self.emit(op.LOAD_CONTEXT, (0, slot), node)
        self.emit(op.POP_CONTEXT)
        self.emit(op.PUSH_CONTEXT, ContextDescriptor.of(scope), node)
        for slot in reversed(range(n)):
            self.emit(op.STORE_CONTEXT, (0, slot))

    def stmt_ForInStatement(self, node, labels=()):
        scope, fresh = self.for_each_head(node)
        top, exhausted, done = self.label(), self.label(), self.label()
        self.emit(op.FOR_IN_PREPARE, None, node)          # [enum]
        outer_depth = self.for_each_head_done(scope, fresh)
        self.bind(top)
        self.emit(op.FOR_IN_NEXT, None, node)             # [enum, key | undefined]
        self.emit(op.DUP)
        self.emit(op.JUMP_IF_UNDEFINED, exhausted, node)  # [enum, key]
        if fresh:
            self.enter_scope(scope, node)
        self.for_each_target(node, scope)                 # [enum]
        self.loop(labels, node.body, top, done, stack=1, context_depth=outer_depth)
        if fresh:
            self.leave_scope(scope)
        self.emit(op.JUMP_LOOP, top, node)
        self.bind(exhausted)
        self.emit(op.POP)                                 # the undefined key
        self.emit(op.POP)                                 # the enumerator
        self.bind(done)                                   # `break` pops the enumerator itself
        if scope is not None and not fresh:
            self.leave_scope(scope)

    def stmt_ForOfStatement(self, node, labels=()):
        """ForIn/OfBodyEvaluation (14.7.5.7) with an iterator: [iter, next]
        stay on the stack.  An exception from the target or the body
        closes the iterator quietly and is rethrown (a handler over that
        range; `next`, `done` and `value` errors are not covered: they do
        not close it); `break`, `return` and jumps further out close it
        through trampolines after the body (see JumpTarget)."""
        is_await = node.is_await
        scope, fresh = self.for_each_head(node)
        top, exhausted, done, close = self.label(), self.label(), self.label(), self.label()
        start, end, handler = self.label(), self.label(), self.label()
        self.emit(op.GET_ASYNC_ITERATOR if is_await else op.GET_ITERATOR, None, node.right)
        self.a.note_call_site(node.right.start, node.right.end)
        outer_depth = self.for_each_head_done(scope, fresh)
        handler_depth = self.operand_depth() + 2
        self.bind(top)
        self.emit(op.ITERATOR_NEXT, None, node)           # [iter, next, result]
        if is_await:
            self.await_top(node)
        self.emit(op.ITERATOR_DONE, None, node)           # [iter, next, result, done]
        self.emit(op.JUMP_IF_TRUE, exhausted, node)
        self.emit(op.ITERATOR_VALUE, None, node)          # [iter, next, value]
        self.bind(start)
        if fresh:
            self.enter_scope(scope, node)
        self.for_each_target(node, scope)                 # [iter, next]
        target = self.loop(labels, node.body, top, close, stack=2, context_depth=outer_depth,
                           closes_iterator=True)
        if fresh:
            self.leave_scope(scope)
        self.bind(end)
        self.emit(op.JUMP_LOOP, top, node)
        self.add_handler(start, end, handler, handler_depth)
        self.bind(handler)                                # [iter, next, exc]
        exc = self.a.new_register()
        self.emit(op.STORE_REG, exc)
        if is_await:
            self.close_async_iterator_quietly(node)
        else:
            self.emit(op.ITERATOR_CLOSE_QUIET)
        self.emit(op.LOAD_REG, exc)
        self.emit(op.RETHROW)
        self.bind(close)                                  # `break`: [iter, next]
        self.close_iterator(node, is_await)
        self.emit(op.JUMP, done)
        for label, kind, payload in target.exits:         # exits further out
            self.bind(label)
            self.close_iterator(node, is_await)
            if kind == "return":
                self.emit(op.LOAD_REG, payload)
                self.emit_return(None)
            else:
                self.jump_out(payload[0], payload[1], None, payload[2])
        self.bind(exhausted)                              # [iter, next, result]
        self.emit(op.POP)
        self.emit(op.POP)
        self.emit(op.POP)
        self.bind(done)
        if scope is not None and not fresh:
            self.leave_scope(scope)

    def close_iterator(self, node, is_await):
        """[iter, next] -> []: IteratorClose, or AsyncIteratorClose
        (7.4.13: the result of `return` is awaited, then must be an object)."""
        if not is_await:
            self.emit(op.ITERATOR_CLOSE, None, node)
            return
        no_return = self.label()
        self.emit(op.ASYNC_ITERATOR_RETURN, no_return, node)   # [result]
        self.await_top(node)
        self.emit(op.THROW_IF_NOT_OBJECT, None, node)
        self.bind(no_return)
        self.emit(op.POP)

    def close_async_iterator_quietly(self, node):
        """[iter, next] -> []: AsyncIteratorClose for a throw completion:
        `return` is called and its result awaited, any error of that
        ignored (the original exception is rethrown after)."""
        start, end, quiet, after, no_return = (self.label() for _ in range(5))
        depth = self.depth - 2
        self.bind(start)
        self.emit(op.ASYNC_ITERATOR_RETURN, no_return, node)   # [result]
        self.await_top(node)
        self.bind(no_return)
        self.emit(op.POP)
        self.bind(end)
        self.emit(op.JUMP, after)
        self.add_handler(start, end, quiet, depth)
        self.bind(quiet)
        self.emit(op.POP)
        self.bind(after)

    def for_each_head(self, node):
        """Evaluate the right-hand side of for-in/of.  A lexical head gets a
        scope: its names are in the TDZ while the expression runs
        (14.7.5.6 step 2); when closures capture them (`fresh`), each
        iteration gets a new context (14.7.5.7 step j)."""
        scope = self.block_scope(node)
        fresh = scope is not None and scope.needs_context
        if scope is not None:
            self.enter_scope(scope, node)
        self.expression(node.right)
        return scope, fresh

    def for_each_head_done(self, scope, fresh):
        """Leave the TDZ context of a `fresh` head; the context depth
        outside the iterations (what break/continue pop back to)."""
        if fresh:
            self.leave_scope(scope)
        return self.context_depth

    def for_each_target(self, node, scope):
        """Pop the next key/value into the loop's target; the loop's own
        stack values (enumerator or iterator record) sit below it."""
        self.pending_stack = 2 if node.type == "ForOfStatement" else 1
        try:
            self._for_each_target(node)
        finally:
            self.pending_stack = 0

    def _for_each_target(self, node):
        left = node.left
        if left.type == "VariableDeclaration":
            self.assign_pattern(left.declarations[0].id, declare=True)
        else:
            self.assign_pattern(left, declare=False)

    def stmt_WithStatement(self, node):
        """`with (obj) body` (14.11.2): an object environment around the
        body; names inside resolve through it at run time (LOAD_LOOKUP)."""
        self.expression(node.object)
        self.emit(op.PUSH_WITH_CONTEXT, None, node)
        self.context_depth += 1
        self.statement(node.body)
        self.emit(op.POP_CONTEXT)
        self.context_depth -= 1

    def stmt_LabeledStatement(self, node):
        labels = []
        body = node
        while body.type == "LabeledStatement":
            labels.append(body.label.name)
            body = body.body
        if body.type in _LOOPS:
            self.statement(body, tuple(labels))
            return
        end = self.label()
        self.jumps.append(JumpTarget(tuple(labels), end, None, self.context_depth, False))
        self.statement(body)
        self.jumps.pop()
        self.bind(end)

    def stmt_BreakStatement(self, node):
        target = self.find_jump(node, lambda t: node.label.name in t.labels
                                if node.label else (t.is_loop or t.is_switch))
        self.jump_out(target, target.break_label, node)

    def stmt_ContinueStatement(self, node):
        target = self.find_jump(node, lambda t: t.is_loop and (
            node.label is None or node.label.name in t.labels))
        self.jump_out(target, target.continue_label, node, keep_stack=True)

    def find_jump(self, node, accept):
        for target in reversed(self.jumps):
            if accept(target):
                return target
        raise CompileError("internal: no target for %s" % node.type, node.start)

    def jump_out(self, target, label, node, keep_stack=False):
        """Leave nested contexts and loop state, then jump; a finally block
        on the way runs first (it jumps on when it is done)."""
        for inner in reversed(self.jumps):
            if inner is target:
                break
            if isinstance(inner, FinallyTarget):
                inner.exits.append((target, label, keep_stack))
                for _ in range(self.context_depth - inner.context_depth):
                    self.emit(op.POP_CONTEXT)
                self.emit(op.LOAD_SMI, op.COMPLETION_JUMP + len(inner.exits) - 1)
                self.emit(op.STORE_REG, inner.kind_reg)
                self.emit(op.JUMP, inner.entry, node)
                return
            if inner.closes_iterator:
                # close this loop's iterator on the way (a trampoline)
                for _ in range(self.context_depth - inner.context_depth):
                    self.emit(op.POP_CONTEXT)
                trampoline = self.label()
                inner.exits.append((trampoline, "jump", (target, label, keep_stack)))
                self.emit(op.JUMP, trampoline, node)
                return
            for _ in range(inner.stack):
                self.emit(op.POP)
        if not keep_stack and not target.closes_iterator:   # a for-of's break label closes
            for _ in range(target.stack):
                self.emit(op.POP)
        for _ in range(self.context_depth - target.context_depth):
            self.emit(op.POP_CONTEXT)
        self.emit(op.JUMP, label, node)

    def stmt_SwitchStatement(self, node):
        """Cases are tested with === in order; the bodies follow, falling
        through; the case block is one scope (ECMA-262 14.12.4)."""
        discriminant = self.a.new_register()
        self.expression(node.discriminant)
        self.emit(op.STORE_REG, discriminant)
        scope = self.block_scope(node)
        if scope is not None:
            self.enter_scope(scope, node)
            self.hoist_functions(scope)
        end = self.label()
        bodies = [self.label() for _ in node.cases]
        default = None
        for case, body in zip(node.cases, bodies):
            if case.test is None:
                default = body
                continue
            self.emit(op.LOAD_REG, discriminant)
            self.expression(case.test)
            self.emit(op.STRICT_EQ, None, case)
            self.emit(op.JUMP_IF_TRUE, body, case)
        self.emit(op.JUMP, default or end)
        self.jumps.append(JumpTarget((), end, None, self.context_depth, False, is_switch=True))
        for case, body in zip(node.cases, bodies):
            self.bind(body)
            self.statements(case.consequent)
        self.jumps.pop()
        self.bind(end)
        if scope is not None:
            self.leave_scope(scope)

    def operand_depth(self):
        """Values statements of this function keep on the operand stack here
        (for-in enumerators): exception handlers unwind to this depth."""
        return sum(t.stack for t in self.jumps) + self.pending_stack

    def stmt_TryStatement(self, node):
        if node.finalizer is None:
            self.try_catch(node)
            return
        # try/finally: every way out of the protected part (normal end,
        # exception, return, break/continue) stores a completion kind and
        # value in two registers and runs the one copy of the finally
        # block, which then dispatches on the kind (ECMA-262 14.15.3).
        fin = FinallyTarget(self.context_depth, self.label(),
                            self.a.new_register(), self.a.new_register())
        saved = self.a.new_register()
        start, end, handler = self.label(), self.label(), self.label()
        self.emit(op.SAVE_CONTEXT, saved, node)
        self.jumps.append(fin)
        self.bind(start)
        if node.handler is not None:
            self.try_catch(node)
        else:
            self.stmt_BlockStatement(node.block)
        self.bind(end)
        self.jumps.pop()
        self.emit(op.LOAD_SMI, op.COMPLETION_NORMAL)
        self.emit(op.STORE_REG, fin.kind_reg)
        self.emit(op.JUMP, fin.entry)
        self.add_handler(start, end, handler, self.operand_depth())
        self.bind(handler)                                  # [exception]
        self.emit(op.RESTORE_CONTEXT, saved, node.finalizer)
        self.emit(op.STORE_REG, fin.value_reg)
        self.emit(op.LOAD_SMI, op.COMPLETION_THROW)
        self.emit(op.STORE_REG, fin.kind_reg)
        self.bind(fin.entry)
        completion = getattr(self, "completion_register", None)
        if completion is not None:
            # a finally block that ends normally keeps the value of the
            # try / catch part; one that jumps out has its own (14.15.3)
            kept = self.a.new_register()
            self.emit(op.LOAD_REG, completion)
            self.emit(op.STORE_REG, kept)
            self.reset_completion()
        self.stmt_BlockStatement(node.finalizer)
        if completion is not None:
            self.emit(op.LOAD_REG, kept)
            self.emit(op.STORE_REG, completion)
        self.finally_dispatch(fin)

    def finally_dispatch(self, fin):
        """After a finally block: go on as the completion that entered it."""
        after = self.label()
        self.emit(op.LOAD_REG, fin.kind_reg)
        self.emit(op.LOAD_SMI, op.COMPLETION_NORMAL)
        self.emit(op.STRICT_EQ)
        self.emit(op.JUMP_IF_TRUE, after)
        cases = [(op.COMPLETION_THROW, None), (op.COMPLETION_RETURN, None)]
        cases += [(op.COMPLETION_JUMP + i, exit) for i, exit in enumerate(fin.exits)]
        for kind, exit in cases:
            skip = self.label()
            self.emit(op.LOAD_REG, fin.kind_reg)
            self.emit(op.LOAD_SMI, kind)
            self.emit(op.STRICT_EQ)
            self.emit(op.JUMP_IF_FALSE, skip)
            if kind == op.COMPLETION_THROW:
                self.emit(op.LOAD_REG, fin.value_reg)
                self.emit(op.RETHROW)
            elif kind == op.COMPLETION_RETURN:
                self.emit(op.LOAD_REG, fin.value_reg)
                self.emit_return(None)
            else:
                target, label, keep_stack = exit
                self.jump_out(target, label, None, keep_stack)
            self.bind(skip)
        self.bind(after)

    def emit_return(self, node):
        """Return the value on top of the stack, through every enclosing
        finally block."""
        for i in range(len(self.jumps) - 1, -1, -1):
            fin = self.jumps[i]
            if isinstance(fin, PatternTarget):
                self.close_pattern_iterator(fin)
                continue
            if fin.closes_iterator:
                # close the iterator of this for-of first (its trampoline
                # returns on from there)
                reg = self.a.new_register()
                self.emit(op.STORE_REG, reg, node)
                for inner in self.jumps[i + 1:]:
                    for _ in range(inner.stack):
                        self.emit(op.POP)
                for _ in range(self.context_depth - fin.context_depth):
                    self.emit(op.POP_CONTEXT)
                trampoline = self.label()
                fin.exits.append((trampoline, "return", reg))
                self.emit(op.JUMP, trampoline, node)
                return
            if isinstance(fin, FinallyTarget):
                self.emit(op.STORE_REG, fin.value_reg, node)
                for inner in self.jumps[i + 1:]:
                    for _ in range(inner.stack):
                        self.emit(op.POP)
                for _ in range(self.context_depth - fin.context_depth):
                    self.emit(op.POP_CONTEXT)
                self.emit(op.LOAD_SMI, op.COMPLETION_RETURN)
                self.emit(op.STORE_REG, fin.kind_reg)
                self.emit(op.JUMP, fin.entry)
                return
        if self.scope.is_derived_constructor:
            self.jump_to_derived_return(node)
            return
        self.emit(op.RETURN, None, node)

    def close_pattern_iterator(self, pattern):
        """[v] -> [v], the pattern's iterator closed unless it is done
        (marked done first: its handler must not close it again)."""
        skip = self.label()
        self.emit(op.LOAD_REG, pattern.done_reg)
        self.emit(op.JUMP_IF_TRUE, skip)
        self.emit(op.LOAD_TRUE)
        self.emit(op.STORE_REG, pattern.done_reg)
        self.emit(op.LOAD_REG, pattern.iter_reg)
        self.emit(op.LOAD_REG, pattern.next_reg)
        self.emit(op.ITERATOR_CLOSE)
        self.bind(skip)

    def try_catch(self, node):
        saved = self.a.new_register()
        start, end, handler, after = self.label(), self.label(), self.label(), self.label()
        self.emit(op.SAVE_CONTEXT, saved, node)
        self.bind(start)
        self.stmt_BlockStatement(node.block)
        self.bind(end)
        self.emit(op.JUMP, after)
        self.add_handler(start, end, handler, self.operand_depth())
        self.bind(handler)                                  # [exception]
        self.emit(op.RESTORE_CONTEXT, saved, node.handler)
        self.catch_clause(node.handler)
        self.bind(after)

    def catch_clause(self, clause):
        scope = self.block_scope(clause)
        context_before = self.context_depth
        if scope is not None:
            self.enter_scope(scope, clause)
        if clause.param is None:
            self.emit(op.POP)
        else:
            self.assign_pattern(clause.param, declare=True)
        self.stmt_BlockStatement(clause.body)
        if scope is not None:
            self.leave_scope(scope)
        assert self.context_depth == context_before


_LOOPS = frozenset(("WhileStatement", "DoWhileStatement", "ForStatement",
                    "ForInStatement", "ForOfStatement"))
# Statements whose completion is UpdateEmpty(result, undefined) (ECMA-262
# 14.6-14.15): they reset the script's completion value when they start.
_UPDATE_EMPTY = _LOOPS | frozenset(("IfStatement", "SwitchStatement", "TryStatement",
                                    "WithStatement"))
