using RaceLab.Cli.Commands.Explore;
using RaceLab.Explorer.Engine;

namespace RaceLab.Cli.Tests.Commands.Explore;

public sealed class WitnessRowsTests
{
    [Fact]
    public void Condense_LongRunWithoutSharedAccess_BecomesOneRowWithItsLines()
    {
        var events = Enumerable.Range(1, 6).Select(i => new WitnessEvent(1, 0, "LOAD_CONST " + i, i, null)).ToList();

        var rows = WitnessRows.Condense(events).ToList();

        var row = Assert.Single(rows);
        Assert.Equal("… 6 instructions, nothing shared", row.Instruction);
        Assert.Equal("1–6", row.Lines);
        Assert.Equal((1, 0), (row.Step, row.Thread));
    }

    [Fact]
    public void Condense_SharedAccesses_KeepTheirOwnRows()
    {
        List<WitnessEvent> events =
        [
            .. Enumerable.Range(0, 5).Select(_ => new WitnessEvent(2, 1, "NOP", 8, null)),
            new(2, 1, "LOAD_GLOBAL count", 9, "read count = 0"),
            new(2, 1, "STORE_FAST value", 9, null),
            new(3, 2, "STORE_GLOBAL count", 10, "wrote count = 1"),
        ];

        var rows = WitnessRows.Condense(events).ToList();

        Assert.Equal(["… 5 instructions, nothing shared", "LOAD_GLOBAL count", "STORE_FAST value", "STORE_GLOBAL count"], rows.Select(r => r.Instruction));
        Assert.Equal("8", rows[0].Lines);
        Assert.Equal("read count = 0", rows[1].Access);
    }

    [Fact]
    public void Condense_RunsSplitAtStepAndThreadBoundaries()
    {
        List<WitnessEvent> events =
        [
            .. Enumerable.Range(0, 3).Select(_ => new WitnessEvent(1, 0, "NOP", 1, null)),
            .. Enumerable.Range(0, 3).Select(_ => new WitnessEvent(1, 1, "NOP", 2, null)),
        ];

        var rows = WitnessRows.Condense(events).ToList();

        // Two runs of three, each short enough to show whole.
        Assert.Equal(6, rows.Count);
    }
}
