using RaceLab.Python.Disassembly;
using RaceLab.Python.Tests.Corpus;

namespace RaceLab.Python.Tests.Disassembly;

/// <summary>
/// The "Consequences" table of CPYTHON-GIL.md, row by row and version by version, on real CPython code
/// objects of the corpus; plus while loops and if-inside-loop shapes.
/// </summary>
public sealed class SwitchPointVerdictTests
{
    public static TheoryData<string, string, string, string, bool, bool> Rows => new()
    {
        // program, function, variable, version, loses with the GIL, loses free-threaded
        { "inline_increment", "worker", "count", "3.9", true, true },
        { "inline_increment", "worker", "count", "3.10", false, true },
        { "inline_increment", "worker", "count", "3.11", false, true },
        { "inline_increment", "worker", "count", "3.12", false, true },
        { "inline_increment", "worker", "count", "3.13", false, true },
        { "helper_increment", "incr", "count", "3.9", true, true },
        { "helper_increment", "incr", "count", "3.10", false, true },
        { "helper_increment", "incr", "count", "3.11", false, true },
        { "helper_increment", "incr", "count", "3.12", false, true },
        { "helper_increment", "incr", "count", "3.13", false, true },
        { "call_python_in_window", "worker", "count", "3.9", true, true },
        { "call_python_in_window", "worker", "count", "3.10", true, true },
        { "call_python_in_window", "worker", "count", "3.11", true, true },
        { "call_python_in_window", "worker", "count", "3.12", true, true },
        { "call_python_in_window", "worker", "count", "3.13", true, true },
        { "call_abs_in_window", "worker", "count", "3.9", true, true },
        { "call_abs_in_window", "worker", "count", "3.10", true, true },
        { "call_abs_in_window", "worker", "count", "3.11", true, true },
        { "call_abs_in_window", "worker", "count", "3.12", true, true },
        { "call_abs_in_window", "worker", "count", "3.13", true, true },
        { "call_len_in_window", "worker", "count", "3.9", true, true },
        { "call_len_in_window", "worker", "count", "3.10", true, true },
        { "call_len_in_window", "worker", "count", "3.11", false, true },
        { "call_len_in_window", "worker", "count", "3.12", false, true },
        { "call_len_in_window", "worker", "count", "3.13", false, true },
        { "with_lock", "worker", "count", "3.9", false, false },
        { "with_lock", "worker", "count", "3.10", false, false },
        { "with_lock", "worker", "count", "3.11", false, false },
        { "with_lock", "worker", "count", "3.12", false, false },
        { "with_lock", "worker", "count", "3.13", false, false },
        { "acquire_release", "worker", "count", "3.9", false, false },
        { "acquire_release", "worker", "count", "3.11", false, false },
        { "acquire_release", "worker", "count", "3.13", false, false },
        { "while_local_index", "worker", "count", "3.9", true, true },
        { "while_local_index", "worker", "count", "3.10", false, true },
        { "while_local_index", "worker", "count", "3.12", false, true },
        { "while_flag", "worker", "count", "3.9", true, true },
        { "while_flag", "worker", "count", "3.11", false, true },
        { "if_elif_else_loop", "worker", "medium", "3.9", true, true },
        { "if_elif_else_loop", "worker", "medium", "3.10", false, true },
        { "if_elif_else_loop", "worker", "large", "3.13", false, true },
        { "even_only", "worker", "evens", "3.9", true, true },
        { "even_only", "worker", "evens", "3.11", false, true },
        { "read_then_write", "worker", "count", "3.9", true, true },
        { "read_then_write", "worker", "count", "3.13", false, true },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Analyze_WindowShape_GivesTheVerdictOfTheGilTable(
        string program, string function, string variable, string version, bool losesWithGil, bool losesFreeThreaded)
    {
        var window = SwitchPointFixtures.SingleWindow(program, version, function, variable);

        Assert.Equal(losesWithGil, window.Verdict.LosesWithGil);
        Assert.Equal(losesFreeThreaded, window.Verdict.LosesFreeThreaded);
        Assert.Equal(losesWithGil, window.Lock is null && window.Switches.Any());
    }

    [Fact]
    public void Analyze_InlineIncrementOn39_NamesBothPollsInsideTheWindow()
    {
        var window = SwitchPointFixtures.SingleWindow("inline_increment", "3.9", "worker", "count");

        Assert.Equal(
            "a switch can happen after LOAD_GLOBAL and after INPLACE_ADD, inside the window: on 3.9 updates to `count` can be lost",
            window.Verdict.Text);
    }

    [Fact]
    public void Analyze_InlineIncrementOn311_SaysSafeOnlyAsAnImplementationDetail()
    {
        var window = SwitchPointFixtures.SingleWindow("inline_increment", "3.11", "worker", "count");

        Assert.Equal(
            "no check point inside: on 3.11 the GIL never splits this update — an implementation detail, not a guarantee; on free-threaded 3.13t it is unprotected",
            window.Verdict.Text);
    }

    [Theory]
    [InlineData("3.11")]
    [InlineData("3.12")]
    [InlineData("3.13")]
    public void Analyze_LenInWindowOn311Plus_MentionsTheNonPollingSpecialization(string version)
    {
        var window = SwitchPointFixtures.SingleWindow("call_len_in_window", version, "worker", "count");

        Assert.Contains(window.Inside, p => p.Kind == CheckPointKind.SpecializedNoPoll && !p.Polls);
        Assert.Contains("`len` does not poll once specialized", window.Verdict.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3.10", CheckPointKind.CalleeFrameEntry)]
    [InlineData("3.11", CheckPointKind.CalleeFrameEntry)]
    [InlineData("3.13", CheckPointKind.CalleeFrameEntry)]
    public void Analyze_PythonCallInWindow_CountsTheCalleeEntryPoll(string version, CheckPointKind kind)
    {
        var window = SwitchPointFixtures.SingleWindow("call_python_in_window", version, "worker", "count");

        Assert.Contains(window.Switches, p => p.Kind == kind);
        Assert.Contains("at the frame entry of `one`", window.Verdict.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_WhileFlagStoringAConstant_IsNotAReadModifyWriteWindow()
    {
        var windows = SwitchPointFixtures.Code("while_flag", "3.11", "worker").Windows;

        Assert.DoesNotContain(windows, w => w.Variable == "running");
    }

    [Theory]
    [InlineData("3.9")]
    [InlineData("3.13")]
    public void Analyze_LockInHelper_SeparatesTheGuardedAndTheUnguardedUpdate(string version)
    {
        var windows = SwitchPointFixtures.Code("lock_in_helper", version, "add").Windows;

        Assert.Equal(2, windows.Count);
        Assert.Null(windows[0].Lock);
        Assert.Equal("guard", windows[1].Lock?.Lock);
        Assert.False(windows[1].Verdict.LosesFreeThreaded);
    }
}
