using RaceLab.Python.Syntax;

namespace RaceLab.Python.Tests.Syntax;

/// <summary>Syntax errors: message, line and 1-based column as CPython 3.12's SyntaxError gives them.</summary>
public sealed class SyntaxErrorTests
{
    [Theory]
    [InlineData("if x\n  pass\n", 1, 5, "expected ':'")]
    [InlineData("x = 1\n  y = 2\n", 2, 2, "unexpected indent")]
    [InlineData("if x:\n    a\n  b\n", 3, 4, "unindent does not match any outer indentation level")]
    [InlineData("if x:\npass\n", 2, 1, "expected an indented block after 'if' statement on line 1")]
    [InlineData("for x in y:\npass\n", 2, 1, "expected an indented block after 'for' statement on line 1")]
    [InlineData("def f():\nreturn\n", 2, 1, "expected an indented block after function definition on line 1")]
    [InlineData("x = 'abc\n", 1, 5, "unterminated string literal (detected at line 1)")]
    [InlineData("x = 'a' 'b\n", 1, 9, "unterminated string literal (detected at line 1)")]
    [InlineData("x = '''abc\n\n", 1, 5, "unterminated triple-quoted string literal (detected at line 2)")]
    [InlineData("x = (1,\n2\n", 1, 5, "'(' was never closed")]
    [InlineData("x = 1)\n", 1, 6, "unmatched ')'")]
    [InlineData("]\n", 1, 1, "unmatched ']'")]
    [InlineData("x = [1)\n", 1, 7, "closing parenthesis ')' does not match opening parenthesis '['")]
    [InlineData("x = $\n", 1, 5, "invalid syntax")]
    [InlineData("x = *a\n", 1, 5, "can't use starred expression here")]
    [InlineData("*a = b\n", 1, 1, "starred assignment target must be in a list or tuple")]
    [InlineData("a, *b, *c = d\n", 1, 1, "multiple starred expressions in assignment")]
    [InlineData("print((*a))\n", 1, 8, "cannot use starred expression here")]
    [InlineData("f(**k, a)\n", 1, 9, "positional argument follows keyword argument unpacking")]
    [InlineData("x = 1 +\n", 1, 8, "invalid syntax")]
    [InlineData("def f(:\n", 1, 7, "invalid syntax")]
    [InlineData("a b\n", 1, 3, "invalid syntax")]
    [InlineData("x, y: int = 1, 2\n", 1, 1, "only single target (not tuple) can be annotated")]
    [InlineData("[x]: int\n", 1, 1, "only single target (not list) can be annotated")]
    [InlineData("f(): int\n", 1, 1, "illegal target for annotation")]
    [InlineData("import\n", 1, 7, "invalid syntax")]
    [InlineData("x = ~\n", 1, 6, "invalid syntax")]
    [InlineData("x = 1 if 2 else\n", 1, 16, "invalid syntax")]
    [InlineData("é = 'é' + $\n", 1, 11, "invalid syntax")]
    [InlineData("f() = 1\n", 1, 1, "cannot assign to function call here. Maybe you meant '==' instead of '='?")]
    [InlineData("f() += 1\n", 1, 1, "'function call' is an illegal expression for augmented assignment")]
    [InlineData("(a, b) += 1\n", 1, 1, "'tuple' is an illegal expression for augmented assignment")]
    [InlineData("x = 1 = 2\n", 1, 5, "cannot assign to literal")]
    [InlineData("x = None = 1\n", 1, 5, "cannot assign to None")]
    [InlineData("True = 1\n", 1, 1, "cannot assign to True")]
    [InlineData("x = [i for i in range(3)] = 1\n", 1, 5, "cannot assign to list comprehension")]
    [InlineData("x = 0x\n", 1, 6, "invalid hexadecimal literal")]
    [InlineData("x = 1_\n", 1, 6, "invalid decimal literal")]
    [InlineData("x = 1__0\n", 1, 6, "invalid decimal literal")]
    [InlineData("x = 1a\n", 1, 5, "invalid decimal literal")]
    [InlineData("x = 1e\n", 1, 5, "invalid decimal literal")]
    [InlineData("x = 0b102\n", 1, 9, "invalid digit '2' in binary literal")]
    [InlineData("x = 0o8\n", 1, 7, "invalid digit '8' in octal literal")]
    [InlineData("x = 09\n", 1, 5, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")]
    [InlineData("if x:\n\tpass\n        pass\n", 3, 1, "inconsistent use of tabs and spaces in indentation")]
    [InlineData("x = \\ 1\n", 1, 6, "unexpected character after line continuation character")]
    [InlineData("x = 1\n\\", 2, 2, "unexpected EOF while parsing")]
    [InlineData("x = 1 if y\n", 1, 5, "expected 'else' after 'if' expression")]
    [InlineData("def f(a=1, b):\n  pass\n", 1, 12, "parameter without a default follows parameter with a default")]
    [InlineData("def f(a, a): pass\n", 1, 10, "duplicate argument 'a' in function definition")]
    [InlineData("def f(a, *):\n  pass\n", 1, 10, "named arguments must follow bare *")]
    [InlineData("f(a=1, 2)\n", 1, 9, "positional argument follows keyword argument")]
    [InlineData("f(a=1, a=2)\n", 1, 8, "keyword argument repeated: a")]
    [InlineData("nonlocal x\n", 1, 1, "nonlocal declaration not allowed at module level")]
    [InlineData("return 1\n", 1, 1, "'return' outside function")]
    [InlineData("break\n", 1, 1, "'break' outside loop")]
    [InlineData("continue\n", 1, 1, "'continue' not properly in loop")]
    [InlineData("x += 1, = 2\n", 1, 9, "invalid syntax")]
    [InlineData("print(f'{x!z}')\n", 1, 12, "f-string: invalid conversion character 'z': expected 's', 'r', or 'a'")]
    [InlineData("x = f'{a!}'\n", 1, 10, "f-string: missing conversion character")]
    [InlineData("print(f'{}')\n", 1, 10, "f-string: valid expression required before '}'")]
    [InlineData("print(f'{x')\n", 1, 11, "f-string: expecting '}'")]
    [InlineData("x = 'a\\xZ'\n", 1, 5, "(unicode error) 'unicodeescape' codec can't decode bytes in position 1-2: truncated \\xXX escape")]
    [InlineData("if x:\n  pass\n else:\n  pass\n", 3, 7, "unindent does not match any outer indentation level")]
    [InlineData("print \"hello\"\n", 1, 1, "Missing parentheses in call to 'print'. Did you mean print(...)?")]
    [InlineData("if x = 1:\n    pass\n", 1, 4, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")]
    [InlineData("f(a b)\n", 1, 3, "invalid syntax. Perhaps you forgot a comma?")]
    [InlineData("x = (1 2)\n", 1, 6, "invalid syntax. Perhaps you forgot a comma?")]
    [InlineData("for i in range(3) print(i)\n", 1, 19, "invalid syntax")]
    [InlineData("with a as b as c:\n    pass\n", 1, 13, "invalid syntax")]
    [InlineData("def f()\n    pass\n", 1, 8, "expected ':'")]
    [InlineData("x = {1: 2, 3}\n", 1, 12, "':' expected after dictionary key")]
    [InlineData("def f(a, *, ): pass\n", 1, 10, "named arguments must follow bare *")]
    [InlineData("f(x=)\n", 1, 3, "expected argument value expression")]
    [InlineData("if True:\n    x = 1\n   y = 2\n", 3, 9, "unindent does not match any outer indentation level")]
    [InlineData("if x:\n", 1, 6, "expected an indented block after 'if' statement on line 1")]
    [InlineData("if x:\n\n", 2, 1, "expected an indented block after 'if' statement on line 1")]
    [InlineData("def f():\n    return [1,\n", 2, 12, "'[' was never closed")]
    [InlineData("__debug__ = 1\n", 1, 1, "cannot assign to __debug__")]
    [InlineData("x = 1\ny = '\0'\n", 2, 6, "source code cannot contain null bytes")]
    [InlineData("def f(__debug__): pass\n", 1, 7, "cannot assign to __debug__")]
    public void Parse_InvalidSource_ReportsCPythonMessageAndPosition(string source, int line, int column, string message)
    {
        var error = Assert.Throws<PythonSyntaxException>(() => PythonParser.Parse(source, "prog.py", PythonVersion.Py312));

        Assert.Equal($"prog.py:{line}:{column}: {message}", error.Describe());
    }

    [Fact]
    public void Parse_EmptyFStringExpressionBefore312_UsesTheOldMessage()
    {
        var error = Assert.Throws<PythonSyntaxException>(() => PythonParser.Parse("print(f'{}')\n", "prog.py", PythonVersion.Py311));

        Assert.Equal("f-string: empty expression not allowed", error.Message);
    }

    [Fact]
    public void Parse_BackslashInFStringExpressionBefore312_IsRejected()
    {
        var error = Assert.Throws<PythonSyntaxException>(() => PythonParser.Parse("x = f'{\"\\n\".join(y)}'\n", "prog.py", PythonVersion.Py311));

        Assert.Equal("f-string expression part cannot include a backslash", error.Message);
    }

    [Theory]
    [InlineData(PythonVersion.Py310, "Exceeds the limit (4300) for integer string conversion")]
    [InlineData(PythonVersion.Py311, "Exceeds the limit (4300 digits) for integer string conversion")]
    public void Parse_DecimalLiteralOverDigitLimit_IsRejectedAsCPythonDoes(PythonVersion version, string start)
    {
        var source = "x = " + new string('1', 4301) + "\n";

        var error = Assert.Throws<PythonSyntaxException>(() => PythonParser.Parse(source, "prog.py", version));

        Assert.StartsWith(start, error.Message, StringComparison.Ordinal);
        Assert.Contains("value has 4301 digits", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DecimalLiteralAtDigitLimit_IsAccepted()
    {
        var module = PythonParser.Parse("x = " + new string('9', 4300) + "\n", "prog.py", PythonVersion.Py312);

        Assert.Single(module.Body);
    }

    // What real CPython 3.9 and 3.10 report for a starred subscript (PEP 646 made it valid in 3.11).
    [Theory]
    [InlineData(PythonVersion.Py39, "x = a[*b]\n", 1, 9)]
    [InlineData(PythonVersion.Py39, "a[*b] = 1\n", 1, 5)]
    [InlineData(PythonVersion.Py39, "x = a[1, *b]\n", 1, 10)]
    [InlineData(PythonVersion.Py39, "x = a[*b, 1:2]\n", 1, 9)]
    [InlineData(PythonVersion.Py310, "x = a[*b]\n", 1, 7)]
    [InlineData(PythonVersion.Py310, "a[*b] = 1\n", 1, 3)]
    [InlineData(PythonVersion.Py310, "x = a[1, *b]\n", 1, 10)]
    [InlineData(PythonVersion.Py310, "del a[*b]\n", 1, 7)]
    public void Parse_StarredSubscriptBefore311_IsInvalidSyntaxWhereCPythonSaysSo(PythonVersion version, string source, int line, int column)
    {
        var error = Assert.Throws<PythonSyntaxException>(() => PythonParser.Parse(source, "prog.py", version));

        Assert.Equal($"prog.py:{line}:{column}: invalid syntax", error.Describe());
    }

    [Theory]
    [InlineData(PythonVersion.Py311)]
    [InlineData(PythonVersion.Py312)]
    [InlineData(PythonVersion.Py313)]
    public void Parse_StarredSubscriptFrom311_IsATupleWithAStarredItem(PythonVersion version)
    {
        var module = PythonParser.Parse("x = a[*b]\n", "prog.py", version);

        var assign = Assert.IsType<AssignNode>(Assert.Single(module.Body));
        var subscript = Assert.IsType<SubscriptNode>(assign.Value);
        var tuple = Assert.IsType<TupleNode>(subscript.Slice);
        Assert.IsType<StarredNode>(Assert.Single(tuple.Elts));
    }

    // symtable's error, at the comprehension on 3.9 and at the yield from 3.10 (real CPython's positions).
    [Theory]
    [InlineData(PythonVersion.Py39, "def f():\n    return [(yield x) for x in y]\n", 2, 12, "'yield' inside list comprehension")]
    [InlineData(PythonVersion.Py39, "def f():\n    x = {(yield) for a in b}\n", 2, 9, "'yield' inside set comprehension")]
    [InlineData(PythonVersion.Py39, "def f():\n    return list((yield from a) for a in b)\n", 2, 16, "'yield' inside generator expression")]
    [InlineData(PythonVersion.Py39, "def f():\n    y = [a for a in b if (yield)]\n", 2, 9, "'yield' inside list comprehension")]
    [InlineData(PythonVersion.Py310, "def f():\n    return [(yield x) for x in y]\n", 2, 14, "'yield' inside list comprehension")]
    [InlineData(PythonVersion.Py311, "def f():\n    x = {(yield) for a in b}\n", 2, 11, "'yield' inside set comprehension")]
    [InlineData(PythonVersion.Py312, "def f():\n    return list((yield from a) for a in b)\n", 2, 18, "'yield' inside generator expression")]
    [InlineData(PythonVersion.Py313, "def f():\n    y = [a for a in b if (yield)]\n", 2, 27, "'yield' inside list comprehension")]
    [InlineData(PythonVersion.Py313, "def f():\n    y = {k: (yield) for k in b}\n", 2, 14, "'yield' inside dict comprehension")]
    public void Compile_YieldInsideComprehension_IsRejectedAsCPythonDoes(PythonVersion version, string source, int line, int column, string message)
    {
        var error = Assert.Throws<PythonSyntaxException>(() => PythonCompiler.Compile(source, "prog.py", version));

        Assert.Equal($"prog.py:{line}:{column}: {message}", error.Describe());
    }

    [Fact]
    public void Compile_YieldInOutermostIterableOfComprehension_BelongsToTheFunction()
    {
        var code = PythonCompiler.Compile("def f():\n    return [a for a in (yield)]\n", "prog.py", PythonVersion.Py312);

        Assert.NotNull(code);
    }
}
