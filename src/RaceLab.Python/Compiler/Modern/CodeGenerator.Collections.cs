using RaceLab.Python.Bytecode;
using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Modern;

internal sealed partial class CodeGenerator
{
    private void Sequence(IReadOnlyList<Expression> elts, ExprContext ctx, bool tuple, SourceLocation loc)
    {
        if (ctx == ExprContext.Store)
        {
            Emit(Op.UNPACK_SEQUENCE, elts.Count, loc);
            foreach (var elt in elts)
            {
                Expression(elt);
            }

            return;
        }

        StarUnpack(elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, tuple, loc);
    }

    private void Dict(DictNode dict, SourceLocation loc)
    {
        if (dict.Keys.Length * 2 > StackUseGuideline)
        {
            throw Unsupported(dict, $"dict display with more than {StackUseGuideline / 2} entries");
        }

        var n = dict.Keys.Length;
        if (n > 1 && dict.Keys.All(k => k is ConstantNode))
        {
            foreach (var value in dict.Values)
            {
                Expression(value);
            }

            LoadConst(new TupleConstant([.. dict.Keys.Select(k => ((ConstantNode)k).Value)]), loc);
            Emit(Op.BUILD_CONST_KEY_MAP, n, loc);
            return;
        }

        for (var i = 0; i < n; i++)
        {
            Expression(dict.Keys[i]);
            Expression(dict.Values[i]);
        }

        Emit(Op.BUILD_MAP, n, loc);
    }

    private void Subscript(SubscriptNode subscript, SourceLocation loc)
    {
        Expression(subscript.Value);
        if (!Is311 && IsTwoElementSlice(subscript.Slice))
        {
            Slice((SliceNode)subscript.Slice);
            Emit(subscript.Ctx == ExprContext.Store ? Op.STORE_SLICE : Op.BINARY_SLICE, loc);
            return;
        }

        Expression(subscript.Slice);
        Emit(subscript.Ctx == ExprContext.Store ? Op.STORE_SUBSCR : Op.BINARY_SUBSCR, loc);
    }

    /// <summary>Pushes a slice's parts (None for a missing bound); returns how many.</summary>
    private int Slice(SliceNode slice)
    {
        var loc = Loc(slice);
        LoadOrNone(slice.Lower, loc);
        LoadOrNone(slice.Upper, loc);
        if (slice.Step is null)
        {
            return 2;
        }

        Expression(slice.Step);
        return 3;
    }

    private void LoadOrNone(Expression? expression, SourceLocation loc)
    {
        if (expression is null)
        {
            LoadConst(NoneConstant.Instance, loc);
        }
        else
        {
            Expression(expression);
        }
    }

    private static bool IsTwoElementSlice(Expression slice) => slice is SliceNode { Step: null };
}
