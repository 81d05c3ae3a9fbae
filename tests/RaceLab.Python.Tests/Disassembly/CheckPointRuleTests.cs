using RaceLab.Python.Disassembly;

namespace RaceLab.Python.Tests.Disassembly;

/// <summary>The per-instruction rules of CPYTHON-GIL.md's check-point table, on real CPython code objects.</summary>
public sealed class CheckPointRuleTests
{
    [Fact]
    public void At_39FastDispatchInstructions_HaveNoCheckPoint()
    {
        var worker = SwitchPointFixtures.Code("inline_increment", "3.9", "worker");

        foreach (var instruction in worker.Instructions.Where(i => i.OpName is "LOAD_CONST" or "STORE_FAST"))
        {
            Assert.Empty(worker.At(instruction.Offset));
        }

        Assert.All(worker.Instructions.Where(i => i.OpName is "LOAD_GLOBAL" or "INPLACE_ADD" or "STORE_GLOBAL"),
            i => Assert.Contains(worker.At(i.Offset), p => p.Kind == CheckPointKind.AfterInstruction && p.Polls));
    }

    [Fact]
    public void At_39InstructionBeforeSetupWith_DefersThePoll()
    {
        var worker = SwitchPointFixtures.Code("with_lock", "3.9", "worker");
        var index = worker.Instructions.ToList().FindIndex(i => i.OpName == "SETUP_WITH");

        var point = Assert.Single(worker.At(worker.Instructions[index - 1].Offset));

        Assert.Equal(CheckPointKind.Deferred, point.Kind);
        Assert.False(point.Polls);
    }

    [Theory]
    [InlineData("3.9", CheckPointKind.FrameEntry)]
    [InlineData("3.10", CheckPointKind.FrameEntry)]
    public void At_LegacyFirstInstruction_PollsAtFrameEntry(string version, CheckPointKind kind)
    {
        var incr = SwitchPointFixtures.Code("helper_increment", version, "incr");

        var point = Assert.Single(incr.At(0), p => p.Kind == kind);

        Assert.True(point.IsBefore);
    }

    [Fact]
    public void At_310_PollsOnlyAtBackEdgesCallsAndEntry()
    {
        var worker = SwitchPointFixtures.Code("inline_increment", "3.10", "worker");

        var kinds = worker.CheckPoints.Values.SelectMany(p => p).Select(p => p.Kind).Distinct().Order().ToList();

        Assert.Equal([CheckPointKind.BackwardJump, CheckPointKind.FrameEntry, CheckPointKind.AfterCallReturns], kinds);
        Assert.Contains(worker.CheckPoints.Values.SelectMany(p => p), p => p.OpName == "JUMP_ABSOLUTE");
    }

    [Theory]
    [InlineData("3.11", CheckPointKind.BackwardJump)]
    [InlineData("3.12", CheckPointKind.BackwardJump)]
    [InlineData("3.13", CheckPointKind.BeforeJump)]
    public void At_ModernLoop_PollsAtResumeAndJumpBackward(string version, CheckPointKind jumpKind)
    {
        var worker = SwitchPointFixtures.Code("inline_increment", version, "worker");

        Assert.Contains(worker.At(0), p => p.Kind == CheckPointKind.FrameEntry && p.OpName == "RESUME");
        var jump = worker.Instructions.Single(i => i.OpName == "JUMP_BACKWARD");
        Assert.Equal(jumpKind, Assert.Single(worker.At(jump.Offset)).Kind);
    }

    [Fact]
    public void At_311PythonCall_PollsInTheCalleeNotAfterTheCall()
    {
        var worker = SwitchPointFixtures.Code("helper_increment", "3.11", "worker");
        var call = worker.Instructions.Single(i => i.OpName == "CALL" && worker.Callees[i.Offset].Name == "incr");

        var point = Assert.Single(worker.At(call.Offset));

        Assert.Equal(CheckPointKind.CalleeFrameEntry, point.Kind);
        Assert.Equal(CalleeKind.PythonFunction, worker.Callees[call.Offset].Kind);
    }

    [Theory]
    [InlineData("3.9", "CALL_FUNCTION")]
    [InlineData("3.11", "CALL")]
    [InlineData("3.13", "CALL")]
    public void Resolve_AbsCall_IsABuiltinThatPollsAfterReturning(string version, string opName)
    {
        var worker = SwitchPointFixtures.Code("call_abs_in_window", version, "worker");
        var call = worker.Instructions.Single(i => i.OpName == opName && worker.Callees[i.Offset].Name == "abs");

        Assert.Equal(CalleeKind.Builtin, worker.Callees[call.Offset].Kind);
        Assert.Contains(worker.At(call.Offset), p => p.Kind == CheckPointKind.AfterCallReturns && p.Polls);
    }

    [Theory]
    [InlineData("3.11")]
    [InlineData("3.12")]
    [InlineData("3.13")]
    public void Resolve_ListAppendMethodCall_SpecializesToANonPollingForm(string version)
    {
        var worker = SwitchPointFixtures.Code("append_counter", version, "worker");
        var call = worker.Callees.Single(c => c.Value.Name == "list.append");

        Assert.Equal(CalleeKind.NonPollingWhenSpecialized, call.Value.Kind);
        Assert.All(worker.At(call.Key), p => Assert.False(p.Polls));
    }

    [Theory]
    [InlineData("3.10", "POP_JUMP_IF_TRUE", true)]
    [InlineData("3.10", "POP_JUMP_IF_FALSE", true)]
    [InlineData("3.11", "POP_JUMP_BACKWARD_IF_TRUE", true)]
    [InlineData("3.11", "POP_JUMP_FORWARD_IF_FALSE", false)]
    [InlineData("3.12", "POP_JUMP_IF_FALSE", false)]
    public void At_WhileLoopConditionalJump_PollsOnlyWhenTakenWhereTheVersionSaysSo(string version, string opName, bool polls)
    {
        var worker = SwitchPointFixtures.Code("while_local_index", version, "worker");

        var jumps = worker.Instructions.Where(i => i.OpName == opName).ToList();

        Assert.NotEmpty(jumps);
        Assert.All(jumps, jump => Assert.Equal(
            polls,
            worker.At(jump.Offset).Any(p => p.Kind == CheckPointKind.WhenJumpTaken && p.Polls)));
    }

    [Fact]
    public void At_310InstructionBeforeSetupWith_HasNothingToDefer()
    {
        var worker = SwitchPointFixtures.Code("with_lock", "3.10", "worker");
        var index = worker.Instructions.ToList().FindIndex(i => i.OpName == "SETUP_WITH");

        Assert.Empty(worker.At(worker.Instructions[index - 1].Offset));
    }
}
