using System.Collections.Immutable;
using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Legacy;

internal sealed partial class CodeGenerator
{
    /// <summary>compiler_comprehension: a nested <c>&lt;listcomp&gt;</c> code object called with the outermost iterator.</summary>
    private void ListComp(ListCompNode comp)
    {
        var outermost = comp.Generators[0];
        EnterScope(comp, UnitKind.Comprehension, "<listcomp>", comp.Span.Line);
        _unit.Emit(LegacyOp.BuildList, 0);
        Generator(comp.Generators, 0, 0, comp.Elt);
        _unit.Emit(LegacyOp.ReturnValue);
        var qualifiedName = _unit.QualifiedName;
        var code = ExitScope(addNone: true);
        MakeClosure(code, 0, qualifiedName);
        VisitExpression(outermost.Iter);
        _unit.Emit(LegacyOp.GetIter);
        _unit.Emit(LegacyOp.CallFunction, 1);
    }

    private void Generator(ImmutableArray<Comprehension> generators, int index, int depth, Expression element)
    {
        var generator = generators[index];
        BasicBlock? start = _unit.NewBlock();
        var skip = _unit.NewBlock();
        var ifCleanup = _unit.NewBlock();
        var anchor = _unit.NewBlock();
        if (index == 0)
        {
            // The outermost iterator arrives as the implicit argument ".0".
            _unit.ArgCount = 1;
            _unit.Emit(LegacyOp.LoadFast, 0);
        }
        else if (generator.Iter is ListNode { Elts.Length: 1 } or TupleNode { Elts.Length: 1 })
        {
            // "for y in [f(x)]": a plain assignment, no loop.
            var only = generator.Iter is ListNode list ? list.Elts[0] : ((TupleNode)generator.Iter).Elts[0];
            VisitExpression(only);
            start = null;
        }
        else
        {
            VisitExpression(generator.Iter);
            _unit.Emit(LegacyOp.GetIter);
        }

        if (start is not null)
        {
            depth++;
            _unit.UseNextBlock(start);
            _unit.EmitJump(LegacyOp.ForIter, anchor);
            _unit.NextBlock();
        }

        VisitExpression(generator.Target);
        foreach (var condition in generator.Ifs)
        {
            JumpIf(condition, ifCleanup, condition: false);
            _unit.NextBlock();
        }

        if (index + 1 < generators.Length)
        {
            Generator(generators, index + 1, depth, element);
        }
        else
        {
            VisitExpression(element);
            _unit.Emit(LegacyOp.ListAppend, depth + 1);
            _unit.UseNextBlock(skip);
        }

        _unit.UseNextBlock(ifCleanup);
        if (start is not null)
        {
            _unit.EmitJump(LegacyOp.JumpAbsolute, start);
            _unit.UseNextBlock(anchor);
        }
    }
}
