using Spectre.Console.Testing;

namespace RaceLab.Cli.Tests.Commands.Dis;

public sealed class DisRegistrationTests
{
    [Fact]
    public void Build_CommandTree_HasTheDisCommandWithItsOptions()
    {
        var root = CliApp.Build(new TestConsole());

        var dis = Assert.Single(root.Subcommands, c => c.Name == "dis");

        Assert.Equal(["--python", "--function", "--switch-points", "--json"], dis.Options.Select(o => o.Name));
    }
}
