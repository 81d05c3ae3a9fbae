using System.Collections.Immutable;
using RaceLab.Python.Bytecode;
using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Legacy;

/// <summary>Star unpacking in displays and calls: CPython's starunpack_helper and compiler_call_helper's ex_call.</summary>
internal sealed partial class CodeGenerator
{
    /// <summary>
    /// starunpack_helper: a display after <paramref name="pushed"/> values already on the stack. Without a star
    /// (and, on 3.10, short) BUILD_x n; otherwise a list grown item by item from the first star (3.10: from the
    /// start when long).
    /// </summary>
    private void StarUnpack(IReadOnlyList<Expression> elts, int pushed, LegacyOp build, LegacyOp add, LegacyOp extend, bool tuple)
    {
        var n = elts.Count;
        if (n > 2 && elts.All(e => e is ConstantNode))
        {
            var folded = new TupleConstant([.. elts.Select(e => ((ConstantNode)e).Value)]);
            if (tuple)
            {
                _unit.EmitConst(folded);
                return;
            }

            _unit.Emit(build, pushed);
            _unit.EmitConst(build == LegacyOp.BuildSet ? FrozenSetConstant.Of(folded.Items) : folded);
            _unit.Emit(extend, 1);
            return;
        }

        var big = !Is39 && n + pushed > StackUseGuideline;
        if (!elts.Any(e => e is StarredNode) && !big)
        {
            foreach (var elt in elts)
            {
                VisitExpression(elt);
            }

            _unit.Emit(tuple ? LegacyOp.BuildTuple : build, n + pushed);
            return;
        }

        var built = false;
        if (big)
        {
            _unit.Emit(build, pushed);
            built = true;
        }

        for (var i = 0; i < n; i++)
        {
            if (elts[i] is StarredNode star)
            {
                if (!built)
                {
                    _unit.Emit(build, i + pushed);
                    built = true;
                }

                VisitExpression(star.Value);
                _unit.Emit(extend, 1);
            }
            else
            {
                VisitExpression(elts[i]);
                if (built)
                {
                    _unit.Emit(add, 1);
                }
            }
        }

        if (tuple)
        {
            _unit.Emit(LegacyOp.ListToTuple);
        }
    }

    /// <summary>unpack_helper and assignment_helper: UNPACK_EX around a starred target, else UNPACK_SEQUENCE.</summary>
    private void UnpackTargets(ImmutableArray<Expression> targets)
    {
        var star = targets.IndexOf(targets.FirstOrDefault(t => t is StarredNode)!);
        if (star >= 0)
        {
            _unit.Emit(LegacyOp.UnpackEx, star + ((targets.Length - star - 1) << 8));
        }
        else
        {
            _unit.Emit(LegacyOp.UnpackSequence, targets.Length);
        }

        foreach (var target in targets)
        {
            VisitExpression(target is StarredNode starred ? starred.Value : target);
        }
    }

    /// <summary>compiler_call_helper's ex_call: positional arguments as one tuple, keywords as one dict, CALL_FUNCTION_EX.</summary>
    private void ExCall(int pushed, ImmutableArray<Expression> args, ImmutableArray<KeywordNode> keywords)
    {
        if (pushed == 0 && args.Length == 1 && args[0] is StarredNode only)
        {
            VisitExpression(only.Value);
        }
        else
        {
            StarUnpack(args, pushed, LegacyOp.BuildList, LegacyOp.ListAppend, LegacyOp.ListExtend, tuple: true);
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
                    KeywordArguments(keywords[(i - seen)..i]);
                    if (haveDict)
                    {
                        _unit.Emit(LegacyOp.DictMerge, 1);
                    }

                    haveDict = true;
                    seen = 0;
                }

                if (!haveDict)
                {
                    _unit.Emit(LegacyOp.BuildMap, 0);
                    haveDict = true;
                }

                VisitExpression(keywords[i].Value);
                _unit.Emit(LegacyOp.DictMerge, 1);
            }

            if (seen > 0)
            {
                KeywordArguments(keywords[^seen..]);
                if (haveDict)
                {
                    _unit.Emit(LegacyOp.DictMerge, 1);
                }
            }
        }

        _unit.Emit(LegacyOp.CallFunctionEx, keywords.Length > 0 ? 1 : 0);
    }
}
