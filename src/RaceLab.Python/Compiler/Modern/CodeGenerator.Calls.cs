using System.Collections.Immutable;
using RaceLab.Python.Bytecode;
using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Modern;

internal sealed partial class CodeGenerator
{
    /// <summary>CALL n (3.11: PRECALL n first).</summary>
    private void EmitCall(int argc, SourceLocation loc)
    {
        if (Is311)
        {
            Emit(Op.PRECALL, argc, loc);
        }

        Emit(Op.CALL, argc, loc);
    }

    private void Call(CallNode call)
    {
        if (TryMethodCall(call))
        {
            return;
        }

        var funcLoc = Loc(call.Func);
        if (AtLeast313)
        {
            Expression(call.Func);
            Emit(Op.PUSH_NULL, funcLoc);
        }
        else
        {
            Emit(Op.PUSH_NULL, funcLoc);
            Expression(call.Func);
        }

        CallArguments(call, Loc(call), Loc(call), 0);
    }

    /// <summary>
    /// CPython's maybe_optimize_method_call: <c>obj.name(...)</c> loads the method without binding it,
    /// unless obj is a name a module-level import bound.
    /// </summary>
    private bool TryMethodCall(CallNode call)
    {
        if (call.Func is not AttributeNode { Ctx: ExprContext.Load } method)
        {
            return false;
        }

        if (method.Value is NameNode name && IsImportOriginated(name.Id))
        {
            return false;
        }

        var argc = call.Args.Length;
        var kwc = call.Keywords.Length;
        if (argc + kwc + (kwc != 0 ? 1 : 0) >= StackUseGuideline || call.HasUnpacking)
        {
            return false;
        }

        var methodLoc = AttrLoc(Loc(method), method);
        var callLoc = AttrLoc(Loc(call), method);
        if (TrySuperAttribute(method, isMethod: true))
        {
            CallArguments(call, methodLoc, callLoc, 0);
            return true;
        }

        Expression(method.Value);
        if (Is311)
        {
            Emit(Op.LOAD_METHOD, _unit.AddName(method.Attr), methodLoc);
        }
        else
        {
            // 3.12+ spells LOAD_METHOD as LOAD_ATTR with the low bit set.
            Emit(Op.LOAD_ATTR, AttrArg(method.Attr, method: true), methodLoc);
        }

        CallArguments(call, methodLoc, callLoc, 0);
        return true;
    }

    /// <summary>
    /// CPython's is_import_originated: the module's symbol for the name says an import bound it. 3.13 swaps
    /// in the comprehension's own symbol while compiling a module-level inlined comprehension.
    /// </summary>
    private bool IsImportOriginated(string name) =>
        _moduleScope.Imported.Contains(name) && !HidesModuleSymbol(name);

    /// <summary>3.13: inside an inlined comprehension of the module, a name it reads has the comprehension's scope.</summary>
    private bool HidesModuleSymbol(string name) =>
        AtLeast313 && _scope.Inlined && !_unit.Scope.IsFunctionLike && !_scope.Binds(name)
        && _moduleScope[name] != NameScope.GlobalImplicit;

    private void CallArguments(CallNode call, SourceLocation keywordLoc, SourceLocation callLoc, int pushed) =>
        CallArguments(call.Args, call.Keywords, keywordLoc, callLoc, pushed);

    /// <summary>compiler_call_helper after <paramref name="pushed"/> values already on the stack.</summary>
    private void CallArguments(ImmutableArray<Expression> args, ImmutableArray<KeywordNode> keywords, SourceLocation keywordLoc, SourceLocation callLoc, int pushed)
    {
        if (args.Length + (2 * keywords.Length) > StackUseGuideline
            || args.Any(a => a is StarredNode) || keywords.Any(k => k.Arg is null))
        {
            ExCall(args, keywords, pushed, callLoc);
            return;
        }

        foreach (var arg in args)
        {
            Expression(arg);
        }

        var argc = pushed + args.Length + keywords.Length;
        if (keywords.Length == 0)
        {
            EmitCall(argc, callLoc);
            return;
        }

        foreach (var keyword in keywords)
        {
            Expression(keyword.Value);
        }

        var names = new TupleConstant(Strings(keywords.Select(k => k.Arg!)));
        if (AtLeast313)
        {
            LoadConst(names, keywordLoc);
            Emit(Op.CALL_KW, argc, callLoc);
            return;
        }

        Emit(Op.KW_NAMES, _unit.AddConst(names), keywordLoc);
        EmitCall(argc, callLoc);
    }
}
