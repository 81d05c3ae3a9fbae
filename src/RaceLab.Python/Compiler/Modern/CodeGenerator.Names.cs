using ScopeKind = RaceLab.Python.Syntax.ScopeKind;

namespace RaceLab.Python.Compiler.Modern;

internal sealed partial class CodeGenerator
{
    private Scope _scope = null!;

    private NameScope Resolve(string name)
    {
        var scope = _scope;
        while (scope.Inlined)
        {
            if (scope.Binds(name))
            {
                return scope[name] == NameScope.Cell ? NameScope.Cell : NameScope.Local;
            }

            scope = scope.Parent!;
        }

        return HidesModuleSymbol(name) ? NameScope.GlobalImplicit : scope[name];
    }

    private bool IsFast(string name) =>
        _unit.Scope.IsFunctionLike || _unit.FastHidden.Contains(name);

    private void LoadName(string name, SourceLocation location) => NameOp(name, store: false, location);

    private void StoreName(string name, SourceLocation location) => NameOp(name, store: true, location);

    /// <summary>compiler_nameop with Del: DELETE_FAST, DELETE_DEREF, DELETE_GLOBAL or DELETE_NAME.</summary>
    private void DeleteName(string name, SourceLocation location)
    {
        switch (Resolve(name))
        {
            case NameScope.Free or NameScope.Cell:
                Emit(Op.DELETE_DEREF, RawDerefIndex(name), location);
                break;
            case NameScope.Local when IsFast(name):
                Emit(Op.DELETE_FAST, _unit.AddVarName(name), location);
                break;
            case NameScope.GlobalExplicit:
            case NameScope.GlobalImplicit when _unit.Scope.IsFunctionLike:
                Emit(Op.DELETE_GLOBAL, _unit.AddName(name), location);
                break;
            default:
                Emit(Op.DELETE_NAME, _unit.AddName(name), location);
                break;
        }
    }

    /// <summary>CPython's compiler_nameop: picks FAST, DEREF, GLOBAL or NAME from the name's scope.</summary>
    private void NameOp(string name, bool store, SourceLocation location)
    {
        var scope = Resolve(name);
        switch (scope)
        {
            case NameScope.Free when !store && _unit.Scope.Kind == ScopeKind.Class:
                // A class body looks in its own namespace before the cell.
                if (Is311)
                {
                    Emit(Op.LOAD_CLASSDEREF, RawDerefIndex(name), location);
                }
                else
                {
                    Emit(Op.LOAD_LOCALS, location);
                    Emit(Op.LOAD_FROM_DICT_OR_DEREF, RawDerefIndex(name), location);
                }

                break;
            case NameScope.Free or NameScope.Cell:
                Emit(store ? Op.STORE_DEREF : Op.LOAD_DEREF, RawDerefIndex(name), location);
                break;
            case NameScope.Local when IsFast(name):
                Emit(store ? Op.STORE_FAST : Op.LOAD_FAST, _unit.AddVarName(name), location);
                break;
            case NameScope.GlobalExplicit:
            case NameScope.GlobalImplicit when _unit.Scope.IsFunctionLike:
                if (store)
                {
                    Emit(Op.STORE_GLOBAL, _unit.AddName(name), location);
                }
                else
                {
                    Emit(Op.LOAD_GLOBAL, _unit.AddName(name) << 1, location);
                }

                break;
            default:
                Emit(store ? Op.STORE_NAME : Op.LOAD_NAME, _unit.AddName(name), location);
                break;
        }
    }
}
