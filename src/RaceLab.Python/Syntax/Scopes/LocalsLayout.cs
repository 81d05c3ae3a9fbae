using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

/// <summary>
/// co_varnames, co_cellvars and co_freevars of each block. CPython's compiler adds a fast local to
/// co_varnames when it first emits an instruction for it (compiler_nameop), so this walks each block in
/// the compiler's emission order: e.g. an assignment's value before its targets, a for loop's iterable
/// before its target, a def's defaults before its name.
/// </summary>
internal sealed partial class LocalsLayout(PythonVersion version, Dictionary<Node, Scope> byNode)
{
    private readonly List<string> _names = [];
    private Scope _scope = null!;

    public void Apply(Scope scope)
    {
        _scope = scope;
        _names.Clear();
        _names.AddRange(scope.Parameters);
        switch (scope.Node)
        {
            case ModuleNode module: Statements(module.Body); break;
            case FunctionDefNode function: Statements(function.Body); break;
            case ClassDefNode classDef: Statements(classDef.Body); break;
            case LambdaNode lambda: Expr(lambda.Body); break;
            case ComprehensionNode comprehension: ComprehensionBody(comprehension); break;
        }

        scope.VarNames = [.. _names];
        scope.FreeVars = [.. Sorted(scope, SymbolScope.Free)];
        // dictbytype(CELL, DEF_COMP_CELL): a module can hold cells of comprehensions inlined into it (3.12+).
        var cells = scope.Scopes.Where(p => p.Value == SymbolScope.Cell || (scope.Flags.GetValueOrDefault(p.Key) & SymbolFlags.DefCompCell) != 0)
            .Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        if (scope.NeedsClassClosure)
        {
            // compiler_enter_scope cooks up the implicit __class__ cell, the class body's only cell.
            scope.CellVars = ["__class__"];
            return;
        }

        scope.CellVars = version >= PythonVersion.Py311
            ? [.. scope.VarNames.Where(cells.Contains), .. cells.Where(c => !scope.VarNames.Contains(c))]
            : [.. cells];
    }

    private static List<string> Sorted(Scope scope, SymbolScope kind) =>
        [.. scope.Scopes.Where(p => p.Value == kind).Select(p => p.Key).Order(StringComparer.Ordinal)];

    private void Use(string name)
    {
        if (_scope.IsFunctionLike && _scope.ScopeOf(name) == SymbolScope.Local && !_names.Contains(name))
        {
            _names.Add(name);
        }
    }

    private void AddVarName(string name)
    {
        if (!_names.Contains(name))
        {
            _names.Add(name);
        }
    }

    /// <summary>3.9 compiles the dead branch of "if 0:" / "while 0:" without emitting it, so its names never reach co_varnames.</summary>
    private bool SkipsDeadBranches => version == PythonVersion.Py39;

    private static bool? ConstantTruth(Expression test) => test is ConstantNode constant ? ConstantFolding.IsTrue(constant.Value) : null;
}
