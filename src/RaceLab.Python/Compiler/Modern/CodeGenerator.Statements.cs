using RaceLab.Python.Bytecode;
using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Modern;

internal sealed partial class CodeGenerator
{
    private void Statements(IEnumerable<Statement> statements)
    {
        foreach (var statement in statements)
        {
            Statement(statement);
        }
    }

    private void Statement(Statement statement)
    {
        var loc = Loc(statement);
        _statementLoc = loc;
        switch (statement)
        {
            case ClassDefNode classDef:
                ClassDef(classDef);
                break;
            case TryNode node:
                Try(node);
                break;
            case RaiseNode node:
                Raise(node, loc);
                break;
            case DeleteNode node:
                foreach (var target in node.Targets)
                {
                    Delete(target);
                }

                break;
            case FunctionDefNode def:
                FunctionDef(def);
                break;
            case ReturnNode r:
                Return(r);
                break;
            case AssignNode a:
                Expression(a.Value);
                for (var i = 0; i < a.Targets.Length; i++)
                {
                    if (i < a.Targets.Length - 1)
                    {
                        Emit(Op.COPY, 1, loc);
                    }

                    Expression(a.Targets[i]);
                }

                break;
            case AnnAssignNode node:
                AnnotatedAssignment(node);
                break;
            case AugAssignNode aug:
                AugAssign(aug);
                break;
            case ForNode f:
                For(f);
                break;
            case WhileNode w:
                While(w);
                break;
            case IfNode i:
                If(i);
                break;
            case WithNode with:
                With(with, 0);
                break;
            case AssertNode assert:
                Assert(assert);
                break;
            case ImportNode import:
                Import(import);
                break;
            case ImportFromNode from:
                ImportFrom(from);
                break;
            case GlobalNode or NonlocalNode:
                break;
            case ExprStatementNode e:
                if (e.Value is ConstantNode)
                {
                    Emit(Op.NOP, loc);
                    break;
                }

                Expression(e.Value);
                Emit(Op.POP_TOP, SourceLocation.None);

                // compiler_visit_stmt_expr leaves the location unset after its artificial POP_TOP.
                _statementLoc = SourceLocation.None;
                break;
            case PassNode:
                Emit(Op.NOP, loc);
                break;
            case BreakNode:
                Break(loc);
                break;
            case ContinueNode:
                Continue(loc);
                break;
            default:
                throw new InvalidOperationException($"cannot compile {statement.GetType().Name}");
        }
    }

    private void If(IfNode node)
    {
        var end = NewLabel();
        var next = node.OrElse.Length > 0 ? NewLabel() : end;
        JumpIf(node.Test, next, false, Loc(node));
        Statements(node.Body);
        if (node.OrElse.Length > 0)
        {
            EmitJump(SyntheticJump, end, SourceLocation.None);
            UseLabel(next);
            Statements(node.OrElse);
        }

        UseLabel(end);
    }

    private void Assert(AssertNode node)
    {
        var loc = Loc(node);
        var end = NewLabel();
        if (Is311)
        {
            // 3.11's compiler_jump_if may leave u_loc at the test (a chained comparison); a RERAISE after it uses that.
            loc = JumpIf(node.Test, end, true, loc);
            _statementLoc = loc;
        }
        else
        {
            JumpIf(node.Test, end, true, loc);
        }

        Emit(Op.LOAD_ASSERTION_ERROR, loc);
        if (node.Msg is not null)
        {
            Expression(node.Msg);
            EmitCall(0, loc);
        }

        // 3.13 blames the raise on the test, so tracebacks point at it.
        Emit(Op.RAISE_VARARGS, 1, AtLeast313 ? Loc(node.Test) : loc);
        UseLabel(end);
    }

    private void Import(ImportNode node)
    {
        var loc = Loc(node);
        foreach (var alias in node.Names)
        {
            LoadConst(new IntConstant(0), loc);
            LoadConst(NoneConstant.Instance, loc);
            Emit(Op.IMPORT_NAME, _unit.AddName(alias.Name), loc);
            if (alias.AsName is not null)
            {
                var parts = alias.Name.Split('.');
                if (parts.Length > 1)
                {
                    for (var i = 1; i < parts.Length; i++)
                    {
                        Emit(Op.IMPORT_FROM, _unit.AddName(parts[i]), loc);
                        if (i < parts.Length - 1)
                        {
                            Emit(Op.SWAP, 2, loc);
                            Emit(Op.POP_TOP, loc);
                        }
                    }

                    StoreName(alias.AsName, loc);
                    Emit(Op.POP_TOP, loc);
                }
                else
                {
                    StoreName(alias.AsName, loc);
                }
            }
            else
            {
                StoreName(alias.Name.Split('.')[0], loc);
            }
        }
    }

    private void ImportFrom(ImportFromNode node)
    {
        var loc = Loc(node);
        LoadConst(new IntConstant(0), loc);
        LoadConst(new TupleConstant(Strings(node.Names.Select(a => a.Name))), loc);
        Emit(Op.IMPORT_NAME, _unit.AddName(node.Module), loc);
        foreach (var alias in node.Names)
        {
            Emit(Op.IMPORT_FROM, _unit.AddName(alias.Name), loc);
            StoreName(alias.AsName ?? alias.Name, loc);
        }

        Emit(Op.POP_TOP, loc);
    }

    private void AugAssign(AugAssignNode node)
    {
        var target = node.Target;
        var loc = Loc(target);

        // compiler_augassign ends with the target's location set (SET_LOC before the store).
        _statementLoc = loc;
        switch (target)
        {
            case AttributeNode attribute:
                Expression(attribute.Value);
                Emit(Op.COPY, 1, loc);
                Emit(Op.LOAD_ATTR, AttrArg(attribute.Attr, method: false), AttrLoc(loc, attribute));
                break;
            case SubscriptNode subscript when !Is311 && IsTwoElementSlice(subscript.Slice):
                Expression(subscript.Value);
                Slice((SliceNode)subscript.Slice);
                Emit(Op.COPY, 3, loc);
                Emit(Op.COPY, 3, loc);
                Emit(Op.COPY, 3, loc);
                Emit(Op.BINARY_SLICE, loc);
                break;
            case SubscriptNode subscript:
                Expression(subscript.Value);
                Expression(subscript.Slice);
                Emit(Op.COPY, 2, loc);
                Emit(Op.COPY, 2, loc);
                Emit(Op.BINARY_SUBSCR, loc);
                break;
            case NameNode name:
                LoadName(name.Id, loc);
                break;
            default:
                throw new InvalidOperationException("invalid augmented assignment target");
        }

        Expression(node.Value);
        Emit(Op.BINARY_OP, BinaryOpArg(node.Op, inplace: true), Loc(node));
        switch (target)
        {
            case AttributeNode attribute:
                Emit(Op.SWAP, 2, AttrLoc(loc, attribute));
                Emit(Op.STORE_ATTR, _unit.AddName(attribute.Attr), AttrLoc(loc, attribute));
                break;
            case SubscriptNode subscript when !Is311 && IsTwoElementSlice(subscript.Slice):
                Emit(Op.SWAP, 4, loc);
                Emit(Op.SWAP, 3, loc);
                Emit(Op.SWAP, 2, loc);
                Emit(Op.STORE_SLICE, loc);
                break;
            case SubscriptNode:
                Emit(Op.SWAP, 3, loc);
                Emit(Op.SWAP, 2, loc);
                Emit(Op.STORE_SUBSCR, loc);
                break;
            case NameNode name:
                StoreName(name.Id, loc);
                break;
            default:
                break;
        }
    }
}
