using RaceLab.Python.Bytecode;
using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Legacy;

internal sealed partial class CodeGenerator
{
    private void FunctionDef(FunctionDefNode def)
    {
        Decorators(def.Decorators);
        var flags = DefaultArguments(def.Args);
        if (Annotations(def.Args, def.Returns))
        {
            flags |= 0x04;
        }

        EnterScope(def, UnitKind.Function, def.Name, FirstLine(def.Decorators, def.Span.Line));
        var doc = DocString(def.Body);
        _unit.AddConst(doc is null ? NoneConstant.Instance : doc.Value);
        SetArgumentCounts(def.Args);
        // 3.9 still visits the docstring statement (no code, but its line); 3.10 skips it.
        for (var i = doc is null || Is39 ? 0 : 1; i < def.Body.Length; i++)
        {
            VisitStatement(def.Body[i]);
        }

        var qualifiedName = _unit.QualifiedName;
        var code = ExitScope(addNone: true);
        MakeClosure(code, flags, qualifiedName);
        ApplyDecorators(def.Decorators);
        NameOp(def.Name, ExprContext.Store);
    }

    /// <summary>compiler_decorators: each decorator expression, outermost first, before the function exists.</summary>
    private void Decorators(IReadOnlyList<Expression> decorators)
    {
        foreach (var decorator in decorators)
        {
            VisitExpression(decorator);
        }
    }

    /// <summary>Calls the decorators on the new function or class, innermost first.</summary>
    private void ApplyDecorators(IReadOnlyList<Expression> decorators)
    {
        for (var i = 0; i < decorators.Count; i++)
        {
            _unit.Emit(LegacyOp.CallFunction, 1);
        }
    }

    /// <summary>co_firstlineno: the first decorator's line when there is one.</summary>
    private static int FirstLine(IReadOnlyList<Expression> decorators, int line) =>
        decorators.Count > 0 ? decorators[0].Span.Line : line;

    private void Lambda(LambdaNode lambda)
    {
        var flags = DefaultArguments(lambda.Args);
        EnterScope(lambda, UnitKind.Lambda, "<lambda>", lambda.Span.Line);

        // None first, so that a lambda never has a docstring.
        _unit.AddConst(NoneConstant.Instance);
        SetArgumentCounts(lambda.Args);
        VisitExpression(lambda.Body);
        _unit.Emit(LegacyOp.ReturnValue);
        var qualifiedName = _unit.QualifiedName;
        var code = ExitScope(addNone: true);
        MakeClosure(code, flags, qualifiedName);
    }

    private void SetArgumentCounts(Arguments args)
    {
        _unit.ArgCount = args.PositionalCount;
        _unit.PositionalOnlyArgCount = args.PosOnlyArgs.Length;
        _unit.KeywordOnlyArgCount = args.KwOnlyArgs.Length;
        _unit.ScopeFlags |= (args.VarArg is null ? CodeFlags.None : CodeFlags.VarArgs)
            | (args.KwArg is null ? CodeFlags.None : CodeFlags.VarKeywords);
    }

    /// <summary>compiler_default_arguments: positional defaults as a tuple (flag 0x01), keyword-only as a const-key map (0x02).</summary>
    private int DefaultArguments(Arguments args)
    {
        var flags = 0;
        if (args.Defaults.Length > 0)
        {
            foreach (var value in args.Defaults)
            {
                VisitExpression(value);
            }

            _unit.Emit(LegacyOp.BuildTuple, args.Defaults.Length);
            flags |= 0x01;
        }

        var keywordDefaults = args.KwOnlyArgs.Zip(args.KwDefaults).Where(p => p.Second is not null).ToList();
        if (keywordDefaults.Count > 0)
        {
            foreach (var (_, value) in keywordDefaults)
            {
                VisitExpression(value!);
            }

            _unit.EmitConst(new TupleConstant([.. keywordDefaults.Select(p => (Constant)new StringConstant(p.First.Name))]));
            _unit.Emit(LegacyOp.BuildConstKeyMap, keywordDefaults.Count);
            flags |= 0x02;
        }

        return flags;
    }

    /// <summary>compiler_make_closure: LOAD_CLOSURE each free variable, then the code, its qualname, MAKE_FUNCTION.</summary>
    private void MakeClosure(CodeObject code, int flags, string qualifiedName)
    {
        if (code.FreeVars.Length > 0)
        {
            foreach (var name in code.FreeVars)
            {
                // get_ref_type: a class body's __class__ is its own implicit cell.
                var isCell = Resolve(name) == SymbolScope.Cell || (_unit.Kind == UnitKind.Class && name == "__class__");
                var index = isCell
                    ? _unit.CellVars.Add(name)
                    : _unit.CellVars.Count + _unit.FreeVars.Add(name);
                _unit.Emit(LegacyOp.LoadClosure, index);
            }

            flags |= 0x08;
            _unit.Emit(LegacyOp.BuildTuple, code.FreeVars.Length);
        }

        _unit.EmitConst(new CodeConstant(code));
        _unit.EmitConst(new StringConstant(qualifiedName));
        _unit.Emit(LegacyOp.MakeFunction, flags);
    }
}
