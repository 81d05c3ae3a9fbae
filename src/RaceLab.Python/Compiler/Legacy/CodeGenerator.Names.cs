using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Legacy;

internal sealed partial class CodeGenerator
{
    /// <summary>compiler_nameop with Del: DELETE_FAST, DELETE_DEREF, DELETE_GLOBAL or DELETE_NAME.</summary>
    private void DeleteName(string name)
    {
        var function = _unit.Kind is not (UnitKind.Module or UnitKind.Class);
        switch (Resolve(name))
        {
            case SymbolScope.Free:
                _unit.Emit(LegacyOp.DeleteDeref, _unit.CellVars.Count + _unit.FreeVars.Add(name));
                return;
            case SymbolScope.Cell:
                _unit.Emit(LegacyOp.DeleteDeref, _unit.CellVars.Add(name));
                return;
            case SymbolScope.Local when function:
                _unit.EmitIndexed(LegacyOp.DeleteFast, _unit.VarNames, name);
                return;
            case SymbolScope.GlobalExplicit:
            case SymbolScope.GlobalImplicit when function:
                _unit.EmitGlobalName(LegacyOp.DeleteGlobal, name);
                return;
            default:
                _unit.EmitGlobalName(LegacyOp.DeleteName, name);
                return;
        }
    }

    /// <summary>compiler_nameop: FAST, DEREF, GLOBAL or NAME by the symbol table's resolution.</summary>
    private void NameOp(string name, ExprContext context)
    {
        var store = context == ExprContext.Store;
        var resolution = Resolve(name);
        var function = _unit.Kind is not (UnitKind.Module or UnitKind.Class);
        switch (resolution)
        {
            case SymbolScope.Free:
                // A class body reads a free variable through its namespace first (LOAD_CLASSDEREF).
                var load = _unit.Kind == UnitKind.Class ? LegacyOp.LoadClassderef : LegacyOp.LoadDeref;
                _unit.Emit(store ? LegacyOp.StoreDeref : load, _unit.CellVars.Count + _unit.FreeVars.Add(name));
                return;
            case SymbolScope.Cell:
                _unit.Emit(store ? LegacyOp.StoreDeref : LegacyOp.LoadDeref, _unit.CellVars.Add(name));
                return;
            case SymbolScope.Local when function:
                _unit.EmitIndexed(store ? LegacyOp.StoreFast : LegacyOp.LoadFast, _unit.VarNames, name);
                return;
            case SymbolScope.GlobalExplicit:
            case SymbolScope.GlobalImplicit when function:
                _unit.EmitGlobalName(store ? LegacyOp.StoreGlobal : LegacyOp.LoadGlobal, name);
                return;
            default:
                _unit.EmitGlobalName(store ? LegacyOp.StoreName : LegacyOp.LoadName, name);
                return;
        }
    }
}
