using RaceLab.Python.Bytecode;
using RaceLab.Python.Bytecode.Opcodes;
using RaceLab.Python.Vm.Timing;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Loading;

/// <summary>
/// Decodes a module's code objects (one CPython release's real bytecode) into the VM's executable form:
/// EXTENDED_ARG folded, inline caches skipped, jumps turned into instruction indexes, names into global
/// slots, and each instruction given that release's check-point kind and simulated cost.
/// </summary>
internal static partial class CodeLoader
{
    public static LoadedModule Load(CodeObject module, bool freeThreaded)
    {
        var globals = new GlobalTable();
        var all = new List<CompiledCode>();
        var costs = CostModel.For(module.Version, freeThreaded);
        var main = LoadOne(module, globals, all, costs);
        var programGlobals = globals.Names.Count;

        // The library modules the program imports (and they import) are compiled for the same release and
        // loaded after it, each with globals of its own: their slots follow the program's.
        var libraries = new List<LibraryModule>();
        for (var i = 0; i < globals.Imported.Count; i++)
        {
            var name = globals.Imported[i];
            if (libraries.Exists(l => l.Name == name) || !LibrarySources.Exists(name))
            {
                continue;
            }

            var code = LibrarySources.Compile(name, module.Version);
            globals.EnterModule();
            var first = globals.Names.Count;
            var body = LoadOne(code, globals, all, costs);
            libraries.Add(new LibraryModule(name, body, globals.Current, first, globals.Names.Count, libraries.Count) { Imports = globals.CurrentImports });
        }

        return new LoadedModule { Main = main, AllCode = all, GlobalNames = globals.Names, ProgramGlobalCount = programGlobals, Libraries = libraries };
    }

    /// <summary>
    /// <c>from concurrent import futures</c>: the from-list (the constant IMPORT_NAME's LOAD_CONST pushed) names
    /// a submodule, which importlib's _handle_fromlist imports with the package.
    /// </summary>
    private static void NoteFromListSubmodules(CodeObject code, IReadOnlyList<RawInstruction> raw, int importAt, GlobalTable globals)
    {
        if (importAt == 0 || raw[importAt - 1].Name != "LOAD_CONST" || code.Constants[raw[importAt - 1].Arg] is not TupleConstant fromList)
        {
            return;
        }

        var package = code.Names[raw[importAt].Arg];
        foreach (var item in fromList.Items)
        {
            if (item is StringConstant { Value: var name } && LibrarySources.Exists(package + "." + name))
            {
                globals.NoteImport(package + "." + name);
            }
        }
    }

    private static CompiledCode LoadOne(CodeObject code, GlobalTable globals, List<CompiledCode> all, CostModel costs)
    {
        var id = all.Count;
        all.Add(null!);
        var constants = new PyValue[code.Constants.Length];
        for (var i = 0; i < constants.Length; i++)
        {
            constants[i] = Constant(code.Constants[i], globals, all, costs);
        }

        var nameSlots = new int[code.Names.Length];
        for (var i = 0; i < nameSlots.Length; i++)
        {
            nameSlots[i] = globals.SlotOf(code.Names[i]);
        }

        var table = OpcodeTable.For(code.Version);
        var raw = ReadInstructions(code, table);
        var annotationsSlot = -1;
        for (var at = 0; at < raw.Count; at++)
        {
            var r = raw[at];
            if (r.Name == "IMPORT_NAME")
            {
                globals.NoteImport(code.Names[r.Arg]);
                NoteFromListSubmodules(code, raw, at, globals);
            }
            else if (r.Name == "SETUP_ANNOTATIONS" && !IsClassBody(code))
            {
                // A module's SETUP_ANNOTATIONS makes the global __annotations__, named or not by its code.
                annotationsSlot = globals.SlotOf("__annotations__");
            }
        }

        var lines = LineTable.LinesPerUnit(code);
        var unitToIndex = new int[code.Code.Length / 2 + 1];
        Array.Fill(unitToIndex, -1);
        for (var i = raw.Count - 1; i >= 0; i--)
        {
            for (var u = raw[i].FirstUnit; u < raw[i].NextUnit; u++)
            {
                unitToIndex[u] = i;
            }
        }

        unitToIndex[^1] = raw.Count;
        var instrs = new Instr[raw.Count];
        var offsets = new int[raw.Count];
        for (var i = 0; i < raw.Count; i++)
        {
            var r = raw[i];
            var (op, arg, check) = Map(code, r, unitToIndex, nameSlots, annotationsSlot);
            instrs[i] = new Instr
            {
                Op = op,
                Arg = arg,
                Check = check,
                RawOpcode = r.Opcode,
                Cost = costs.CostOf(r.Name, op, arg),
                Line = lines[r.Unit],
            };
            offsets[i] = r.Unit * 2;
        }

        var ncells = code.CellVars.Length;
        var slotCount = code.Version >= PythonVersion.Py311
            ? code.VarNames.Length + code.CellVars.Count(c => !code.VarNames.Contains(c)) + code.FreeVars.Length
            : code.VarNames.Length + ncells + code.FreeVars.Length;
        var cellArgs = code.Version >= PythonVersion.Py311
            ? []
            : code.CellVars.Select(c => code.VarNames.IndexOf(c)).ToArray();
        var compiled = new CompiledCode
        {
            Source = code,
            Id = id,
            Code = instrs,
            Offsets = offsets,
            Constants = constants,
            NameSlots = nameSlots,
            Names = [.. code.Names.Select(string.Intern)],
            SlotCount = slotCount,
            CellArgSlots = cellArgs,
            IsGenerator = (code.Flags & CodeFlags.Generator) != 0,
            PlainParameters = (code.Flags & (CodeFlags.Generator | CodeFlags.VarArgs | CodeFlags.VarKeywords)) == 0
                && code.KeywordOnlyArgCount == 0 && code.PositionalOnlyArgCount == 0 && cellArgs.Length == 0,
            ExceptionTable = ExceptionTableReader.Read(code.ExceptionTable.AsSpan())
                .Select(e => new ExceptionTableEntry(unitToIndex[e.Start], unitToIndex[Math.Min(e.End, unitToIndex.Length - 1)], unitToIndex[e.Target], e.Depth, e.Lasti))
                .ToArray(),
        };
        all[id] = compiled;
        return compiled;
    }

    private static PyValue Constant(Constant constant, GlobalTable globals, List<CompiledCode> all, CostModel costs) => constant switch
    {
        NoneConstant => PyValue.None,
        BoolConstant b => PyValue.FromBool(b.Value),
        IntConstant i => PyValue.FromBig(i.Value),
        FloatConstant f => PyValue.FromFloat(f.Value),
        StringConstant s => PyValue.FromString(s.Value),
        TupleConstant t => PyValue.FromObject(new PyTuple(t.Items.Select(c => Constant(c, globals, all, costs)).ToArray())),
        CodeConstant c => PyValue.FromObject(LoadOne(c.Code, globals, all, costs)),
        EllipsisConstant => PyValue.FromObject(PyEllipsis.Instance),
        FrozenSetConstant s => PyValue.FromObject(PySet.FrozenInOrder(s.Items.Select(c => Constant(c, globals, all, costs)).ToList())),
        _ => throw new VmLoadException($"unsupported constant {constant.Repr()}"),
    };

    private static List<RawInstruction> ReadInstructions(CodeObject code, OpcodeTable table)
    {
        var bytes = code.Code;
        var list = new List<RawInstruction>();
        var extended = 0;
        var first = -1;
        for (var u = 0; u < bytes.Length / 2;)
        {
            var opcode = bytes[2 * u];
            var name = table.Name(opcode);
            var arg = extended | bytes[(2 * u) + 1];
            if (first < 0)
            {
                first = u;
            }

            var next = u + 1 + table.CacheEntries(opcode);
            if (name is "EXTENDED_ARG" or "EXTENDED_ARG_QUICK")
            {
                extended = arg << 8;
                u = next;
                continue;
            }

            list.Add(new RawInstruction(name, opcode, arg, first, u, next));
            extended = 0;
            first = -1;
            u = next;
        }

        return list;
    }
}
