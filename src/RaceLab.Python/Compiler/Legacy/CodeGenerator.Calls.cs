using System.Collections.Immutable;
using RaceLab.Python.Bytecode;
using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Legacy;

internal sealed partial class CodeGenerator
{
    private void Call(CallNode call)
    {
        if (call.Func is AttributeNode { Ctx: ExprContext.Load } method && call.Keywords.Length == 0 && !call.HasUnpacking
            && (Is39 || call.Args.Length < StackUseGuideline))
        {
            MethodCall(method, call);
            return;
        }

        VisitExpression(call.Func);
        CallArguments(pushed: 0, call.Args, call.Keywords);
    }

    /// <summary>compiler_call_helper after <paramref name="pushed"/> arguments already on the stack.</summary>
    private void CallArguments(int pushed, ImmutableArray<Expression> args, ImmutableArray<KeywordNode> keywords)
    {
        if ((!Is39 && args.Length + (2 * keywords.Length) > StackUseGuideline)
            || args.Any(a => a is StarredNode) || keywords.Any(k => k.Arg is null))
        {
            ExCall(pushed, args, keywords);
            return;
        }

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

        _unit.EmitConst(new TupleConstant([.. keywords.Select(k => (Constant)new StringConstant(k.Arg!))]));
        _unit.Emit(LegacyOp.CallFunctionKw, pushed + args.Length + keywords.Length);
    }

    /// <summary>compiler_subkwargs: keyword arguments as one dict, built item by item when long.</summary>
    private void KeywordArguments(ImmutableArray<KeywordNode> keywords)
    {
        var big = !Is39 && keywords.Length * 2 > StackUseGuideline;
        if (keywords.Length > 1 && !big)
        {
            foreach (var keyword in keywords)
            {
                VisitExpression(keyword.Value);
            }

            _unit.EmitConst(new TupleConstant([.. keywords.Select(k => (Constant)new StringConstant(k.Arg!))]));
            _unit.Emit(LegacyOp.BuildConstKeyMap, keywords.Length);
            return;
        }

        if (big)
        {
            _unit.EmitNoLine(LegacyOp.BuildMap, 0);
        }

        foreach (var keyword in keywords)
        {
            _unit.EmitConst(new StringConstant(keyword.Arg!));
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
