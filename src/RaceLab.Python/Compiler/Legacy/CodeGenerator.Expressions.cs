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
            case ListCompNode comp:
                ListComp(comp);
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

    private void Sequence(ImmutableArray<Expression> elements, ExprContext context, bool isTuple)
    {
        if (context == ExprContext.Store)
        {
            _unit.Emit(LegacyOp.UnpackSequence, elements.Length);
            foreach (var element in elements)
            {
                VisitExpression(element);
            }

            return;
        }

        // starunpack_helper: three or more constants become one constant tuple.
        if (elements.Length > 2 && elements.All(e => e is ConstantNode))
        {
            var folded = new TupleConstant([.. elements.Select(e => ((ConstantNode)e).Value)]);
            if (isTuple)
            {
                _unit.EmitConst(folded);
            }
            else
            {
                _unit.Emit(LegacyOp.BuildList, 0);
                _unit.EmitConst(folded);
                _unit.Emit(LegacyOp.ListExtend, 1);
            }

            return;
        }

        if (!Is39 && elements.Length > StackUseGuideline)
        {
            _unit.Emit(LegacyOp.BuildList, 0);
            foreach (var element in elements)
            {
                VisitExpression(element);
                _unit.Emit(LegacyOp.ListAppend, 1);
            }

            if (isTuple)
            {
                _unit.Emit(LegacyOp.ListToTuple);
            }

            return;
        }

        foreach (var element in elements)
        {
            VisitExpression(element);
        }

        _unit.Emit(isTuple ? LegacyOp.BuildTuple : LegacyOp.BuildList, elements.Length);
    }

    /// <summary>compiler_dict: 3.10 builds a long display in chunks merged with DICT_UPDATE.</summary>
    private void Dict(DictNode dict)
    {
        var n = dict.Keys.Length;
        if (Is39)
        {
            SubDict(dict, 0, n);
            return;
        }

        var elements = 0;
        var haveDict = false;
        for (var i = 0; i < n; i++)
        {
            if (elements * 2 > StackUseGuideline)
            {
                SubDict(dict, i - elements, i + 1);
                if (haveDict)
                {
                    _unit.Emit(LegacyOp.DictUpdate, 1);
                }

                haveDict = true;
                elements = 0;
            }
            else
            {
                elements++;
            }
        }

        if (elements > 0)
        {
            SubDict(dict, n - elements, n);
            if (haveDict)
            {
                _unit.Emit(LegacyOp.DictUpdate, 1);
            }

            haveDict = true;
        }

        if (!haveDict)
        {
            _unit.Emit(LegacyOp.BuildMap, 0);
        }
    }

    /// <summary>compiler_subdict: constant keys as BUILD_CONST_KEY_MAP, else BUILD_MAP (3.10: item by item when long).</summary>
    private void SubDict(DictNode dict, int begin, int end)
    {
        var n = end - begin;
        var big = !Is39 && n * 2 > StackUseGuideline;
        if (n > 1 && !big && dict.Keys[begin..end].All(k => k is ConstantNode))
        {
            for (var i = begin; i < end; i++)
            {
                VisitExpression(dict.Values[i]);
            }

            _unit.EmitConst(new TupleConstant([.. dict.Keys[begin..end].Select(k => ((ConstantNode)k).Value)]));
            _unit.Emit(LegacyOp.BuildConstKeyMap, n);
            return;
        }

        if (big)
        {
            _unit.Emit(LegacyOp.BuildMap, 0);
        }

        for (var i = begin; i < end; i++)
        {
            VisitExpression(dict.Keys[i]);
            VisitExpression(dict.Values[i]);
            if (big)
            {
                _unit.Emit(LegacyOp.MapAdd, 1);
            }
        }

        if (!big)
        {
            _unit.Emit(LegacyOp.BuildMap, n);
        }
    }

    /// <summary>compiler_joined_str: BUILD_STRING, or 3.10's <c>"".join([...])</c> for more than 30 parts.</summary>
    private void JoinedStr(JoinedStrNode joined)
    {
        if (!Is39 && joined.Values.Length > StackUseGuideline)
        {
            _unit.EmitConst(new StringConstant(""));
            _unit.EmitName(LegacyOp.LoadMethod, "join");
            _unit.Emit(LegacyOp.BuildList, 0);
            foreach (var value in joined.Values)
            {
                VisitExpression(value);
                _unit.Emit(LegacyOp.ListAppend, 1);
            }

            _unit.Emit(LegacyOp.CallMethod, 1);
            return;
        }

        foreach (var value in joined.Values)
        {
            VisitExpression(value);
        }

        if (joined.Values.Length != 1)
        {
            _unit.Emit(LegacyOp.BuildString, joined.Values.Length);
        }
    }

    private void FormattedValue(FormattedValueNode formatted)
    {
        VisitExpression(formatted.Value);
        var arg = formatted.Conversion switch
        {
            's' => 1,
            'r' => 2,
            'a' => 3,
            _ => 0,
        };
        if (formatted.FormatSpec is not null)
        {
            VisitExpression(formatted.FormatSpec);
            arg |= 4;
        }

        _unit.Emit(LegacyOp.FormatValue, arg);
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
