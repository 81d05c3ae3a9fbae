using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Modern;

internal sealed partial class CodeGenerator
{
    private void ListComp(ListCompNode comp)
    {
        var loc = Loc(comp);
        var scope = _scopes[comp];
        if (scope.Inlined)
        {
            InlinedListComp(comp, scope, loc);
            return;
        }

        var code = CompileChild(scope, "<listcomp>", comp.Span.Line, unit =>
        {
            Emit(Op.BUILD_LIST, 0, loc);
            var end = ComprehensionGenerator(comp, 0, 0, loc, iterOnStack: false);
            Emit(Op.RETURN_VALUE, end);
        });
        MakeClosure(code, 0, loc);
        Expression(comp.Generators[0].Iter);
        Emit(Op.GET_ITER, loc);
        EmitCall(0, loc);
    }

    /// <summary>
    /// 3.12+ (PEP 709): the comprehension runs in the enclosing frame; its iteration variables are saved
    /// with LOAD_FAST_AND_CLEAR and restored afterwards, also when an exception escapes.
    /// </summary>
    private void InlinedListComp(ListCompNode comp, Scope scope, SourceLocation loc)
    {
        var none = SourceLocation.None;
        Expression(comp.Generators[0].Iter);
        Emit(Op.GET_ITER, AtLeast313 ? Loc(comp.Generators[0].Iter) : loc);
        var outerScope = _scope;
        var pushed = scope.Bound.ToList();
        var hidden = new List<string>();
        foreach (var name in pushed)
        {
            if (!_unit.Scope.IsFunctionLike && _unit.FastHidden.Add(name))
            {
                hidden.Add(name);
            }

            Emit(Op.LOAD_FAST_AND_CLEAR, _unit.AddVarName(name), loc);
            if (scope[name] == NameScope.Cell)
            {
                // A closure inside captures the iteration variable: it gets a fresh cell per comprehension.
                Emit(Op.MAKE_CELL, RawDerefIndex(name), loc);
            }
        }

        var cleanup = NewLabel();
        var end = NewLabel();
        if (pushed.Count > 0)
        {
            Emit(Op.SWAP, pushed.Count + 1, loc);
            EmitJump(Op.SETUP_FINALLY, cleanup, none);
        }

        _scope = scope;
        Emit(Op.BUILD_LIST, 0, loc);
        Emit(Op.SWAP, 2, loc);
        ComprehensionGenerator(comp, 0, 0, loc, iterOnStack: true);
        _scope = outerScope;
        if (pushed.Count > 0)
        {
            Emit(Op.POP_BLOCK, none);
            EmitJump(Op.JUMP_NO_INTERRUPT, end, none);
            UseLabel(cleanup);
            Emit(Op.SWAP, 2, none);
            Emit(Op.POP_TOP, none);
            RestoreInlinedLocals(pushed, loc);
            Emit(Op.RERAISE, 0, none);
            UseLabel(end);
            RestoreInlinedLocals(pushed, loc);
        }

        foreach (var name in hidden)
        {
            _unit.FastHidden.Remove(name);
        }
    }

    private void RestoreInlinedLocals(List<string> pushed, SourceLocation loc)
    {
        Emit(Op.SWAP, pushed.Count + 1, loc);
        for (var i = pushed.Count - 1; i >= 0; i--)
        {
            Emit(Op.STORE_FAST_MAYBE_NULL, _unit.AddVarName(pushed[i]), loc);
        }
    }

    /// <summary>CPython's compiler_sync_comprehension_generator.</summary>
    private SourceLocation ComprehensionGenerator(ListCompNode comp, int index, int depth, SourceLocation loc, bool iterOnStack)
    {
        var generator = comp.Generators[index];
        var start = NewLabel();
        var ifCleanup = NewLabel();
        var anchor = NewLabel();
        var hasLoop = true;
        if (!iterOnStack)
        {
            if (index == 0)
            {
                _unit.ArgCount = 1;
                Emit(Op.LOAD_FAST, _unit.AddVarName(".0"), loc);
            }
            else if (generator.Iter is ListNode { Elts.Length: 1 } or TupleNode { Elts.Length: 1 })
            {
                // "for y in [f(x)]": binds y without a loop.
                Expression(generator.Iter is ListNode list ? list.Elts[0] : ((TupleNode)generator.Iter).Elts[0]);
                hasLoop = false;
            }
            else
            {
                Expression(generator.Iter);
                Emit(Op.GET_ITER, AtLeast313 ? Loc(generator.Iter) : loc);
            }
        }

        if (hasLoop)
        {
            depth++;
            UseLabel(start);
            EmitJump(Op.FOR_ITER, anchor, AtLeast313 ? Loc(generator.Iter) : loc);
        }

        Expression(generator.Target);
        foreach (var test in generator.Ifs)
        {
            var after = JumpIf(test, ifCleanup, false, loc);
            loc = Is311 ? after : loc;
        }

        if (index + 1 < comp.Generators.Length)
        {
            loc = ComprehensionGenerator(comp, index + 1, depth, loc, iterOnStack: false);
        }

        var eltLoc = Is311 ? loc : Loc(comp.Elt);
        if (index + 1 >= comp.Generators.Length)
        {
            Expression(comp.Elt);
            Emit(Op.LIST_APPEND, depth + 1, eltLoc);
        }

        UseLabel(ifCleanup);
        if (hasLoop)
        {
            EmitJump(Op.JUMP, start, eltLoc);
            UseLabel(anchor);
            if (!Is311)
            {
                Emit(Op.END_FOR, SourceLocation.None);
                if (AtLeast313)
                {
                    Emit(Op.POP_TOP, SourceLocation.None);
                }
            }
        }

        return loc;
    }
}
