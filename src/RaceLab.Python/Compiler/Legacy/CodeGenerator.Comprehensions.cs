using System.Collections.Immutable;
using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Legacy;

internal sealed partial class CodeGenerator
{
    /// <summary>
    /// compiler_comprehension: a nested <c>&lt;listcomp&gt;</c> (setcomp, dictcomp, genexpr) code object called
    /// with the outermost iterator.
    /// </summary>
    private void Comprehension(ComprehensionNode comp)
    {
        var outermost = comp.Generators[0];
        EnterScope(comp, UnitKind.Comprehension, "<" + comp.BlockName + ">", comp.Span.Line);
        var build = comp.Kind switch
        {
            ComprehensionKind.List => LegacyOp.BuildList,
            ComprehensionKind.Set => LegacyOp.BuildSet,
            ComprehensionKind.Dict => LegacyOp.BuildMap,
            _ => (LegacyOp?)null,
        };
        if (build is { } op)
        {
            _unit.Emit(op, 0);
        }

        Generator(comp, 0, 0);
        if (build is not null)
        {
            _unit.Emit(LegacyOp.ReturnValue);
        }

        var qualifiedName = _unit.QualifiedName;
        var code = ExitScope(addNone: true);
        MakeClosure(code, 0, qualifiedName);
        VisitExpression(outermost.Iter);
        _unit.Emit(LegacyOp.GetIter);
        _unit.Emit(LegacyOp.CallFunction, 1);
    }

    private void Generator(ComprehensionNode comp, int index, int depth)
    {
        var generators = comp.Generators;
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
            Generator(comp, index + 1, depth);
        }
        else
        {
            ComprehensionElement(comp, depth);
            _unit.UseNextBlock(skip);
        }

        _unit.UseNextBlock(ifCleanup);
        if (start is not null)
        {
            _unit.EmitJump(LegacyOp.JumpAbsolute, start);
            _unit.UseNextBlock(anchor);
        }
    }

    /// <summary>The innermost body: add the element to the collection under the iterators, or yield it.</summary>
    private void ComprehensionElement(ComprehensionNode comp, int depth)
    {
        VisitExpression(comp.Elt);
        switch (comp.Kind)
        {
            case ComprehensionKind.List:
                _unit.Emit(LegacyOp.ListAppend, depth + 1);
                break;
            case ComprehensionKind.Set:
                _unit.Emit(LegacyOp.SetAdd, depth + 1);
                break;
            case ComprehensionKind.Dict:
                VisitExpression(comp.Value!);
                _unit.Emit(LegacyOp.MapAdd, depth + 1);
                break;
            default:
                _unit.Emit(LegacyOp.YieldValue);
                _unit.Emit(LegacyOp.PopTop);
                break;
        }
    }
}
