using RaceLab.Python.Vm.Simulation;
using RaceLab.Python.Vm.Tests.Programs;

namespace RaceLab.Python.Vm.Tests.Semantics;

public sealed class SemanticsTests
{
    [Theory]
    [MemberData(nameof(SemanticsCorpus.OutputCases), MemberType = typeof(SemanticsCorpus))]
    public void Simulate_RealCodeObject_PrintsWhatCPythonPrinted(string name, string versionLabel)
    {
        var version = ProgramCorpus.Version(versionLabel);
        // With the source, as `racelab sim` runs it: a traceback the program prints (traceback.format_exc,
        // logger.exception) shows its source lines, as CPython's does.
        var result = Simulator.Run(SemanticsCorpus.Code(name, version), new SimulationOptions
        {
            Version = version,
            Source = SemanticsCorpus.Source(name),
            DisplayPath = name + ".py",
        });

        var printed = string.Concat(result.Output.Select(l => l + "\n"));
        Assert.Equal(SemanticsCorpus.ExpectedOutput(name, version), printed);
        Assert.Equal(SemanticsCorpus.ExpectedExitCode(name, version), result.ExitCode);
    }

    [Theory]
    [MemberData(nameof(SemanticsCorpus.ErrorOutputCases), MemberType = typeof(SemanticsCorpus))]
    public void Simulate_RealCodeObject_WritesToStderrWhatCPythonWrote(string name, string versionLabel)
    {
        var version = ProgramCorpus.Version(versionLabel);
        var result = Simulator.Run(SemanticsCorpus.Code(name, version), new SimulationOptions { Version = version });

        Assert.Equal(SemanticsCorpus.ExpectedErrorOutput(name, version), string.Concat(result.ErrorOutput.Select(l => l + "\n")));
    }

    [Theory]
    [InlineData("3.9")]
    [InlineData("3.11")]
    [InlineData("3.13")]
    public void Simulate_FailedAssertion_PrintsTracebackLikeCPython(string versionLabel)
    {
        var version = ProgramCorpus.Version(versionLabel);
        var result = Simulator.Run(SemanticsCorpus.Code("subset", version), new SimulationOptions
        {
            Version = version,
            Source = SemanticsCorpus.Source("subset"),
            DisplayPath = "subset.py",
        });

        Assert.True(result.AssertionFailed);
        Assert.Equal(
            ["Traceback (most recent call last):", "  File \"subset.py\", line 47, in <module>", "    assert total == 1, f\"bad {total}\"", "AssertionError: bad 108"],
            result.ErrorOutput);
        Assert.Equal("AssertionError: bad 108", result.UncaughtException);
    }

    [Theory]
    [InlineData("3.9")]
    [InlineData("3.12")]
    public void Simulate_ExceptionInsideWithBlock_ReleasesTheLockAndReportsTheThread(string versionLabel)
    {
        var version = ProgramCorpus.Version(versionLabel);
        var result = Simulator.Run(SemanticsCorpus.Code("with_exception", version), new SimulationOptions { Version = version });

        Assert.Equal(["reacquired True", "after False False"], result.Output);
        Assert.StartsWith("Exception in thread Thread-1", result.ErrorOutput[0], StringComparison.Ordinal);
        Assert.Equal("AssertionError: raised inside the with block", result.ErrorOutput[^1]);
        Assert.Equal(0, result.ExitCode);
    }

    [Theory]
    [InlineData("3.9", "__main__.Full: full at 9")]
    [InlineData("3.10", "__main__.Full: full at 9")]
    [InlineData("3.11", "Full: full at 9")]
    [InlineData("3.13", "Full: full at 9")]
    public void Simulate_UncaughtExceptionOfTheProgramsOwnClass_IsNamedAsThatVersionNamesIt(string versionLabel, string last)
    {
        var version = ProgramCorpus.Version(versionLabel);
        var result = Simulator.Run(SemanticsCorpus.Code("exceptions", version), new SimulationOptions
        {
            Version = version,
            Source = SemanticsCorpus.Source("exceptions"),
            DisplayPath = "exceptions.py",
        });

        // What real CPython printed (python exceptions.py, stderr).
        Assert.Equal(["Traceback (most recent call last):", "  File \"exceptions.py\", line 95, in <module>", "    raise Full(9)", last], result.ErrorOutput);
        Assert.Equal(1, result.ExitCode);
    }
}
