using System.Collections.Immutable;
using RaceLab.Python.Bytecode;
using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Legacy;

/// <summary>Displays: tuples, lists, dicts and f-strings.</summary>
internal sealed partial class CodeGenerator
{
    private void Sequence(ImmutableArray<Expression> elements, ExprContext context, bool isTuple)
    {
        if (context == ExprContext.Store)
        {
            UnpackTargets(elements);
            return;
        }

        StarUnpack(elements, 0, LegacyOp.BuildList, LegacyOp.ListAppend, LegacyOp.ListExtend, isTuple);
    }

    /// <summary>
    /// compiler_dict: runs of KEY: VALUE items as sub-dicts merged with DICT_UPDATE, each <c>**mapping</c>
    /// merged on its own; 3.10 also cuts a long run into chunks.
    /// </summary>
    private void Dict(DictNode dict)
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
                    SubDict(dict, i - elements, i);
                    MergeDict(ref haveDict);
                    elements = 0;
                }

                if (!haveDict)
                {
                    _unit.Emit(LegacyOp.BuildMap, 0);
                    haveDict = true;
                }

                VisitExpression(dict.Values[i]);
                _unit.Emit(LegacyOp.DictUpdate, 1);
            }
            else if (!Is39 && elements * 2 > StackUseGuideline)
            {
                SubDict(dict, i - elements, i + 1);
                MergeDict(ref haveDict);
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
            MergeDict(ref haveDict);
        }

        if (!haveDict)
        {
            _unit.Emit(LegacyOp.BuildMap, 0);
        }
    }

    /// <summary>After a sub-dict: DICT_UPDATE into the dict below it, if there is one.</summary>
    private void MergeDict(ref bool haveDict)
    {
        if (haveDict)
        {
            _unit.Emit(LegacyOp.DictUpdate, 1);
        }

        haveDict = true;
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

            _unit.EmitConst(new TupleConstant([.. dict.Keys[begin..end].Select(k => ((ConstantNode)k!).Value)]));
            _unit.Emit(LegacyOp.BuildConstKeyMap, n);
            return;
        }

        if (big)
        {
            _unit.Emit(LegacyOp.BuildMap, 0);
        }

        for (var i = begin; i < end; i++)
        {
            VisitExpression(dict.Keys[i]!);
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
}
