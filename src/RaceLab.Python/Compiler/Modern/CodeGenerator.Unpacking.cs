using System.Collections.Immutable;
using RaceLab.Python.Bytecode;
using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Modern;

/// <summary>Star unpacking in displays and calls: CPython's starunpack_helper and compiler_call_helper's ex_call.</summary>
internal sealed partial class CodeGenerator
{
    /// <summary>
    /// starunpack_helper: a display after <paramref name="pushed"/> values already on the stack. Without a star
    /// and short, BUILD_x n; otherwise a list grown item by item (LIST_APPEND / LIST_EXTEND) from the first star.
    /// </summary>
    private void StarUnpack(IReadOnlyList<Expression> elts, int pushed, Op build, Op add, Op extend, bool tuple, SourceLocation loc)
    {
        var n = elts.Count;
        if (n > 2 && elts.All(e => e is ConstantNode))
        {
            var folded = new TupleConstant([.. elts.Select(e => ((ConstantNode)e).Value)]);
            if (tuple && pushed == 0)
            {
                LoadConst(folded, loc);
                return;
            }

            Emit(build, pushed, loc);
            LoadConst(build == Op.BUILD_SET ? FrozenSetConstant.Of(folded.Items) : folded, loc);
            Emit(extend, 1, loc);
            if (tuple)
            {
                ListToTuple(loc);
            }

            return;
        }

        var big = n + pushed > StackUseGuideline;
        var starred = elts.Any(e => e is StarredNode);
        if (!starred && !big)
        {
            foreach (var elt in elts)
            {
                Expression(elt);
            }

            Emit(tuple ? Op.BUILD_TUPLE : build, n + pushed, loc);
            return;
        }

        var built = false;
        if (big)
        {
            Emit(build, pushed, loc);
            built = true;
        }

        for (var i = 0; i < n; i++)
        {
            if (elts[i] is StarredNode star)
            {
                if (!built)
                {
                    Emit(build, i + pushed, loc);
                    built = true;
                }

                Expression(star.Value);
                Emit(extend, 1, loc);
            }
            else
            {
                Expression(elts[i]);
                if (built)
                {
                    Emit(add, 1, loc);
                }
            }
        }

        if (tuple)
        {
            ListToTuple(loc);
        }
    }

    /// <summary>unpack_helper and assignment_helper: UNPACK_EX around a starred target, else UNPACK_SEQUENCE.</summary>
    private void UnpackTargets(IReadOnlyList<Expression> targets, SourceLocation loc)
    {
        var star = targets.Select((t, i) => (t, i)).FirstOrDefault(p => p.t is StarredNode, (null!, -1)).Item2;
        if (star >= 0)
        {
            Emit(Op.UNPACK_EX, star + ((targets.Count - star - 1) << 8), loc);
        }
        else
        {
            Emit(Op.UNPACK_SEQUENCE, targets.Count, loc);
        }

        foreach (var target in targets)
        {
            Expression(target is StarredNode starred ? starred.Value : target);
        }
    }

    private void ListToTuple(SourceLocation loc) =>
        Emit(Is311 ? Op.LIST_TO_TUPLE : Op.CALL_INTRINSIC_1, Is311 ? 0 : IntrinsicListToTuple, loc);

    /// <summary>compiler_call_helper's ex_call: positional arguments as one tuple, keywords as one dict, CALL_FUNCTION_EX.</summary>
    private void ExCall(ImmutableArray<Expression> args, ImmutableArray<KeywordNode> keywords, int pushed, SourceLocation loc)
    {
        if (pushed == 0 && args.Length == 1 && args[0] is StarredNode only)
        {
            Expression(only.Value);
        }
        else
        {
            StarUnpack(args, pushed, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, tuple: true, loc);
        }

        if (keywords.Length > 0)
        {
            var haveDict = false;
            var seen = 0;
            for (var i = 0; i < keywords.Length; i++)
            {
                if (keywords[i].Arg is not null)
                {
                    seen++;
                    continue;
                }

                if (seen > 0)
                {
                    SubKwargs(keywords, i - seen, i, loc);
                    if (haveDict)
                    {
                        Emit(Op.DICT_MERGE, 1, loc);
                    }

                    haveDict = true;
                    seen = 0;
                }

                if (!haveDict)
                {
                    Emit(Op.BUILD_MAP, 0, loc);
                    haveDict = true;
                }

                Expression(keywords[i].Value);
                Emit(Op.DICT_MERGE, 1, loc);
            }

            if (seen > 0)
            {
                SubKwargs(keywords, keywords.Length - seen, keywords.Length, loc);
                if (haveDict)
                {
                    Emit(Op.DICT_MERGE, 1, loc);
                }
            }
        }

        Emit(Op.CALL_FUNCTION_EX, keywords.Length > 0 ? 1 : 0, loc);
    }

    /// <summary>compiler_subkwargs: keywords [begin, end) as one dict (BUILD_CONST_KEY_MAP when several and few).</summary>
    private void SubKwargs(ImmutableArray<KeywordNode> keywords, int begin, int end, SourceLocation loc)
    {
        var n = end - begin;
        var big = n * 2 > StackUseGuideline;
        if (n > 1 && !big)
        {
            for (var i = begin; i < end; i++)
            {
                Expression(keywords[i].Value);
            }

            LoadConst(new TupleConstant(Strings(keywords[begin..end].Select(k => k.Arg!))), loc);
            Emit(Op.BUILD_CONST_KEY_MAP, n, loc);
            return;
        }

        if (big)
        {
            Emit(Op.BUILD_MAP, 0, SourceLocation.None);
        }

        for (var i = begin; i < end; i++)
        {
            LoadConst(new StringConstant(keywords[i].Arg!), loc);
            Expression(keywords[i].Value);
            if (big)
            {
                Emit(Op.MAP_ADD, 1, SourceLocation.None);
            }
        }

        if (!big)
        {
            Emit(Op.BUILD_MAP, n, loc);
        }
    }
}
