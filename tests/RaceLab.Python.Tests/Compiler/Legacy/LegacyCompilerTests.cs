using RaceLab.Python.Bytecode;
using RaceLab.Python.Bytecode.Opcodes;
using RaceLab.Python.Compiler.Legacy;
using RaceLab.Python.Syntax;

namespace RaceLab.Python.Tests.Compiler.Legacy;

public sealed class LegacyCompilerTests
{
    private const string Loop = "def worker():\n    for _ in range(10):\n        work()\n";

    [Fact]
    public void Compile_ForLoopOn39_JumpsInByteOffsets()
    {
        var worker = LegacyCompiler.Compile(Loop, "loop.py", PythonVersion.Py39).NestedCode.Single();

        // FOR_ITER 10 at 8 (relative, in bytes, to 20); JUMP_ABSOLUTE 8 at 18 (absolute, in bytes).
        Assert.Equal(Op(PythonVersion.Py39, "FOR_ITER"), worker.Code[8]);
        Assert.Equal(10, worker.Code[9]);
        Assert.Equal(Op(PythonVersion.Py39, "JUMP_ABSOLUTE"), worker.Code[18]);
        Assert.Equal(8, worker.Code[19]);
    }

    [Fact]
    public void Compile_ForLoopOn310_JumpsInInstructionUnitsAndReturnOnLoopLine()
    {
        var worker = LegacyCompiler.Compile(Loop, "loop.py", PythonVersion.Py310).NestedCode.Single();

        // The same jumps in instruction units: FOR_ITER 5, JUMP_ABSOLUTE 4.
        Assert.Equal(5, worker.Code[9]);
        Assert.Equal(4, worker.Code[19]);

        // The implicit return after the loop takes the for statement's line: the last linetable
        // entry covers 4 bytes with a line delta of -1 (from line 3 back to 2).
        Assert.Equal([4, 0xff], worker.LineTable.TakeLast(2));
    }

    [Fact]
    public void Compile_AugmentedGlobalOn39_IsLoadAddStore()
    {
        var module = LegacyCompiler.Compile("count = 0\ndef f():\n    global count\n    count += 1\n", "g.py", PythonVersion.Py39);
        var f = module.NestedCode.Single();
        var table = OpcodeTable.For(PythonVersion.Py39);

        var ops = Enumerable.Range(0, f.Code.Length / 2).Select(i => table.Name(f.Code[2 * i])).ToArray();

        Assert.Equal(["LOAD_GLOBAL", "LOAD_CONST", "INPLACE_ADD", "STORE_GLOBAL", "LOAD_CONST", "RETURN_VALUE"], ops);

        // The module itself stores the declared-global name with STORE_GLOBAL, as symtable marks it.
        Assert.Equal(Op(PythonVersion.Py39, "STORE_GLOBAL"), module.Code[2]);
    }

    [Fact]
    public void Compile_NestedFunction_ClosureAndQualifiedName()
    {
        const string source = "def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n";
        var outer = LegacyCompiler.Compile(source, "c.py", PythonVersion.Py310).NestedCode.Single();
        var inner = outer.NestedCode.Single();

        Assert.Equal(["x"], outer.CellVars.ToArray());
        Assert.Equal(["x"], inner.FreeVars.ToArray());
        Assert.Contains(new StringConstant("outer.<locals>.inner"), outer.Constants);
        Assert.True(inner.Flags.HasFlag(CodeFlags.Nested));
        Assert.False(inner.Flags.HasFlag(CodeFlags.NoFree));
    }

    [Fact]
    public void Compile_Version311_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LegacyCompiler.Compile("x = 1\n", "x.py", PythonVersion.Py311));
    }

    [Fact]
    public void Compile_SyntaxError_ThrowsPythonSyntaxException()
    {
        Assert.Throws<PythonSyntaxException>(() => LegacyCompiler.Compile("x = = 1\n", "bad.py", PythonVersion.Py39));
    }

    private static byte Op(PythonVersion version, string name) => OpcodeTable.For(version)[name];
}
