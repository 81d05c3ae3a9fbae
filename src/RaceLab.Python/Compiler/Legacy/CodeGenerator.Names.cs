using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Legacy;

internal sealed partial class CodeGenerator
{
    /// <summary>compiler_nameop with Del: DELETE_FAST, DELETE_DEREF, DELETE_GLOBAL or DELETE_NAME.</summary>
    private void DeleteName(string name) => NameOp(name, ExprContext.Del);

    /// <summary>compiler_nameop: FAST, DEREF, GLOBAL or NAME by the symbol table's resolution, LOAD/STORE/DELETE by context.</summary>
    private void NameOp(string name, ExprContext context)
    {
        LegacyOp Pick(LegacyOp load, LegacyOp store, LegacyOp delete) => context switch
        {
            ExprContext.Store => store,
            ExprContext.Del => delete,
            _ => load,
        };

        var function = _unit.Kind is not (UnitKind.Module or UnitKind.Class);
        switch (Resolve(name))
        {
            case SymbolScope.Free:
                // A class body reads a free variable through its namespace first (LOAD_CLASSDEREF).
                var load = _unit.Kind == UnitKind.Class ? LegacyOp.LoadClassderef : LegacyOp.LoadDeref;
                _unit.Emit(Pick(load, LegacyOp.StoreDeref, LegacyOp.DeleteDeref), _unit.CellVars.Count + _unit.FreeVars.Add(name));
                return;
            case SymbolScope.Cell:
                _unit.Emit(Pick(LegacyOp.LoadDeref, LegacyOp.StoreDeref, LegacyOp.DeleteDeref), _unit.CellVars.Add(name));
                return;
            case SymbolScope.Local when function:
                _unit.EmitIndexed(Pick(LegacyOp.LoadFast, LegacyOp.StoreFast, LegacyOp.DeleteFast), _unit.VarNames, name);
                return;
            case SymbolScope.GlobalExplicit:
            case SymbolScope.GlobalImplicit when function:
                _unit.EmitGlobalName(Pick(LegacyOp.LoadGlobal, LegacyOp.StoreGlobal, LegacyOp.DeleteGlobal), name);
                return;
            default:
                _unit.EmitGlobalName(Pick(LegacyOp.LoadName, LegacyOp.StoreName, LegacyOp.DeleteName), name);
                return;
        }
    }
}
