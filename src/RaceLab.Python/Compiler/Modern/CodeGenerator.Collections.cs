using RaceLab.Python.Bytecode;
using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Modern;

internal sealed partial class CodeGenerator
{
    private void Sequence(IReadOnlyList<Expression> elts, ExprContext ctx, bool tuple, SourceLocation loc)
    {
        if (ctx == ExprContext.Store)
        {
            UnpackTargets(elts, loc);
            return;
        }

        StarUnpack(elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, tuple, loc);
    }

    /// <summary>
    /// compiler_dict: runs of KEY: VALUE items as sub-dicts merged with DICT_UPDATE, each <c>**mapping</c>
    /// merged on its own, a long run cut into chunks.
    /// </summary>
    private void Dict(DictNode dict, SourceLocation loc)
    {
        var n = dict.Keys.Length;
        var elements = 0;
        var haveDict = false;
        for (var i = 0; i < n; i++)
        {
            if (dict.Keys[i] is null)
            {
                if (elements > 0)
                {
                    SubDict(dict, i - elements, i, loc);
                    MergeDict(ref haveDict, loc);
                    elements = 0;
                }

                if (!haveDict)
                {
                    Emit(Op.BUILD_MAP, 0, loc);
                    haveDict = true;
                }

                Expression(dict.Values[i]);
                Emit(Op.DICT_UPDATE, 1, loc);
            }
            else if (elements * 2 > StackUseGuideline)
            {
                SubDict(dict, i - elements, i + 1, loc);
                MergeDict(ref haveDict, loc);
                elements = 0;
            }
            else
            {
                elements++;
            }
        }

        if (elements > 0)
        {
            SubDict(dict, n - elements, n, loc);
            MergeDict(ref haveDict, loc);
        }

        if (!haveDict)
        {
            Emit(Op.BUILD_MAP, 0, loc);
        }
    }

    private void MergeDict(ref bool haveDict, SourceLocation loc)
    {
        if (haveDict)
        {
            Emit(Op.DICT_UPDATE, 1, loc);
        }

        haveDict = true;
    }

    /// <summary>compiler_subdict: constant keys as BUILD_CONST_KEY_MAP, else BUILD_MAP (item by item when long).</summary>
    private void SubDict(DictNode dict, int begin, int end, SourceLocation loc)
    {
        var n = end - begin;
        var big = n * 2 > StackUseGuideline;
        var keys = dict.Keys[begin..end];
        if (n > 1 && !big && keys.All(k => k is ConstantNode))
        {
            for (var i = begin; i < end; i++)
            {
                Expression(dict.Values[i]);
            }

            LoadConst(new TupleConstant([.. keys.Select(k => ((ConstantNode)k!).Value)]), loc);
            Emit(Op.BUILD_CONST_KEY_MAP, n, loc);
            return;
        }

        if (big)
        {
            Emit(Op.BUILD_MAP, 0, loc);
        }

        for (var i = begin; i < end; i++)
        {
            Expression(dict.Keys[i]!);
            Expression(dict.Values[i]);
            if (big)
            {
                Emit(Op.MAP_ADD, 1, loc);
            }
        }

        if (!big)
        {
            Emit(Op.BUILD_MAP, n, loc);
        }
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
