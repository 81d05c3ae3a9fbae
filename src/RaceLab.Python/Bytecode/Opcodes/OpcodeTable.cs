namespace RaceLab.Python.Bytecode.Opcodes;

/// <summary>
/// One CPython release's opcode numbering and instruction properties, generated from that release's
/// <c>opcode</c> module (tools/gen-opcodes.py). Specialized (adaptive) instructions of 3.11+ are included
/// so the VM can name them, but the compiler never emits them.
/// </summary>
public sealed class OpcodeTable
{
    private readonly string[] _names;
    private readonly byte[] _cacheEntries;
    // Plain hash tables, not frozen ones: every table is built at start-up (all five on first use), where
    // freezing (analysing the keys, then jitting FrozenDictionary<string, byte>) cost more than it saved.
    private readonly Dictionary<string, int> _byName;
    private readonly bool[] _relativeJump = new bool[256];
    private readonly bool[] _absoluteJump = new bool[256];
    private readonly bool[] _hasConst = new bool[256];
    private readonly bool[] _hasName = new bool[256];
    private readonly bool[] _hasLocal = new bool[256];
    private readonly bool[] _hasFree = new bool[256];
    private readonly bool[] _hasCompare = new bool[256];

    internal OpcodeTable(
        PythonVersion version,
        int haveArgument,
        string[] names,
        int[] cacheEntries,
        int[] relativeJumps,
        int[] absoluteJumps,
        int[] hasConst,
        int[] hasName,
        int[] hasLocal,
        int[] hasFree,
        int[] hasCompare,
        string[] compareOps,
        string[] binaryOps,
        string[] specialized)
    {
        Version = version;
        HaveArgument = haveArgument;
        _names = names;
        _cacheEntries = cacheEntries.Select(c => (byte)c).ToArray();
        _byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            if (names[i].Length > 0)
            {
                _byName[names[i]] = i;
            }
        }

        Mark(_relativeJump, relativeJumps);
        Mark(_absoluteJump, absoluteJumps);
        Mark(_hasConst, hasConst);
        Mark(_hasName, hasName);
        Mark(_hasLocal, hasLocal);
        Mark(_hasFree, hasFree);
        Mark(_hasCompare, hasCompare);
        CompareOps = compareOps;
        BinaryOps = binaryOps;
        Specialized = new HashSet<string>(specialized, StringComparer.Ordinal);
    }

    public PythonVersion Version { get; }

    /// <summary>Opcodes at or above this number take an argument (below 3.13 the byte is still emitted).</summary>
    public int HaveArgument { get; }

    /// <summary><c>dis.cmp_op</c>: COMPARE_OP argument names.</summary>
    public IReadOnlyList<string> CompareOps { get; }

    /// <summary>3.11+ <c>opcode._nb_ops</c> symbols, indexed by BINARY_OP's argument ("+", "+=", ...).</summary>
    public IReadOnlyList<string> BinaryOps { get; }

    public IReadOnlySet<string> Specialized { get; }

    public string Name(byte opcode) => _names[opcode].Length > 0 ? _names[opcode] : $"<{opcode}>";

    public bool IsDefined(byte opcode) => _names[opcode].Length > 0;

    /// <summary>The opcode number of <paramref name="name"/>; throws for a name this release lacks.</summary>
    public byte this[string name] => _byName.TryGetValue(name, out var op)
        ? (byte)op
        : throw new KeyNotFoundException($"CPython {Version.Label()} has no opcode {name}");

    public bool TryGet(string name, out byte opcode)
    {
        var found = _byName.TryGetValue(name, out var op);
        opcode = (byte)op;
        return found;
    }

    /// <summary>Inline CACHE code units that follow the instruction (3.11+; 0 before).</summary>
    public int CacheEntries(byte opcode) => _cacheEntries[opcode];

    public bool IsRelativeJump(byte opcode) => _relativeJump[opcode];

    public bool IsAbsoluteJump(byte opcode) => _absoluteJump[opcode];

    public bool IsJump(byte opcode) => _relativeJump[opcode] || _absoluteJump[opcode];

    public bool HasConst(byte opcode) => _hasConst[opcode];

    public bool HasName(byte opcode) => _hasName[opcode];

    public bool HasLocal(byte opcode) => _hasLocal[opcode];

    public bool HasFree(byte opcode) => _hasFree[opcode];

    public bool HasCompare(byte opcode) => _hasCompare[opcode];

    public static OpcodeTable For(PythonVersion version) => version switch
    {
        PythonVersion.Py39 => OpcodeTables.Py39,
        PythonVersion.Py310 => OpcodeTables.Py310,
        PythonVersion.Py311 => OpcodeTables.Py311,
        PythonVersion.Py312 => OpcodeTables.Py312,
        PythonVersion.Py313 => OpcodeTables.Py313,
        _ => throw new ArgumentOutOfRangeException(nameof(version)),
    };

    private static void Mark(bool[] set, int[] opcodes)
    {
        foreach (var op in opcodes)
        {
            if (op < 256)
            {
                set[op] = true;
            }
        }
    }
}
