using System.Collections.Immutable;
using RaceLab.Python.Bytecode;
using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Legacy;

internal sealed partial class CodeGenerator
{
    /// <summary>3.10's STACK_USE_GUIDELINE: longer displays are built one item at a time (3.9 has no limit).</summary>
    private const int StackUseGuideline = 30;

    /// <summary>compiler_visit_expr: the expression's line for its instructions, then the old one back.</summary>
    private void VisitExpression(Expression expression)
    {
        var oldLine = _unit.Line;
        if (Is39)
        {
            if (expression.Span.Line != _unit.Line)
            {
                _unit.SetLine(expression.Span.Line);
            }

            VisitExpressionBody(expression);
            if (oldLine != _unit.Line)
            {
                _unit.SetLine(oldLine);
            }

            return;
        }

        _unit.Line = expression.Span.Line;
        VisitExpressionBody(expression);
        _unit.Line = oldLine;
    }

    private void VisitExpressionBody(Expression expression)
    {
        switch (expression)
        {
            case ConstantNode constant:
                _unit.EmitConst(constant.Value);
                break;
            case NameNode name:
                NameOp(name.Id, name.Ctx);
                break;
            case BinOpNode bin:
                VisitExpression(bin.Left);
                VisitExpression(bin.Right);
                _unit.Emit(BinaryOp(bin.Op));
                break;
            case UnaryOpNode unary:
                VisitExpression(unary.Operand);
                _unit.Emit(UnaryOp(unary.Op));
                break;
            case BoolOpNode boolOp:
                BoolOp(boolOp);
                break;
            case CompareNode compare:
                Compare(compare);
                break;
            case CallNode call:
                Call(call);
                break;
            case AttributeNode attribute:
                VisitExpression(attribute.Value);
                EmitAttribute(attribute.Ctx == ExprContext.Store ? LegacyOp.StoreAttr : LegacyOp.LoadAttr, attribute);
                break;
            case SubscriptNode subscript:
                VisitExpression(subscript.Value);
                VisitExpression(subscript.Slice);
                _unit.Emit(subscript.Ctx == ExprContext.Store ? LegacyOp.StoreSubscr : LegacyOp.BinarySubscr);
                break;
            case SliceNode slice:
                Slice(slice);
                break;
            case TupleNode tuple:
                Sequence(tuple.Elts, tuple.Ctx, isTuple: true);
                break;
            case ListNode list:
                Sequence(list.Elts, list.Ctx, isTuple: false);
                break;
            case DictNode dict:
                Dict(dict);
                break;
            case SetNode set:
                StarUnpack(set.Elts, 0, LegacyOp.BuildSet, LegacyOp.SetAdd, LegacyOp.SetUpdate, tuple: false);
                break;
            case JoinedStrNode joined:
                JoinedStr(joined);
                break;
            case FormattedValueNode formatted:
                FormattedValue(formatted);
                break;
            case IfExpNode ifExp:
                IfExp(ifExp);
                break;
            case LambdaNode lambda:
                Lambda(lambda);
                break;
            case ComprehensionNode comp:
                Comprehension(comp);
                break;
            case YieldNode yield:
                if (yield.Value is null)
                {
                    _unit.EmitConst(NoneConstant.Instance);
                }
                else
                {
                    VisitExpression(yield.Value);
                }

                _unit.Emit(LegacyOp.YieldValue);
                break;
            case YieldFromNode yieldFrom:
                VisitExpression(yieldFrom.Value);
                _unit.Emit(LegacyOp.GetYieldFromIter);
                _unit.EmitConst(NoneConstant.Instance);
                _unit.Emit(LegacyOp.YieldFrom);
                break;
            default:
                throw new NotSupportedException($"{_fileName}:{expression.Span.Line}: expression {expression.GetType().Name} is not compiled");
        }
    }

    /// <summary>LOAD_ATTR / STORE_ATTR; 3.10 puts them on the attribute's last line.</summary>
    private void EmitAttribute(LegacyOp op, AttributeNode attribute)
    {
        if (Is39)
        {
            _unit.EmitName(op, attribute.Attr);
            return;
        }

        var old = _unit.Line;
        _unit.Line = attribute.Span.EndLine;
        _unit.EmitName(op, attribute.Attr);
        _unit.Line = old;
    }

    private void Slice(SliceNode slice)
    {
        var count = 2;
        LoadOrNone(slice.Lower);
        LoadOrNone(slice.Upper);
        if (slice.Step is not null)
        {
            VisitExpression(slice.Step);
            count = 3;
        }

        _unit.Emit(LegacyOp.BuildSlice, count);
    }

    private void LoadOrNone(Expression? expression)
    {
        if (expression is null)
        {
            _unit.EmitConst(NoneConstant.Instance);
        }
        else
        {
            VisitExpression(expression);
        }
    }

    private void IfExp(IfExpNode node)
    {
        var end = _unit.NewBlock();
        var next = _unit.NewBlock();
        JumpIf(node.Test, next, condition: false);
        VisitExpression(node.Body);
        _unit.EmitJumpNoLine(LegacyOp.JumpForward, end);
        _unit.UseNextBlock(next);
        VisitExpression(node.OrElse);
        _unit.UseNextBlock(end);
    }
}
