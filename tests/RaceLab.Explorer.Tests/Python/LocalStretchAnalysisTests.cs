using RaceLab.Explorer.Python;
using RaceLab.Python;
using RaceLab.Python.Vm.Loading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Explorer.Tests.Python;

public sealed class LocalStretchAnalysisTests
{
    private const string Counter = """
        count = 0


        def worker():
            global count
            for _ in range(3):
                count += 1
        """;

    [Fact]
    public void CountIncrement_On39_DecidesOnlyBeforeTheLoadAndTheStore()
    {
        var worker = Function(Counter, "worker", PythonVersion.Py39);
        var stretches = Stretches(worker);

        // FOR_ITER STORE_FAST LOAD_GLOBAL | LOAD_CONST INPLACE_ADD | STORE_GLOBAL | JUMP_ABSOLUTE | FOR_ITER ...
        var store = Array.FindIndex(worker.Code, i => i.Op == Op.StoreGlobal);
        var load = Array.FindLastIndex(worker.Code, store, i => i.Op == Op.LoadGlobal);
        var afterLoad = stretches[load + 1];
        Assert.Equal(StretchKind.FrameOnly, afterLoad.Kind);
        Assert.Equal(1u, afterLoad.StackIntegral);
        Assert.Equal(StretchKind.FrameAndGlobals, stretches[load - 1].Kind);

        Assert.Equal(StretchKind.FrameAndGlobals, stretches[store].Kind);
        Assert.Equal(new LocalStretch(StretchKind.FrameOnly, 0, 0, 0, 0), stretches[store + 1]);

        var forIter = Array.FindIndex(worker.Code, i => i.Op == Op.ForIter);
        Assert.Equal(StretchKind.FrameOnly, stretches[forIter].Kind);
        Assert.Equal(1, stretches[forIter].RangeIteratorAt);
    }

    [Fact]
    public void InPlaceAddOfLocals_IsFrameOnlyForIntsButNotForAList()
    {
        // `lst += more` on a list shared with other threads mutates it: frame-only only when both are ints.
        var worker = Function("""
            def worker(lst, more):
                lst += more
            """, "worker", PythonVersion.Py39);
        var stretch = Stretches(worker)[0];
        Assert.Equal(StretchKind.FrameOnly, stretch.Kind);

        var slots = new PyValue[8];
        slots[0] = PyValue.FromInt(1);
        slots[1] = PyValue.FromInt(2);
        Assert.True(stretch.IsLocal(slots, 2));

        slots[0] = PyValue.FromObject(new PyList([PyValue.FromInt(1)]));
        Assert.False(stretch.IsLocal(slots, 2));

        slots[0] = default;
        Assert.False(stretch.IsLocal(slots, 2));
    }

    [Theory]
    [InlineData("    x(1)\n")]
    [InlineData("    x.append(1)\n")]
    [InlineData("    lock.acquire()\n")]
    [InlineData("    y = x.value\n")]
    [InlineData("    y = x[0]\n")]
    [InlineData("    return x / 1\n")]
    public void CallsAttributesItemsAndReturns_AreShared(string body)
    {
        var worker = Function("def worker(x, lock):\n" + body, "worker", PythonVersion.Py39);

        Assert.Equal(StretchKind.Shared, Stretches(worker)[0].Kind);
    }

    [Fact]
    public void DivisionOfInts_IsSharedSinceItMayRaise()
    {
        // 1 // 0 raises: an uncaught exception ends the thread with a traceback, which others can see.
        var worker = Function("""
            def worker(a, b):
                c = a // b
                d = c
            """, "worker", PythonVersion.Py39);

        Assert.Equal(StretchKind.Shared, Stretches(worker)[0].Kind);
    }

    private static LocalStretch[] Stretches(CompiledCode code)
    {
        var stretches = new LocalStretch[code.Code.Length];
        for (var pc = 0; pc < stretches.Length; pc++)
        {
            stretches[pc] = LocalStretchAnalysis.At(code, pc);
        }

        return stretches;
    }

    private static CompiledCode Function(string source, string name, PythonVersion version)
    {
        var module = CodeLoader.Load(PythonCompiler.Compile(source, "prog.py", version), freeThreaded: false);
        return module.AllCode.Single(c => c.Name == name);
    }
}
