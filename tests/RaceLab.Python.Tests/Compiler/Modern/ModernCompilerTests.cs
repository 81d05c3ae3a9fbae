using RaceLab.Python.Bytecode;
using RaceLab.Python.Bytecode.Opcodes;
using RaceLab.Python.Compiler.Modern;

namespace RaceLab.Python.Tests.Compiler.Modern;

public sealed class ModernCompilerTests
{
    private const string Increment = "count = 0\n\ndef incr():\n    global count\n    count += 1\n";

    private static List<string> OpNames(CodeObject code)
    {
        var table = OpcodeTable.For(code.Version);
        var names = new List<string>();
        for (var i = 0; i < code.Code.Length; i += 2)
        {
            var name = table.Name(code.Code[i]);
            if (name != "CACHE")
            {
                names.Add(name);
            }
        }

        return names;
    }

    [Theory]
    [InlineData("3.11")]
    [InlineData("3.12")]
    [InlineData("3.13")]
    public void Compile_GlobalIncrement_IsLoadBinaryOpStore(string version)
    {
        var code = ModernCompiler.Compile(Increment, "x.py", Corpus.GoldenCorpus.Version(version));

        var incr = code.NestedCode.Single();
        var ops = OpNames(incr);
        Assert.Equal(["RESUME", "LOAD_GLOBAL", "LOAD_CONST", "BINARY_OP", "STORE_GLOBAL"], ops.Take(5));
        Assert.Equal(version == "3.11" ? "RETURN_VALUE" : "RETURN_CONST", ops[^1]);
    }

    [Fact]
    public void Compile_CallOn311_EmitsPrecallAndInlineCaches()
    {
        var code = ModernCompiler.Compile("print(1)\n", "x.py", PythonVersion.Py311);

        var table = OpcodeTable.For(PythonVersion.Py311);
        var ops = Enumerable.Range(0, code.Code.Length / 2).Select(i => table.Name(code.Code[2 * i])).ToList();
        var precall = ops.IndexOf("PRECALL");
        Assert.Equal("CACHE", ops[precall + 1]);
        Assert.Equal("CALL", ops[precall + 2]);
        Assert.Equal(["CACHE", "CACHE", "CACHE", "CACHE"], ops.Skip(precall + 3).Take(4));
    }

    [Fact]
    public void Compile_WithStatementOn311_HasExceptionTableWithLasti()
    {
        const string source = "import threading\nlock = threading.Lock()\nwith lock:\n    pass\n";

        var code = ModernCompiler.Compile(source, "x.py", PythonVersion.Py311);

        Assert.NotEmpty(code.ExceptionTable);
        Assert.Contains("BEFORE_WITH", OpNames(code));
    }

    [Fact]
    public void Compile_LongLoopBodyOn312_UsesExtendedArgForBackwardJump()
    {
        var body = string.Concat(Enumerable.Range(0, 200).Select(i => $"    x{i % 7} = {i}\n"));
        var code = ModernCompiler.Compile("def f():\n  while g():\n" + body, "x.py", PythonVersion.Py312);

        Assert.Contains("EXTENDED_ARG", OpNames(code.NestedCode.Single()));
    }

    [Fact]
    public void Compile_ListComprehensionOn311_IsNestedCodeObject_On312_IsInlined()
    {
        const string source = "xs = [i for i in range(3)]\n";

        var on311 = ModernCompiler.Compile(source, "x.py", PythonVersion.Py311);
        var on312 = ModernCompiler.Compile(source, "x.py", PythonVersion.Py312);

        Assert.Equal("<listcomp>", on311.NestedCode.Single().Name);
        Assert.Empty(on312.NestedCode);
        Assert.Contains("LOAD_FAST_AND_CLEAR", OpNames(on312));
    }

    [Fact]
    public void Compile_VersionBefore311_IsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ModernCompiler.Compile("x = 1\n", "x.py", PythonVersion.Py310));

    [Fact]
    public void Compile_NameBothGlobalAndNonlocal_ThrowsSyntaxErrorWhereCPythonDoes()
    {
        const string source = "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n";

        var error = Assert.Throws<RaceLab.Python.Syntax.PythonSyntaxException>(
            () => ModernCompiler.Compile(source, "x.py", PythonVersion.Py311));

        Assert.Contains("nonlocal and global", error.Message, StringComparison.Ordinal);
        // Where CPython 3.11 and 3.13 report it: the global declaration, line 4, column 9.
        Assert.Equal((4, 9), (error.Line, error.Column));
    }

    [Fact]
    public void Compile_BreakOutsideLoop_ThrowsSyntaxError() =>
        Assert.Throws<RaceLab.Python.Syntax.PythonSyntaxException>(() => ModernCompiler.Compile("break\n", "x.py", PythonVersion.Py313));
}
