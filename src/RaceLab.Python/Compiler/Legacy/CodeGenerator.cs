using RaceLab.Python.Bytecode;
using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Legacy;

/// <summary>
/// compile.c's code generation for 3.9 and 3.10: walks the AST of one module and emits each code object's
/// basic blocks, then hands every finished unit to that release's assembler. Split by concern into
/// partial files (statements, expressions, conditions, calls, functions, comprehensions, names).
/// </summary>
internal sealed partial class CodeGenerator
{
    private readonly PythonVersion _version;
    private readonly string _fileName;

    /// <summary>from __future__ import annotations: annotations are compiled as strings (PEP 563).</summary>
    private bool _postponedAnnotations;
    private readonly SymbolTable _scopes;
    private readonly Stack<(CodeUnit Unit, Scope Scope, List<FrameBlock> Blocks)> _outer = new();
    private CodeUnit _unit = null!;
    private Scope _scope = null!;
    private List<FrameBlock> _frameBlocks = [];

    private CodeGenerator(PythonVersion version, string fileName, SymbolTable scopes)
    {
        _version = version;
        _fileName = fileName;
        _scopes = scopes;
    }

    private bool Is39 => _version == PythonVersion.Py39;

    public static CodeObject CompileModule(ModuleNode module, string fileName, PythonVersion version)
    {
        var postponed = FutureFeatures.PostponedAnnotations(module);
        var generator = new CodeGenerator(version, fileName, ScopeAnalyzer.Analyze(module));
        generator._postponedAnnotations = postponed;
        return generator.Module(module);
    }

    private CodeObject Module(ModuleNode module)
    {
        EnterScope(module, UnitKind.Module, "<module>", Is39 ? 0 : 1);
        if (module.Body.Length > 0)
        {
            // compiler_body: the module starts on its first statement's line.
            _unit.Line = module.Body[0].Span.Line;
        }

        SetupAnnotations(module.Body);
        var start = 0;
        if (DocString(module.Body) is { } doc)
        {
            SetStatementLine(module.Body[0]);
            VisitExpression(doc);
            NameOp("__doc__", ExprContext.Store);
            start = 1;
        }

        for (var i = start; i < module.Body.Length; i++)
        {
            VisitStatement(module.Body[i]);
        }

        return ExitScope(addNone: true);
    }

    private static ConstantNode? DocString(IReadOnlyList<Statement> body) =>
        body.Count > 0 && body[0] is ExprStatementNode { Value: ConstantNode { Value: StringConstant } doc } ? doc : null;

    private void EnterScope(Node node, UnitKind kind, string name, int firstLine)
    {
        if (_unit is not null)
        {
            _outer.Push((_unit, _scope, _frameBlocks));
        }

        var scope = _scopes.ScopeOf(node);
        var qualifiedName = QualifiedName(kind, name);
        _unit = new CodeUnit(_version, kind, name, qualifiedName, firstLine);
        if (_postponedAnnotations)
        {
            _unit.ScopeFlags |= CodeFlags.FutureAnnotations;
        }

        _scope = scope;
        _frameBlocks = [];
        if (!Is39)
        {
            _unit.Line = firstLine;
        }

        foreach (var parameter in scope.Parameters)
        {
            _unit.VarNames.Add(parameter);
        }

        foreach (var cell in scope.CellVars)
        {
            _unit.CellVars.Add(cell);
        }

        foreach (var free in scope.FreeVars)
        {
            _unit.FreeVars.Add(free);
        }

        if (scope.IsNested && scope.IsFunctionLike)
        {
            _unit.ScopeFlags |= CodeFlags.Nested;
        }

        if (scope.IsGenerator)
        {
            _unit.ScopeFlags |= CodeFlags.Generator;
        }
    }

    private string QualifiedName(UnitKind kind, string name)
    {
        if (_unit is null)
        {
            return name;
        }

        // compiler_set_qualname: a function declared global keeps its bare name.
        if (kind is UnitKind.Function or UnitKind.Class && Resolve(name) == SymbolScope.GlobalExplicit)
        {
            return name;
        }

        if (_unit.Kind == UnitKind.Module)
        {
            return name;
        }

        var parent = _unit.QualifiedName;
        return _unit.Kind is UnitKind.Function or UnitKind.Lambda
            ? $"{parent}.<locals>.{name}"
            : $"{parent}.{name}";
    }

    private CodeObject ExitScope(bool addNone)
    {
        FinishUnit(addNone);
        var code = Is39 ? Py39Assembler.Assemble(_unit, _fileName) : Py310Assembler.Assemble(_unit, _fileName);
        if (_outer.Count > 0)
        {
            (_unit, _scope, _frameBlocks) = _outer.Pop();
        }

        return code;
    }

    /// <summary>assemble(): a unit whose last block does not return gets <c>return None</c>.</summary>
    private void FinishUnit(bool addNone)
    {
        if (_unit.Current.HasReturn)
        {
            return;
        }

        if (Is39)
        {
            _unit.NextBlock();
        }
        else
        {
            _unit.Line = -1;
        }

        if (addNone)
        {
            _unit.EmitConst(NoneConstant.Instance);
        }

        _unit.Emit(LegacyOp.ReturnValue);
    }

    /// <summary>How the current block resolves <paramref name="name"/> (a name it never mentions is an implicit global).</summary>
    private SymbolScope Resolve(string name) => _scope.ScopeOf(name) ?? SymbolScope.GlobalImplicit;

    private void SetStatementLine(Statement statement) => _unit.SetLine(statement.Span.Line);

    /// <summary>3.10 ADDOP_JUMP + NEXT_BLOCK where 3.9 only emits the jump (3.10 blocks end at jumps).</summary>
    private void JumpAndNextBlock(LegacyOp op, BasicBlock target)
    {
        _unit.EmitJump(op, target);
        if (!Is39)
        {
            _unit.NextBlock();
        }
    }
}
