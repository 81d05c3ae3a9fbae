using Spectre.Console.Testing;

namespace RaceLab.Cli.Tests.Commands.Run;

public class RunParseTests
{
    [Fact]
    public void Parse_AllOptions_AreRead()
    {
        var parseResult = CliApp.Build(new TestConsole()).Parse(
            ["run", "--threads", "4", "--iterations", "5000000000", "--strategy", "unsafe,lock", "--trials", "7", "--no-barrier", "--assert", "--json"]);

        Assert.Empty(parseResult.Errors);
        Assert.Equal("run", parseResult.CommandResult.Command.Name);
        Assert.Equal(4, parseResult.GetValue<int>("--threads"));
        Assert.Equal(5_000_000_000, parseResult.GetValue<long>("--iterations"));
        Assert.Equal(["unsafe,lock"], parseResult.GetValue<string[]>("--strategy")!);
        Assert.Equal(7, parseResult.GetValue<int>("--trials"));
        Assert.True(parseResult.GetValue<bool>("--no-barrier"));
        Assert.True(parseResult.GetValue<bool>("--assert"));
        Assert.True(parseResult.GetValue<bool>("--json"));
    }

    [Fact]
    public void Parse_ShortAliases_AreRead()
    {
        var parseResult = CliApp.Build(new TestConsole()).Parse(["-t", "3", "-n", "20", "-s", "striped"]);
        Assert.Empty(parseResult.Errors);
        Assert.Equal(3, parseResult.GetValue<int>("--threads"));
        Assert.Equal(20, parseResult.GetValue<long>("--iterations"));
        Assert.Equal(["striped"], parseResult.GetValue<string[]>("--strategy")!);
    }

    [Fact]
    public void Parse_StrategyRepeated_CollectsEveryValue()
    {
        var parseResult = CliApp.Build(new TestConsole()).Parse(["run", "--strategy", "unsafe", "--strategy", "interlocked"]);
        Assert.Empty(parseResult.Errors);
        Assert.Equal(["unsafe", "interlocked"], parseResult.GetValue<string[]>("--strategy")!);
    }

    [Fact]
    public void Parse_MissingValue_IsAnError()
    {
        var parseResult = CliApp.Build(new TestConsole()).Parse(["run", "--threads"]);
        Assert.NotEmpty(parseResult.Errors);
    }
}
