using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Modern;

internal sealed partial class CodeGenerator
{
    /// <summary>compiler_comprehension: a list, set or dict comprehension (3.12+: inlined).</summary>
    private void Comprehension(ComprehensionNode comp)
    {
        var loc = Loc(comp);
        var scope = _scopes[comp];
        if (scope.Inlined)
        {
            InlinedListComp(comp, scope, loc);
            return;
        }

        var code = CompileChild(scope, "<" + comp.BlockName + ">", comp.Span.Line, unit =>
        {
            if (comp.Kind == ComprehensionKind.Generator)
            {
                ComprehensionGenerator(comp, 0, 0, loc, iterOnStack: false);
                WrapInStopIterationHandler();
                AddReturnAtEnd();
                return;
            }

            Emit(BuildOp(comp.Kind), 0, loc);
            var end = ComprehensionGenerator(comp, 0, 0, loc, iterOnStack: false);
            Emit(Op.RETURN_VALUE, end);
        });
        MakeClosure(code, 0, loc);
        Expression(comp.Generators[0].Iter);
        Emit(Op.GET_ITER, AtLeast313 ? Loc(comp.Generators[0].Iter) : loc);
        EmitCall(0, loc);
    }

    /// <summary>
    /// 3.12+ (PEP 709): the comprehension runs in the enclosing frame; its iteration variables are saved
    /// with LOAD_FAST_AND_CLEAR and restored afterwards, also when an exception escapes.
    /// </summary>
    /// <summary>3.12+: a dict comprehension's MAP_ADD (and loop jump) spans from the key's start to the value's end.</summary>
    private SourceLocation ElementLocation(ComprehensionNode comp)
    {
        var elt = Loc(comp.Elt);
        if (comp.Value is null)
        {
            return elt;
        }

        var value = Loc(comp.Value);
        return new SourceLocation(elt.Line, value.EndLine, elt.Column, value.EndColumn);
    }

    private static Op BuildOp(ComprehensionKind kind) => kind switch
    {
        ComprehensionKind.List => Op.BUILD_LIST,
        ComprehensionKind.Set => Op.BUILD_SET,
        _ => Op.BUILD_MAP,
    };

    /// <summary>The innermost body: add the element (a dict's key and value) to the collection under the iterators.</summary>
    private void ComprehensionElement(ComprehensionNode comp, int depth, SourceLocation loc)
    {
        Expression(comp.Elt);
        switch (comp.Kind)
        {
            case ComprehensionKind.List:
                Emit(Op.LIST_APPEND, depth + 1, loc);
                break;
            case ComprehensionKind.Set:
                Emit(Op.SET_ADD, depth + 1, loc);
                break;
            case ComprehensionKind.Generator:
                EmitYield(loc);
                Emit(Op.POP_TOP, loc);
                break;
            default:
                Expression(comp.Value!);
                Emit(Op.MAP_ADD, depth + 1, loc);
                break;
        }
    }

    private void InlinedListComp(ComprehensionNode comp, Scope scope, SourceLocation loc)
    {
        var none = SourceLocation.None;
        Expression(comp.Generators[0].Iter);
        Emit(Op.GET_ITER, AtLeast313 ? Loc(comp.Generators[0].Iter) : loc);
        var outerScope = _scope;

        // push_inlined_comprehension_state: in a class body (not inside another inlined comprehension) every
        // name of the comprehension is saved and made fast, its hidden ".0" iterator included.
        var inClassBlock = _unit.Scope.Kind == ScopeKind.Class && _unit.InlinedComprehensionDepth == 0;
        var pushed = inClassBlock ? scope.Symbols.ToList() : scope.Bound.ToList();
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
        _unit.InlinedComprehensionDepth++;
        Emit(BuildOp(comp.Kind), 0, loc);
        Emit(Op.SWAP, 2, loc);
        ComprehensionGenerator(comp, 0, 0, loc, iterOnStack: true);
        _unit.InlinedComprehensionDepth--;
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
    private SourceLocation ComprehensionGenerator(ComprehensionNode comp, int index, int depth, SourceLocation loc, bool iterOnStack)
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

        var eltLoc = Is311 ? loc : ElementLocation(comp);
        if (index + 1 >= comp.Generators.Length)
        {
            ComprehensionElement(comp, depth, eltLoc);
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
