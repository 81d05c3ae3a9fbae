using System.Collections.Immutable;
using RaceLab.Python.Bytecode;
using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Legacy;

internal sealed partial class CodeGenerator
{
    private void Call(CallNode call)
    {
        if (call.Func is AttributeNode { Ctx: ExprContext.Load } method && call.Keywords.Length == 0
            && (Is39 || call.Args.Length < StackUseGuideline))
        {
            MethodCall(method, call);
            return;
        }

        VisitExpression(call.Func);
        if (!Is39 && call.Args.Length + (2 * call.Keywords.Length) > StackUseGuideline)
        {
            ExtendedCall(call);
            return;
        }

        CallArguments(pushed: 0, call.Args, call.Keywords);
    }

    /// <summary>compiler_call_helper after <paramref name="pushed"/> arguments already on the stack.</summary>
    private void CallArguments(int pushed, ImmutableArray<Expression> args, ImmutableArray<KeywordNode> keywords)
    {
        foreach (var arg in args)
        {
            VisitExpression(arg);
        }

        if (keywords.Length == 0)
        {
            _unit.Emit(LegacyOp.CallFunction, pushed + args.Length);
            return;
        }

        foreach (var keyword in keywords)
        {
            VisitExpression(keyword.Value);
        }

        _unit.EmitConst(new TupleConstant([.. keywords.Select(k => (Constant)new StringConstant(k.Arg))]));
        _unit.Emit(LegacyOp.CallFunctionKw, pushed + args.Length + keywords.Length);
    }

    /// <summary>3.10's ex_call for long argument lists: a tuple, maybe a dict, then CALL_FUNCTION_EX.</summary>
    private void ExtendedCall(CallNode call)
    {
        Sequence(call.Args, ExprContext.Load, isTuple: true);
        if (call.Keywords.Length > 0)
        {
            KeywordArguments(call.Keywords);
        }

        _unit.Emit(LegacyOp.CallFunctionEx, call.Keywords.Length > 0 ? 1 : 0);
    }

    /// <summary>compiler_subkwargs: keyword arguments as one dict, built item by item when long.</summary>
    private void KeywordArguments(ImmutableArray<KeywordNode> keywords)
    {
        var big = keywords.Length * 2 > StackUseGuideline;
        if (keywords.Length > 1 && !big)
        {
            foreach (var keyword in keywords)
            {
                VisitExpression(keyword.Value);
            }

            _unit.EmitConst(new TupleConstant([.. keywords.Select(k => (Constant)new StringConstant(k.Arg))]));
            _unit.Emit(LegacyOp.BuildConstKeyMap, keywords.Length);
            return;
        }

        if (big)
        {
            _unit.EmitNoLine(LegacyOp.BuildMap, 0);
        }

        foreach (var keyword in keywords)
        {
            _unit.EmitConst(new StringConstant(keyword.Arg));
            VisitExpression(keyword.Value);
            if (big)
            {
                _unit.EmitNoLine(LegacyOp.MapAdd, 1);
            }
        }

        if (!big)
        {
            _unit.Emit(LegacyOp.BuildMap, keywords.Length);
        }
    }

    /// <summary>maybe_optimize_method_call: LOAD_METHOD + CALL_METHOD for <c>obj.name(args)</c>.</summary>
    private void MethodCall(AttributeNode method, CallNode call)
    {
        VisitExpression(method.Value);
        var old = _unit.Line;
        if (!Is39)
        {
            _unit.Line = method.Span.EndLine;
        }

        _unit.EmitName(LegacyOp.LoadMethod, method.Attr);
        foreach (var arg in call.Args)
        {
            VisitExpression(arg);
        }

        _unit.Emit(LegacyOp.CallMethod, call.Args.Length);
        if (!Is39)
        {
            _unit.Line = old;
        }
    }
}
