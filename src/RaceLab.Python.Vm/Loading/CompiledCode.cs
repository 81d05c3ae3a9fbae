using RaceLab.Python.Bytecode;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Loading;

/// <summary>A code object decoded once into the VM's executable form.</summary>
internal sealed class CompiledCode
{
    public required CodeObject Source { get; init; }

    /// <summary>Index of this code object within its module (for per-run warm-up counters).</summary>
    public required int Id { get; init; }

    public required Instr[] Code { get; init; }

    /// <summary>Byte offset in the real code object of each instruction (traces, tracebacks).</summary>
    public required int[] Offsets { get; init; }

    public required PyValue[] Constants { get; init; }

    /// <summary>
    /// co_names, interned: attribute names from different code objects are then one string, so the attribute
    /// dictionaries compare them by reference instead of by content (CPython interns identifiers too).
    /// </summary>
    public required string[] Names { get; init; }

    /// <summary>For each entry of co_names, its slot in the module's globals.</summary>
    public required int[] NameSlots { get; init; }

    /// <summary>Locals, then cells, then free variables (3.9/3.10); CPython's localsplus (3.11+).</summary>
    public required int SlotCount { get; init; }

    /// <summary>3.9/3.10: for each cell variable, the argument slot that seeds it, or -1.</summary>
    public required int[] CellArgSlots { get; init; }

    public required ExceptionTableEntry[] ExceptionTable { get; init; }

    /// <summary>A generator function's code (CO_GENERATOR): calling it makes a generator instead of running it.</summary>
    public bool IsGenerator { get; init; }

    /// <summary>
    /// Positional parameters only (no *args, **kwargs, keyword-only or positional-only ones), no generator and
    /// no cell an argument seeds: a call with exactly <see cref="ArgCount"/> arguments just copies them in.
    /// </summary>
    public bool PlainParameters { get; init; }

    /// <summary>
    /// Per instruction, the stretch from it to the next check point, when the explorer has read them (a
    /// sampled schedule decides only before stretches that may touch shared state); null otherwise.
    /// </summary>
    public LocalStretch[]? LocalStretches { get; set; }

    /// <summary>Code of RaceLab's own library modules (threading, queue...), not the program's.</summary>
    public bool IsLibrary => Source.FileName.StartsWith(LibrarySources.Directory, StringComparison.Ordinal);

    public string Name => Source.Name;

    public string QualifiedName => Source.QualifiedName;

    public int ArgCount => Source.ArgCount;

    public int KeywordOnlyArgCount => Source.KeywordOnlyArgCount;

    public int StackSize => Source.StackSize;

    public PythonVersion Version => Source.Version;

    public string OpName(int pc) => Bytecode.Opcodes.OpcodeTable.For(Version).Name(Code[pc].RawOpcode);
}
