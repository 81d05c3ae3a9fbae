using RaceLab.Python.Bytecode;
using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Modern;

internal sealed partial class CodeGenerator
{
    private const int MakeFunctionDefaults = 0x01;
    private const int MakeFunctionKwDefaults = 0x02;
    private const int MakeFunctionAnnotations = 0x04;
    private const int MakeFunctionClosure = 0x08;

    private void FunctionDef(FunctionDefNode def)
    {
        var loc = Loc(def);
        Decorators(def.Decorators);
        var flags = DefaultArguments(def.Args, loc);
        if (Annotations(def.Args, def.Returns, loc))
        {
            flags |= MakeFunctionAnnotations;
        }

        var scope = _scopes[def];
        var code = CompileChild(scope, def.Name, FirstLine(def.Decorators, def.Span.Line), unit =>
        {
            var doc = DocString(def.Body);
            unit.AddConst(doc is null ? NoneConstant.Instance : new StringConstant(AtLeast313 ? DocStrings.Clean(doc) : doc));
            unit.SetParameters(def.Args);
            Statements(def.Body.Skip(doc is null ? 0 : 1));
            WrapInStopIterationHandler();
            AddReturnAtEnd();
        });
        MakeClosure(code, flags, loc);
        ApplyDecorators(def.Decorators);
        StoreName(def.Name, loc);
    }

    /// <summary>compiler_decorators: each decorator expression, outermost first, before the function exists.</summary>
    private void Decorators(IReadOnlyList<Expression> decorators)
    {
        foreach (var decorator in decorators)
        {
            Expression(decorator);
        }
    }

    /// <summary>
    /// compiler_apply_decorators: innermost first, each a CALL 0 at the decorator's location — the decorator and
    /// the function sit where a method and its self would, so the call passes the function as the argument.
    /// </summary>
    private void ApplyDecorators(IReadOnlyList<Expression> decorators)
    {
        for (var i = decorators.Count - 1; i >= 0; i--)
        {
            EmitCall(0, Loc(decorators[i]));
        }
    }

    /// <summary>co_firstlineno: the first decorator's line when there is one.</summary>
    private static int FirstLine(IReadOnlyList<Expression> decorators, int line) =>
        decorators.Count > 0 ? decorators[0].Span.Line : line;

    private void Lambda(LambdaNode lambda)
    {
        var loc = Loc(lambda);
        var flags = DefaultArguments(lambda.Args, loc);
        var scope = _scopes[lambda];
        var code = CompileChild(scope, "<lambda>", lambda.Span.Line, unit =>
        {
            unit.AddConst(NoneConstant.Instance);
            unit.SetParameters(lambda.Args);
            Expression(lambda.Body);
            var line = lambda.Span.Line;
            Emit(Op.RETURN_VALUE, AtLeast313 ? Loc(lambda.Body) : new SourceLocation(line, line, 0, 0));
        });
        MakeClosure(code, flags, loc);
    }

    /// <summary>CPython's compiler_default_arguments: a tuple of defaults, a dict of keyword-only ones.</summary>
    private int DefaultArguments(Arguments args, SourceLocation loc)
    {
        var flags = 0;
        if (args.Defaults.Length > 0)
        {
            foreach (var value in args.Defaults)
            {
                Expression(value);
            }

            Emit(Op.BUILD_TUPLE, args.Defaults.Length, loc);
            flags |= MakeFunctionDefaults;
        }

        var keys = new List<string>();
        for (var i = 0; i < args.KwOnlyArgs.Length; i++)
        {
            if (args.KwDefaults[i] is { } value)
            {
                keys.Add(args.KwOnlyArgs[i].Name);
                Expression(value);
            }
        }

        if (keys.Count > 0)
        {
            LoadConst(new TupleConstant(Strings(keys)), loc);
            Emit(Op.BUILD_CONST_KEY_MAP, keys.Count, loc);
            flags |= MakeFunctionKwDefaults;
        }

        return flags;
    }

    /// <summary>Compiles a nested scope into its own code object (compiler_enter_scope .. exit_scope).</summary>
    private CodeObject CompileChild(Scope scope, string name, int firstLine, Action<CodeUnit> body)
    {
        var parentUnit = _unit;
        var parentScope = _scope;
        var unit = new CodeUnit(scope, name, QualifiedName(scope, name), firstLine, _version) { Parent = parentUnit };
        _unit = unit;
        _scope = scope;
        if (scope.IsGenerator && !Is311)
        {
            // wrap_in_stopiteration_handler puts SETUP_CLEANUP ahead of everything, RESUME included.
            unit.StopIterationHandler = NewLabel();
            EmitJump(Op.SETUP_CLEANUP, unit.StopIterationHandler, SourceLocation.None);
        }

        Emit(Op.RESUME, 0, new SourceLocation(firstLine, firstLine, 0, 0));
        body(unit);
        // compute_code_flags: only function blocks get fast locals; a class body runs in a namespace dict.
        var flags = CodeFlags.None;
        if (scope.IsFunctionLike)
        {
            flags = CodeFlags.Optimized | CodeFlags.NewLocals;
            if (IsNested(scope))
            {
                flags |= CodeFlags.Nested;
            }

            if (scope.IsGenerator)
            {
                flags |= CodeFlags.Generator;
            }
        }

        var code = Assemble(unit, flags);
        _unit = parentUnit;
        _scope = parentScope;
        return code;
    }

    private static bool IsNested(Scope scope)
    {
        for (var parent = scope.Parent; parent is not null; parent = parent.Parent)
        {
            // symtable decides this before inlining: a comprehension counts even when it is inlined.
            if (parent.IsFunctionLike)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>CPython's compiler_set_qualname.</summary>
    private string QualifiedName(Scope scope, string name)
    {
        var parent = _unit;
        if (parent.Scope.Kind == ScopeKind.Module)
        {
            return name;
        }

        if (scope.Kind is ScopeKind.Function or ScopeKind.Class && parent.Scope[name] == NameScope.GlobalExplicit)
        {
            return name;
        }

        return parent.Scope.Kind is ScopeKind.Function or ScopeKind.Lambda
            ? $"{parent.QualifiedName}.<locals>.{name}"
            : $"{parent.QualifiedName}.{name}";
    }

    /// <summary>CPython's compiler_make_closure: closure cells, then the function object and its attributes.</summary>
    private void MakeClosure(CodeObject code, int flags, SourceLocation loc)
    {
        if (code.FreeVars.Length > 0)
        {
            foreach (var free in code.FreeVars)
            {
                Emit(Op.LOAD_CLOSURE, RawDerefIndex(free), loc);
            }

            Emit(Op.BUILD_TUPLE, code.FreeVars.Length, loc);
            flags |= MakeFunctionClosure;
        }

        LoadConst(new CodeConstant(code), loc);
        if (!AtLeast313)
        {
            Emit(Op.MAKE_FUNCTION, flags, loc);
            return;
        }

        Emit(Op.MAKE_FUNCTION, loc);
        foreach (var attribute in new[] { MakeFunctionClosure, MakeFunctionAnnotations, MakeFunctionKwDefaults, MakeFunctionDefaults })
        {
            if ((flags & attribute) != 0)
            {
                Emit(Op.SET_FUNCTION_ATTRIBUTE, attribute, loc);
            }
        }
    }
}
