using RaceLab.Python.Syntax;

namespace RaceLab.Python.Tests.Syntax;

/// <summary>Python/future.c's checks, with CPython 3.9's and 3.12's messages and positions.</summary>
public sealed class FutureFeaturesTests
{
    private static bool Postponed(string source) =>
        FutureFeatures.PostponedAnnotations(PythonParser.Parse(source, "prog.py", PythonVersion.Py312));

    [Theory]
    [InlineData("from __future__ import annotations\n", true)]
    [InlineData("\"\"\"doc\"\"\"\nfrom __future__ import division\nfrom __future__ import annotations\nx: int = 1\n", true)]
    [InlineData("from __future__ import generator_stop, print_function\n", false)]
    [InlineData("import __future__\n", false)]
    public void PostponedAnnotations_FutureImportsAtTheStart_SayWhetherAnnotationsArePostponed(string source, bool postponed) =>
        Assert.Equal(postponed, Postponed(source));

    [Theory]
    [InlineData("x = 1\nfrom __future__ import annotations\n", 2, 1, "from __future__ imports must occur at the beginning of the file")]
    [InlineData("from __future__ import spam\n", 1, 1, "future feature spam is not defined")]
    [InlineData("from __future__ import braces\n", 1, 1, "not a chance")]
    public void PostponedAnnotations_MisplacedOrUnknownFeature_ReportsCPythonErrorAndPosition(string source, int line, int column, string message)
    {
        var error = Assert.Throws<PythonSyntaxException>(() => Postponed(source));
        Assert.Equal((line, column, message), (error.Line, error.Column, error.Message));
    }
}
