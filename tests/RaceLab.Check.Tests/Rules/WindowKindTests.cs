using RaceLab.Check.Analysis;
using RaceLab.Check.Rules;
using RaceLab.Check.Targets;
using RaceLab.Python;
using RaceLab.Python.Disassembly;
using RaceLab.Python.Syntax;

namespace RaceLab.Check.Tests.Rules;

/// <summary>
/// The analysis does not report attribute, item and check-then-act windows yet; these tests hand the rule such
/// windows over the real instructions of small functions, as the grown analysis will, and check that each kind
/// finds its rule code and its place in the source.
/// </summary>
public sealed class WindowKindTests
{
    [Theory]
    [InlineData("def bump(o):\n    o.value += 1\n", "LOAD_ATTR", "STORE_ATTR", "o.value", "RL102", 5)]
    [InlineData("def bump(d, k):\n    d[k] += 1\n", "BINARY_SUBSCR", "STORE_SUBSCR", "d[k]", "RL103", 5)]
    [InlineData("def once(d, k):\n    if k not in d:\n        d[k] = 1\n", "CONTAINS_OP", "STORE_SUBSCR", "d", "RL110", 8)]
    public void WindowOfEachKind_IsReportedUnderItsOwnCode(string source, string loadOp, string storeOp, string variable, string code, int column)
    {
        var module = Synthetic(source, loadOp, storeOp, variable);

        var finding = Assert.Single(new WindowRule().Check(module));

        Assert.Equal(code, finding.Rule.Code);
        Assert.Equal(2, finding.Location.Line);
        Assert.Equal(column, finding.Location.Column);
        Assert.Contains("can lose updates", finding.Message, StringComparison.Ordinal);
    }

    private static ModuleAnalysis Synthetic(string source, string loadOp, string storeOp, string variable)
    {
        var module = PythonCompiler.Compile(source, "prog.py", PythonVersion.Py313);
        var report = SwitchPointAnalyzer.Analyze(module);
        var codes = report.CodeObjects.Select(c =>
        {
            var load = c.Instructions.FirstOrDefault(i => i.OpName == loadOp);
            var store = c.Instructions.FirstOrDefault(i => i.OpName == storeOp);
            if (load is null || store is null)
            {
                return c;
            }

            var verdict = new WindowVerdict(LosesWithGil: true, LosesFreeThreaded: true, "test window");
            var inside = new CheckPoint(load.Offset, load.OpName, CheckPointKind.AfterInstruction, Polls: true, "test");
            return c with { Windows = [new UpdateWindow(variable, load, store, [inside], null, verdict)] };
        }).ToList();
        var targets = new[] { new CheckTarget(PythonVersion.Py313, false) };
        var reports = new Dictionary<PythonVersion, SwitchPointReport> { [PythonVersion.Py313] = report with { CodeObjects = codes } };
        return new ModuleAnalysis("prog.py", targets, reports, new SourceMap(source, PythonParser.Parse(source, "prog.py")));
    }
}
