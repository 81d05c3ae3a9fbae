using RaceLab.Python.Bytecode;
using RaceLab.Python.Syntax;

namespace RaceLab.Python.Tests.Syntax;

/// <summary>Expected values are what real CPython 3.9-3.13 put in co_consts for <c>r = EXPR</c> (see tools/ast-golden.py's neighbours).</summary>
public sealed class AstOptimizerTests
{
    private static Expression Fold(string expression, PythonVersion version = PythonVersion.Py313)
    {
        var module = AstOptimizer.Optimize(PythonParser.Parse("r = " + expression + "\n", "prog.py", version), version);
        return ((AssignNode)module.Body[0]).Value;
    }

    [Theory]
    [InlineData("1000000 * 10", "10000000")]
    [InlineData("-1", "-1")]
    [InlineData("--1", "1")]
    [InlineData("~5", "-6")]
    [InlineData("not 1", "False")]
    [InlineData("2 ** 10", "1024")]
    [InlineData("2 ** -1", "0.5")]
    [InlineData("1 << 127", "170141183460469231731687303715884105728")]
    [InlineData("3 << 126", "255211775190703847597530955573826158592")]
    [InlineData("-7 // 2", "-4")]
    [InlineData("7 % -3", "-2")]
    [InlineData("7.5 // 2", "3.0")]
    [InlineData("-7.5 % 2", "0.5")]
    [InlineData("1 / 3", "0.3333333333333333")]
    [InlineData("10**20 / 3", "3.333333333333333e+19")]
    [InlineData("'a' + 'b'", "'ab'")]
    [InlineData("3 * 'ab'", "'ababab'")]
    [InlineData("(1, 2) * 3", "(1, 2, 1, 2, 1, 2)")]
    [InlineData("(1, 2) + (3,)", "(1, 2, 3)")]
    [InlineData("(1, (2, 3))", "(1, (2, 3))")]
    [InlineData("'abc'[1]", "'b'")]
    [InlineData("(1, 2)[-1]", "2")]
    [InlineData("True + 1", "2")]
    [InlineData("True & False", "False")]
    [InlineData("True | 2", "3")]
    [InlineData("~True", "-2")]
    [InlineData("1 - 1.5", "-0.5")]
    [InlineData("0.1 + 0.2", "0.30000000000000004")]
    [InlineData("2 ** 0.5", "1.4142135623730951")]
    [InlineData("1e308 * 10", "inf")]
    [InlineData("__debug__", "True")]
    public void Optimize_ConstantExpression_FoldsToCPythonsValue(string expression, string repr)
    {
        var folded = Assert.IsType<ConstantNode>(Fold(expression));

        Assert.Equal(repr, folded.Value.Repr());
        Assert.Equal(new SourceSpan(1, 4, 1, 4 + expression.Length), folded.Span);
    }

    [Theory]
    [InlineData("2 ** 200", "the int would exceed 128 bits")]
    [InlineData("2**128", "the int would exceed 128 bits")]
    [InlineData("1 << 128", "the int would exceed 128 bits")]
    [InlineData("1 / 0", "ZeroDivisionError")]
    [InlineData("1 % 0", "ZeroDivisionError")]
    [InlineData("'a' * 4097", "the string would exceed 4096 characters")]
    [InlineData("'ab' * 2049", "the string would exceed 4096 characters")]
    [InlineData("(1,) * 257", "the tuple would exceed 256 items")]
    [InlineData("'%s' % 'x'", "str % is never folded")]
    [InlineData("'abc'[5]", "IndexError")]
    [InlineData("10.0 ** 400", "OverflowError")]
    [InlineData("x + 1 + 2", "(x + 1) + 2 has no constant operand pair")]
    public void Optimize_OperationCPythonLeavesToRunTime_IsNotFolded(string expression, string why)
    {
        Assert.False(Fold(expression) is ConstantNode, why);
    }

    [Fact]
    public void Optimize_LongestFoldableString_Folds()
    {
        var folded = Assert.IsType<ConstantNode>(Fold("'ab' * 2048"));

        Assert.Equal(4096, ((StringConstant)folded.Value).Value.Length);
    }

    [Fact]
    public void Optimize_PartlyConstantSum_FoldsTheConstantPrefix()
    {
        var sum = Assert.IsType<BinOpNode>(Fold("1 + 2 + x"));

        Assert.Equal("3", Assert.IsType<ConstantNode>(sum.Left).Value.Repr());
    }

    [Theory]
    [InlineData("not (a is b)", CompareOperator.IsNot)]
    [InlineData("not (a in b)", CompareOperator.NotIn)]
    public void Optimize_NotOfIdentityOrMembership_InvertsTheComparison(string expression, CompareOperator op)
    {
        var compare = Assert.IsType<CompareNode>(Fold(expression));

        Assert.Equal([op], compare.Ops.ToArray());
        Assert.Equal(new SourceSpan(1, 9, 1, 4 + expression.Length - 1), compare.Span);
    }

    [Fact]
    public void Optimize_NotOfEquality_IsKept()
    {
        Assert.IsType<UnaryOpNode>(Fold("not (a == b)"));
    }

    [Fact]
    public void Optimize_MembershipInListLiteral_BecomesATuple()
    {
        var constant = Assert.IsType<CompareNode>(Fold("x in [1, 2]"));
        var mixed = Assert.IsType<CompareNode>(Fold("x not in [1, x]"));

        Assert.Equal("(1, 2)", Assert.IsType<ConstantNode>(constant.Comparators[0]).Value.Repr());
        Assert.IsType<TupleNode>(mixed.Comparators[0]);
        Assert.IsType<ListNode>(Fold("[1, 2]"));
    }

    [Fact]
    public void Optimize_ForOverListLiteral_IteratesAConstantTuple()
    {
        var module = AstOptimizer.Optimize(PythonParser.Parse("for i in [1, 2, 3]:\n    pass\n", "prog.py"), PythonVersion.Py313);

        var loop = Assert.IsType<ForNode>(module.Body[0]);
        Assert.Equal("(1, 2, 3)", Assert.IsType<ConstantNode>(loop.Iter).Value.Repr());
        Assert.Equal(new SourceSpan(1, 9, 1, 18), loop.Iter.Span);
    }

    [Theory]
    [InlineData(PythonVersion.Py310, false)]
    [InlineData(PythonVersion.Py311, true)]
    [InlineData(PythonVersion.Py313, true)]
    public void Optimize_PercentFormatWithTuple_BecomesAnFStringFrom311(PythonVersion version, bool converted)
    {
        var result = Fold("'%s and %5r' % (x, y)", version);

        if (!converted)
        {
            Assert.IsType<BinOpNode>(result);
            return;
        }

        var joined = Assert.IsType<JoinedStrNode>(result);
        Assert.Equal(3, joined.Values.Length);
        var first = Assert.IsType<FormattedValueNode>(joined.Values[0]);
        Assert.Equal('s', first.Conversion);
        Assert.Null(first.FormatSpec);
        Assert.Equal(new SourceSpan(1, 20, 1, 21), first.Span);
        Assert.True(Assert.IsType<ConstantNode>(joined.Values[1]).Span.IsNone);
        var second = Assert.IsType<FormattedValueNode>(joined.Values[2]);
        Assert.Equal('r', second.Conversion);
        Assert.Equal("'>5'", Assert.IsType<ConstantNode>(second.FormatSpec).Value.Repr());
    }

    [Theory]
    [InlineData("'%d' % (x,)")]
    [InlineData("'%s %s' % (x,)")]
    [InlineData("'%s' % (x, y)")]
    [InlineData("'%100s' % (x,)")]
    public void Optimize_PercentFormatItCannotExpress_IsKept(string expression)
    {
        Assert.IsType<BinOpNode>(Fold(expression, PythonVersion.Py312));
    }

    [Fact]
    public void Optimize_FoldedStringInDocstringPosition_IsWrappedSoItStaysNoDocstring()
    {
        var module = AstOptimizer.Optimize(PythonParser.Parse("'a' + 'b'\n", "prog.py"), PythonVersion.Py313);

        var statement = Assert.IsType<ExprStatementNode>(module.Body[0]);
        var joined = Assert.IsType<JoinedStrNode>(statement.Value);
        Assert.Equal("'ab'", Assert.IsType<ConstantNode>(Assert.Single(joined.Values)).Value.Repr());
    }

    [Fact]
    public void Optimize_ComplexResult_IsReportedAsUnsupported()
    {
        var error = Assert.Throws<PythonSyntaxException>(() => Fold("(-8) ** 0.5"));

        Assert.Equal("prog.py:1:5: unsupported construct: complex number", error.Describe());
    }

    /// <summary>
    /// Syntax/OptimizeCases/NAME.py against NAME/3.13.optimized.ast: real 3.13's ast.parse(src, optimize=1), the
    /// tree after its ast_opt.c, positions of folded nodes included.
    /// </summary>
    [Fact]
    public void Optimize_Cases_MatchCPython313OptimizedAst()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Syntax", "OptimizeCases");
        var cases = Directory.EnumerateFiles(folder, "*.py").ToList();
        Assert.NotEmpty(cases);
        foreach (var path in cases)
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var expected = File.ReadAllText(Path.Combine(folder, name, "3.13.optimized.ast"));
            var module = PythonParser.Parse(File.ReadAllText(path), name + ".py", PythonVersion.Py313);

            Assert.Equal(expected, AstDump.Dump(AstOptimizer.Optimize(module, PythonVersion.Py313)));
        }
    }
}
