using RaceLab.Python.Bytecode;
using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Legacy;

internal sealed partial class CodeGenerator
{
    /// <summary>
    /// compiler_class: the body becomes a code object that fills the class namespace and returns the
    /// <c>__class__</c> cell (or None); the class is then <c>__build_class__(func, name, *bases, **keywords)</c>.
    /// </summary>
    private void ClassDef(ClassDefNode node)
    {
        Decorators(node.Decorators);
        EnterScope(node, UnitKind.Class, node.Name, FirstLine(node.Decorators, node.Span.Line));
        NameOp("__name__", ExprContext.Load);
        NameOp("__module__", ExprContext.Store);
        _unit.EmitConst(new StringConstant(_unit.QualifiedName));
        NameOp("__qualname__", ExprContext.Store);
        ClassBody(node.Body);

        // The return is artificial: 3.10 gives it no line.
        if (!Is39)
        {
            _unit.Line = -1;
        }

        if (_scope.NeedsClassClosure)
        {
            _unit.Emit(LegacyOp.LoadClosure, _unit.CellVars.Add("__class__"));
            _unit.Emit(LegacyOp.DupTop);
            NameOp("__classcell__", ExprContext.Store);
        }
        else
        {
            _unit.EmitConst(NoneConstant.Instance);
        }

        _unit.Emit(LegacyOp.ReturnValue);
        var code = ExitScope(addNone: true);

        _unit.Emit(LegacyOp.LoadBuildClass);
        MakeClosure(code, 0, node.Name);
        _unit.EmitConst(new StringConstant(node.Name));
        CallArguments(pushed: 2, node.Bases, node.Keywords);
        ApplyDecorators(node.Decorators);
        NameOp(node.Name, ExprContext.Store);
    }

    /// <summary>compiler_body: a leading string constant becomes <c>__doc__</c>, then the statements.</summary>
    private void ClassBody(IReadOnlyList<Statement> body)
    {
        SetupAnnotations(body);
        var start = 0;
        if (DocString(body) is { } doc)
        {
            SetStatementLine(body[0]);
            VisitExpression(doc);
            NameOp("__doc__", ExprContext.Store);
            start = 1;
        }

        for (var i = start; i < body.Count; i++)
        {
            VisitStatement(body[i]);
        }
    }
}
