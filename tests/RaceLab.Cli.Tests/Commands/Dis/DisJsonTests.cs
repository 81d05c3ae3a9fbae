using System.Text.Json;
using Spectre.Console.Testing;

namespace RaceLab.Cli.Tests.Commands.Dis;

public sealed class DisJsonTests
{
    [Fact]
    public void Json_SwitchPointsForAllVersions_GivesEachVersionsVerdict()
    {
        var (exitCode, output) = DisRunner.Run(new TestConsole(), null, GoldenCompiler.Program("inline_increment"), "--python", "all", "--switch-points", "--json");

        Assert.Equal(0, exitCode);
        using var document = JsonDocument.Parse(output);
        var verdicts = document.RootElement.GetProperty("versions").EnumerateArray().ToDictionary(
            v => v.GetProperty("version").GetString()!,
            v => v.GetProperty("code_objects").EnumerateArray()
                .Single(c => c.GetProperty("name").GetString() == "worker")
                .GetProperty("windows").EnumerateArray().Single());
        Assert.True(verdicts["3.9"].GetProperty("loses_updates").GetBoolean());
        Assert.False(verdicts["3.11"].GetProperty("loses_updates").GetBoolean());
        Assert.All(verdicts.Values, v => Assert.True(v.GetProperty("loses_updates_free_threaded").GetBoolean()));
        Assert.Equal("count", verdicts["3.13"].GetProperty("variable").GetString());
    }

    [Fact]
    public void Json_WithoutSwitchPoints_CarriesTheDisTextAndInstructions()
    {
        var (exitCode, output) = DisRunner.Run(new TestConsole(), null, GoldenCompiler.Program("inline_increment"), "--python", "3.12", "--json");

        Assert.Equal(0, exitCode);
        using var document = JsonDocument.Parse(output);
        var worker = document.RootElement.GetProperty("versions")[0].GetProperty("code_objects")[0];
        Assert.Equal("worker", worker.GetProperty("name").GetString());
        Assert.Contains("STORE_GLOBAL", worker.GetProperty("dis").GetString(), StringComparison.Ordinal);
        var store = worker.GetProperty("instructions").EnumerateArray().Single(i => i.GetProperty("opname").GetString() == "STORE_GLOBAL");
        Assert.Equal("count", store.GetProperty("argrepr").GetString());
        Assert.False(worker.TryGetProperty("windows", out _));
    }
}
