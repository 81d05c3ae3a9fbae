using RaceLab.Python.Bytecode;
using RaceLab.Python.Syntax;

namespace RaceLab.Python.Tests.Syntax;

public sealed class SyntaxTreeTests
{
    [Fact]
    public void Describe_SyntaxException_GivesFileLineColumnAndMessage()
    {
        var error = new PythonSyntaxException("prog.py", 3, 5, "unsupported construct: class definition");

        Assert.Equal("prog.py:3:5: unsupported construct: class definition", error.Describe());
        Assert.Equal(error.Describe(), error.ToString());
    }

    [Fact]
    public void Nodes_AugmentedAssignment_KeepsCPythonPositions()
    {
        // `count += 1` as ast.parse gives it: AugAssign(Name(count, Store), Add, Constant(1)).
        var target = new NameNode("count", ExprContext.Store, new SourceSpan(1, 0, 1, 5));
        var value = new ConstantNode(new IntConstant(1), new SourceSpan(1, 9, 1, 10));
        var statement = new AugAssignNode(target, BinaryOperator.Add, value, new SourceSpan(1, 0, 1, 10));

        Assert.Equal(new SourceSpan(1, 0, 1, 10), statement.Span);
        Assert.Equal("1:9-1:10", statement.Value.Span.ToString());
    }
}
