using RaceLab.Python.Bytecode;
using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Modern;

internal sealed partial class CodeGenerator
{
    private const int StackUseGuideline = 30;
    private const int IntrinsicUnaryPositive = 5;
    private const int IntrinsicListToTuple = 6;

    private void Expression(Expression expression)
    {
        var loc = Loc(expression);
        switch (expression)
        {
            case ConstantNode c:
                LoadConst(c.Value, loc);
                break;
            case NameNode name:
                NameOp(name.Id, name.Ctx, loc);
                break;
            case BinOpNode bin:
                Expression(bin.Left);
                Expression(bin.Right);
                Emit(Op.BINARY_OP, BinaryOpArg(bin.Op, inplace: false), loc);
                break;
            case UnaryOpNode unary:
                Unary(unary, loc);
                break;
            case CompareNode compare:
                Compare(compare, loc);
                break;
            case BoolOpNode boolOp:
                BoolOp(boolOp, loc);
                break;
            case IfExpNode ifExp:
                {
                    var end = NewLabel();
                    var next = NewLabel();
                    JumpIf(ifExp.Test, next, false, loc);
                    Expression(ifExp.Body);
                    EmitJump(SyntheticJump, end, SourceLocation.None);
                    UseLabel(next);
                    Expression(ifExp.OrElse);
                    UseLabel(end);
                    break;
                }

            case CallNode call:
                Call(call);
                break;
            case AttributeNode attribute:
                Attribute(attribute, loc);
                break;
            case SubscriptNode subscript:
                Subscript(subscript, loc);
                break;
            case SliceNode slice:
                Emit(Op.BUILD_SLICE, Slice(slice), loc);
                break;
            case TupleNode tuple:
                Sequence(tuple.Elts, tuple.Ctx, tuple: true, loc);
                break;
            case ListNode list:
                Sequence(list.Elts, list.Ctx, tuple: false, loc);
                break;
            case DictNode dict:
                Dict(dict, loc);
                break;
            case SetNode set:
                StarUnpack(set.Elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, tuple: false, loc);
                break;
            case JoinedStrNode joined:
                JoinedStr(joined, loc);
                break;
            case FormattedValueNode formatted:
                FormattedValue(formatted, loc);
                break;
            case ComprehensionNode comp:
                Comprehension(comp);
                break;
            case LambdaNode lambda:
                Lambda(lambda);
                break;
            case YieldNode yield:
                if (yield.Value is null)
                {
                    LoadConst(NoneConstant.Instance, loc);
                }
                else
                {
                    Expression(yield.Value);
                }

                EmitYield(loc);
                break;
            case YieldFromNode yieldFrom:
                Expression(yieldFrom.Value);
                Emit(Op.GET_YIELD_FROM_ITER, loc);
                LoadConst(NoneConstant.Instance, loc);
                YieldFrom(loc);
                break;
            default:
                throw new InvalidOperationException($"cannot compile {expression.GetType().Name}");
        }
    }

    private void Unary(UnaryOpNode unary, SourceLocation loc)
    {
        Expression(unary.Operand);
        switch (unary.Op)
        {
            case UnaryOperator.UAdd when !Is311:
                Emit(Op.CALL_INTRINSIC_1, IntrinsicUnaryPositive, loc);
                break;
            case UnaryOperator.UAdd:
                Emit(Op.UNARY_POSITIVE, loc);
                break;
            case UnaryOperator.Not:
                if (AtLeast313)
                {
                    Emit(Op.TO_BOOL, loc);
                }

                Emit(Op.UNARY_NOT, loc);
                break;
            case UnaryOperator.USub:
                Emit(Op.UNARY_NEGATIVE, loc);
                break;
            default:
                Emit(Op.UNARY_INVERT, loc);
                break;
        }
    }

    private void Attribute(AttributeNode attribute, SourceLocation loc)
    {
        if (attribute.Ctx == ExprContext.Load && TrySuperAttribute(attribute, isMethod: false))
        {
            return;
        }

        NoteStaticAttribute(attribute);
        Expression(attribute.Value);
        if (attribute.Ctx == ExprContext.Store)
        {
            Emit(Op.STORE_ATTR, _unit.AddName(attribute.Attr), AttrLoc(loc, attribute));
        }
        else
        {
            Emit(Op.LOAD_ATTR, AttrArg(attribute.Attr, method: false), AttrLoc(loc, attribute));
        }
    }

    /// <summary>LOAD_ATTR's argument: the name index, shifted left with the method bit from 3.12.</summary>
    private int AttrArg(string attr, bool method)
    {
        var index = _unit.AddName(attr);
        return Is311 ? index : (index << 1) | (method ? 1 : 0);
    }

    /// <summary>CPython's update_start_location_to_match_attr: a multi-line attribute starts at its name.</summary>
    private static SourceLocation AttrLoc(SourceLocation loc, AttributeNode attribute)
    {
        if (loc.Line == attribute.Span.EndLine)
        {
            return loc;
        }

        var line = attribute.Span.EndLine;
        var length = attribute.Attr.Length;
        int column;
        var endColumn = loc.EndColumn;
        if (length <= attribute.Span.EndColumn)
        {
            column = attribute.Span.EndColumn - length;
        }
        else
        {
            column = -1;
            endColumn = -1;
        }

        var endLine = Math.Max(line, loc.EndLine);
        if (line == endLine)
        {
            endColumn = Math.Max(column, endColumn);
        }

        return new SourceLocation(line, endLine, column, endColumn);
    }

    private int BinaryOpArg(BinaryOperator op, bool inplace)
    {
        var symbol = op switch
        {
            BinaryOperator.Add => "+",
            BinaryOperator.Sub => "-",
            BinaryOperator.Mult => "*",
            BinaryOperator.MatMult => "@",
            BinaryOperator.Div => "/",
            BinaryOperator.Mod => "%",
            BinaryOperator.Pow => "**",
            BinaryOperator.LShift => "<<",
            BinaryOperator.RShift => ">>",
            BinaryOperator.BitOr => "|",
            BinaryOperator.BitXor => "^",
            BinaryOperator.BitAnd => "&",
            _ => "//",
        };
        var ops = Bytecode.Opcodes.OpcodeTable.For(_version).BinaryOps;
        for (var i = 0; i < ops.Count; i++)
        {
            if (ops[i] == (inplace ? symbol + "=" : symbol))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"no BINARY_OP for {symbol}");
    }
}
