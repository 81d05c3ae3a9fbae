using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Compiler.Modern;

/// <summary>A code object's <c>co_consts</c> under construction: CPython's u_consts dict (first use wins).</summary>
internal sealed class ConstantPool
{
    private readonly List<Constant> _items = [];
    // _PyCode_ConstantKey: code objects merge by value too, so compiling one comprehension twice (a while
    // loop's test is compiled at its top and its bottom) leaves one constant.
    private readonly Dictionary<Constant, int> _index = new(Legacy.ConstantKeyComparer.Instance);

    public IReadOnlyList<Constant> Items => _items;

    public int Add(Constant constant)
    {
        if (_index.TryGetValue(constant, out var index))
        {
            return index;
        }

        index = _items.Count;
        _items.Add(constant);
        _index[constant] = index;
        return index;
    }

    public Constant this[int index] => _items[index];

    /// <summary>Python's truth value of a constant (PyObject_IsTrue).</summary>
    public static bool IsTrue(Constant constant) => constant switch
    {
        NoneConstant => false,
        BoolConstant b => b.Value,
        IntConstant i => !i.Value.IsZero,
        FloatConstant f => f.Value != 0.0,
        StringConstant s => s.Value.Length > 0,
        TupleConstant t => t.Items.Length > 0,
        _ => true,
    };

    /// <summary>
    /// Drops constants no instruction uses, keeping index 0 (a possible docstring) and renumbering the
    /// rest: 3.12+ remove_unused_consts; 3.11's trim_unused_consts only drops the unused tail.
    /// </summary>
    public void RemoveUnused(IEnumerable<Instruction> instructions, PythonVersion version)
    {
        var all = instructions.Where(i => OpInfo.UsesConst(i.Op)).ToList();
        if (_items.Count == 0)
        {
            return;
        }

        var used = new bool[_items.Count];
        used[0] = true;
        foreach (var instruction in all)
        {
            used[instruction.Arg] = true;
        }

        if (version == PythonVersion.Py311)
        {
            var max = Array.LastIndexOf(used, true);
            for (var i = 0; i <= max; i++)
            {
                used[i] = true;
            }
        }

        var map = new int[_items.Count];
        var kept = new List<Constant>();
        for (var i = 0; i < _items.Count; i++)
        {
            map[i] = used[i] ? kept.Count : -1;
            if (used[i])
            {
                kept.Add(_items[i]);
            }
        }

        _items.Clear();
        _index.Clear();
        foreach (var constant in kept)
        {
            _index.TryAdd(constant, _items.Count);
            _items.Add(constant);
        }

        foreach (var instruction in all)
        {
            instruction.Arg = map[instruction.Arg];
        }
    }
}
