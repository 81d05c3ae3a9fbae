using System.Collections.Immutable;
using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Compiler.Modern;

internal sealed partial class CodeGenerator
{
    /// <summary>Optimizes and assembles a finished unit into its code object.</summary>
    private CodeObject Assemble(CodeUnit unit, CodeFlags flags)
    {
        if (_postponedAnnotations)
        {
            flags |= CodeFlags.FutureAnnotations;
        }

        var nonVarCells = unit.CellVars.Where(c => !unit.VarNames.Contains(c)).ToList();
        foreach (var instruction in unit.Graph.Blocks().SelectMany(b => b.Instructions))
        {
            if (instruction.Op is Op.LOAD_DEREF or Op.STORE_DEREF or Op.LOAD_CLOSURE or Op.MAKE_CELL
                or Op.LOAD_CLASSDEREF or Op.LOAD_FROM_DICT_OR_DEREF or Op.DELETE_DEREF)
            {
                instruction.Arg = FinalDerefIndex(unit, nonVarCells, instruction.Arg);
            }
        }

        // Cells live in localsplus order: argument cells in their slots, then the others (sorted by name).
        var cellOrder = unit.CellVars.Select((name, i) => (Name: name, Index: FinalDerefIndex(unit, nonVarCells, i)))
            .OrderBy(c => c.Index).ToList();
        var cells = cellOrder.Select(c => c.Index).ToList();
        var shape = new CodeUnitShape(
            unit.FirstLine,
            Generator: (flags & CodeFlags.Generator) != 0,
            unit.VarNames.Count,
            unit.ParameterCount,
            cells,
            unit.FreeVars.Count);
        var (instructions, depth) = unit.Graph.Finish(unit.Constants, shape);
        var assembler = new Assembler(_version, instructions, unit.Graph.HandlerStarts);
        assembler.ResolveJumps();
        assembler.EmitCode();
        return new CodeObject
        {
            Version = _version,
            Name = unit.Name,
            QualifiedName = unit.QualifiedName,
            FileName = _fileName,
            FirstLineNumber = unit.FirstLine,
            ArgCount = unit.ArgCount,
            PositionalOnlyArgCount = unit.PositionalOnlyArgCount,
            KeywordOnlyArgCount = unit.KeywordOnlyArgCount,
            LocalCount = unit.VarNames.Count,
            StackSize = depth,
            Flags = flags | unit.ParameterFlags,
            Code = assembler.Code,
            Constants = [.. unit.Constants.Items],
            Names = [.. unit.Names],
            VarNames = [.. unit.VarNames],
            CellVars = [.. cellOrder.Select(c => c.Name)],
            FreeVars = [.. unit.FreeVars],
            LineTable = assembler.LineTable(unit.FirstLine),
            ExceptionTable = assembler.ExceptionTable(),
        };
    }

    /// <summary>
    /// CPython's fix_cell_offsets: during generation a deref argument counts cells then frees; in the code
    /// object a cell that is also a local uses the local's slot, the rest follow the locals.
    /// </summary>
    private static int FinalDerefIndex(CodeUnit unit, List<string> nonVarCells, int raw)
    {
        if (raw < unit.CellVars.Count)
        {
            var name = unit.CellVars[raw];
            var local = unit.VarNames.IndexOf(name);
            return local >= 0 ? local : unit.VarNames.Count + nonVarCells.IndexOf(name);
        }

        return unit.VarNames.Count + nonVarCells.Count + (raw - unit.CellVars.Count);
    }

    private int RawDerefIndex(string name)
    {
        var cell = _unit.CellVars.IndexOf(name);
        return cell >= 0 ? cell : _unit.CellVars.Count + _unit.FreeVars.IndexOf(name);
    }

    private static ImmutableArray<Constant> Strings(IEnumerable<string> items) =>
        [.. items.Select(s => (Constant)new StringConstant(s))];
}
