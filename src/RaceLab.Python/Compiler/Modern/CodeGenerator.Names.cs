using RaceLab.Python.Syntax;
using Scope = RaceLab.Python.Compiler.Modern.Scope;
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

            if (scope.Parent!.Kind == ScopeKind.Class && scope.Symbols.Contains(name))
            {
                // A class body's comprehension has all its symbols swapped in while it is compiled.
                return scope[name];
            }

            scope = scope.Parent!;
        }

        return HidesModuleSymbol(name) ? NameScope.GlobalImplicit : scope[name];
    }

    private bool IsFast(string name) =>
        _unit.Scope.IsFunctionLike || _unit.FastHidden.Contains(name);

    private void LoadName(string name, SourceLocation location) => NameOp(name, ExprContext.Load, location);

    private void StoreName(string name, SourceLocation location) => NameOp(name, ExprContext.Store, location);

    /// <summary>compiler_nameop with Del: DELETE_FAST, DELETE_DEREF, DELETE_GLOBAL or DELETE_NAME.</summary>
    private void DeleteName(string name, SourceLocation location) => NameOp(name, ExprContext.Del, location);

    /// <summary>CPython's compiler_nameop: picks FAST, DEREF, GLOBAL or NAME from the name's scope, LOAD/STORE/DELETE by context.</summary>
    private void NameOp(string name, ExprContext context, SourceLocation location)
    {
        Op Pick(Op load, Op store, Op delete) => context switch
        {
            ExprContext.Store => store,
            ExprContext.Del => delete,
            _ => load,
        };

        switch (Resolve(name))
        {
            case NameScope.Free when context == ExprContext.Load && _unit.Scope.Kind == ScopeKind.Class && _unit.InlinedComprehensionDepth == 0:
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
                Emit(Pick(Op.LOAD_DEREF, Op.STORE_DEREF, Op.DELETE_DEREF), RawDerefIndex(name), location);
                break;
            case NameScope.Local when IsFast(name):
                Emit(Pick(Op.LOAD_FAST, Op.STORE_FAST, Op.DELETE_FAST), _unit.AddVarName(name), location);
                break;
            case NameScope.GlobalExplicit:
            case NameScope.GlobalImplicit when _unit.Scope.IsFunctionLike:
                // LOAD_GLOBAL's argument carries the push-NULL bit (3.11+).
                var index = _unit.AddName(name);
                Emit(Pick(Op.LOAD_GLOBAL, Op.STORE_GLOBAL, Op.DELETE_GLOBAL), context == ExprContext.Load ? index << 1 : index, location);
                break;
            case NameScope.GlobalImplicit or NameScope.Local
                when context == ExprContext.Load && _unit.Scope.Kind == ScopeKind.Class && _unit.InlinedComprehensionDepth > 0:
                // compiler_nameop: a class body's inlined comprehension reads a name it does not bind as a global.
                Emit(Op.LOAD_GLOBAL, _unit.AddName(name) << 1, location);
                break;
            default:
                Emit(Pick(Op.LOAD_NAME, Op.STORE_NAME, Op.DELETE_NAME), _unit.AddName(name), location);
                break;
        }
    }
}
