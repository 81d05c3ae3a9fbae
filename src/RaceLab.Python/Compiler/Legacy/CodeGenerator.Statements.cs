using RaceLab.Python.Bytecode;
using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Legacy;

internal sealed partial class CodeGenerator
{
    private void VisitStatements(IEnumerable<Statement> statements)
    {
        foreach (var statement in statements)
        {
            VisitStatement(statement);
        }
    }

    private void VisitStatement(Statement statement)
    {
        SetStatementLine(statement);
        switch (statement)
        {
            case FunctionDefNode def:
                FunctionDef(def);
                break;
            case ClassDefNode classDef:
                ClassDef(classDef);
                break;
            case TryNode node:
                Try(node);
                break;
            case RaiseNode node:
                Raise(node);
                break;
            case DeleteNode node:
                foreach (var target in node.Targets)
                {
                    Delete(target);
                }

                break;
            case ReturnNode ret:
                Return(ret);
                break;
            case AssignNode assign:
                VisitExpression(assign.Value);
                for (var i = 0; i < assign.Targets.Length; i++)
                {
                    if (i < assign.Targets.Length - 1)
                    {
                        _unit.Emit(LegacyOp.DupTop);
                    }

                    VisitExpression(assign.Targets[i]);
                }

                break;
            case AnnAssignNode node:
                AnnotatedAssignment(node);
                break;
            case AugAssignNode aug:
                AugAssign(aug);
                break;
            case ForNode node:
                For(node);
                break;
            case WhileNode node:
                While(node);
                break;
            case IfNode node:
                If(node);
                break;
            case WithNode node:
                With(node, 0);
                break;
            case AssertNode node:
                Assert(node);
                break;
            case ImportNode node:
                Import(node);
                break;
            case ImportFromNode node:
                ImportFrom(node);
                break;
            case GlobalNode or NonlocalNode:
                break;
            case ExprStatementNode expr:
                ExpressionStatement(expr);
                break;
            case PassNode:
                if (!Is39)
                {
                    _unit.Emit(LegacyOp.Nop);
                }

                break;
            case BreakNode:
                Break();
                break;
            case ContinueNode:
                Continue();
                break;
            default:
                throw new NotSupportedException($"{_fileName}:{statement.Span.Line}: statement {statement.GetType().Name} is not compiled");
        }
    }

    private void ExpressionStatement(ExprStatementNode statement)
    {
        if (statement.Value is ConstantNode)
        {
            // A constant statement compiles to nothing (3.10 keeps a NOP for its line).
            if (!Is39)
            {
                _unit.Emit(LegacyOp.Nop);
            }

            return;
        }

        VisitExpression(statement.Value);
        if (!Is39)
        {
            // 3.10's compiler_visit_stmt_expr marks the POP_TOP artificial, and what follows stays line-less.
            _unit.Line = -1;
        }

        _unit.Emit(LegacyOp.PopTop);
    }

    private void AugAssign(AugAssignNode aug)
    {
        var op = InplaceOp(aug.Op);
        switch (aug.Target)
        {
            case NameNode name:
                NameOp(name.Id, ExprContext.Load);
                VisitExpression(aug.Value);
                _unit.Emit(op);
                if (!Is39)
                {
                    _unit.SetLine(aug.Target.Span.Line);
                }

                NameOp(name.Id, ExprContext.Store);
                break;
            case AttributeNode attribute:
                VisitExpression(attribute.Value);
                _unit.Emit(LegacyOp.DupTop);
                EmitAttribute(LegacyOp.LoadAttr, attribute);
                VisitExpression(aug.Value);
                _unit.Emit(op);
                if (!Is39)
                {
                    _unit.SetLine(aug.Target.Span.Line);
                }

                _unit.Emit(LegacyOp.RotTwo);
                EmitAttribute(LegacyOp.StoreAttr, attribute);
                break;
            case SubscriptNode subscript:
                VisitExpression(subscript.Value);
                VisitExpression(subscript.Slice);
                _unit.Emit(LegacyOp.DupTopTwo);
                _unit.Emit(LegacyOp.BinarySubscr);
                VisitExpression(aug.Value);
                _unit.Emit(op);
                if (!Is39)
                {
                    _unit.SetLine(aug.Target.Span.Line);
                }

                _unit.Emit(LegacyOp.RotThree);
                _unit.Emit(LegacyOp.StoreSubscr);
                break;
            default:
                throw new NotSupportedException($"{_fileName}:{aug.Span.Line}: augmented assignment target");
        }
    }

    private void Return(ReturnNode ret)
    {
        var preserve = ret.Value is not null and not ConstantNode;
        if (preserve)
        {
            VisitExpression(ret.Value!);
        }
        else if (!Is39)
        {
            if (ret.Value is not null)
            {
                _unit.SetLine(ret.Value.Span.Line);
                _unit.Emit(LegacyOp.Nop);
            }
        }

        if (!Is39 && (ret.Value is null || ret.Value.Span.Line != ret.Span.Line))
        {
            _unit.SetLine(ret.Span.Line);
            _unit.Emit(LegacyOp.Nop);
        }

        UnwindAll(preserve);
        if (ret.Value is null)
        {
            _unit.EmitConst(NoneConstant.Instance);
        }
        else if (!preserve)
        {
            _unit.EmitConst(((ConstantNode)ret.Value).Value);
        }

        _unit.Emit(LegacyOp.ReturnValue);
        if (!Is39)
        {
            _unit.NextBlock();
        }
    }

    private void Import(ImportNode node)
    {
        foreach (var alias in node.Names)
        {
            _unit.EmitConst(new IntConstant(0));
            _unit.EmitConst(NoneConstant.Instance);
            _unit.EmitName(LegacyOp.ImportName, alias.Name);
            if (alias.AsName is null)
            {
                NameOp(alias.Name.Split('.')[0], ExprContext.Store);
                continue;
            }

            var parts = alias.Name.Split('.');
            if (parts.Length == 1)
            {
                NameOp(alias.AsName, ExprContext.Store);
                continue;
            }

            // compiler_import_as: walk down the dotted path with IMPORT_FROM.
            for (var i = 1; i < parts.Length; i++)
            {
                _unit.EmitName(LegacyOp.ImportFrom, parts[i]);
                if (i < parts.Length - 1)
                {
                    _unit.Emit(LegacyOp.RotTwo);
                    _unit.Emit(LegacyOp.PopTop);
                }
            }

            NameOp(alias.AsName, ExprContext.Store);
            _unit.Emit(LegacyOp.PopTop);
        }
    }

    private void ImportFrom(ImportFromNode node)
    {
        _unit.EmitConst(new IntConstant(0));
        var names = node.Names.Select(a => (Constant)new StringConstant(a.Name)).ToArray();
        _unit.EmitConst(new TupleConstant([.. names]));
        _unit.EmitName(LegacyOp.ImportName, node.Module);
        foreach (var alias in node.Names)
        {
            _unit.EmitName(LegacyOp.ImportFrom, alias.Name);
            NameOp(alias.AsName ?? alias.Name, ExprContext.Store);
        }

        _unit.Emit(LegacyOp.PopTop);
    }

    private void Assert(AssertNode node)
    {
        var end = _unit.NewBlock();
        JumpIf(node.Test, end, condition: true);
        _unit.Emit(LegacyOp.LoadAssertionError);
        if (node.Msg is not null)
        {
            VisitExpression(node.Msg);
            _unit.Emit(LegacyOp.CallFunction, 1);
        }

        _unit.Emit(LegacyOp.RaiseVarargs, 1);
        _unit.UseNextBlock(end);
    }
}
