using System.Collections.Immutable;
using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Compiler.Legacy;

/// <summary>compile.c's makecode: a finished unit's tables, flags and assembled bytes as a code object.</summary>
internal static class CodeObjectFactory
{
    public static CodeObject Create(
        CodeUnit unit,
        string fileName,
        ImmutableArray<byte> code,
        IReadOnlyList<Constant> constants,
        int stackSize,
        ImmutableArray<byte> lineTable)
    {
        var flags = unit.ScopeFlags;
        if (unit.Kind is not (UnitKind.Module or UnitKind.Class))
        {
            flags |= CodeFlags.Optimized | CodeFlags.NewLocals;
        }

        if (unit.FreeVars.Count == 0 && unit.CellVars.Count == 0)
        {
            flags |= CodeFlags.NoFree;
        }

        return new CodeObject
        {
            Version = unit.Version,
            Name = unit.Name,
            QualifiedName = unit.Name,
            FileName = fileName,
            FirstLineNumber = unit.FirstLine,
            ArgCount = unit.ArgCount,
            PositionalOnlyArgCount = unit.PositionalOnlyArgCount,
            KeywordOnlyArgCount = unit.KeywordOnlyArgCount,
            LocalCount = unit.VarNames.Count,
            StackSize = stackSize,
            Flags = flags,
            Code = code,
            Constants = [.. constants],
            Names = [.. unit.Names.Items],
            VarNames = [.. unit.VarNames.Items],
            FreeVars = [.. unit.FreeVars.Items],
            CellVars = [.. unit.CellVars.Items],
            LineTable = lineTable,
        };
    }
}
