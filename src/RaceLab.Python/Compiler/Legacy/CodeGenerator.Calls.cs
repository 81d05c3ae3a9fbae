using RaceLab.Python.Bytecode;
using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Legacy;

internal sealed partial class CodeGenerator
{
    private void Call(CallNode call)
    {
        if (call.Func is AttributeNode { Ctx: ExprContext.Load } method && call.Keywords.Length == 0)
        {
            MethodCall(method, call);
            return;
        }

        VisitExpression(call.Func);
        foreach (var arg in call.Args)
        {
            VisitExpression(arg);
        }

        if (call.Keywords.Length == 0)
        {
            _unit.Emit(LegacyOp.CallFunction, call.Args.Length);
            return;
        }

        foreach (var keyword in call.Keywords)
        {
            VisitExpression(keyword.Value);
        }

        _unit.EmitConst(new TupleConstant([.. call.Keywords.Select(k => (Constant)new StringConstant(k.Arg))]));
        _unit.Emit(LegacyOp.CallFunctionKw, call.Args.Length + call.Keywords.Length);
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
