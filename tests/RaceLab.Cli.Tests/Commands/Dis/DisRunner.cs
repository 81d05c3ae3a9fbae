using System.CommandLine;
using RaceLab.Cli.Commands.Dis;
using RaceLab.Python;
using RaceLab.Python.Bytecode;
using Spectre.Console.Testing;

namespace RaceLab.Cli.Tests.Commands.Dis;

/// <summary>Runs <c>racelab dis</c> through its command definition into a TestConsole.</summary>
internal static class DisRunner
{
    public static (int ExitCode, string Output) Run(
        TestConsole console, Func<string, string, PythonVersion, CodeObject>? compile, params string[] args)
    {
        var root = new RootCommand("test");
        DisDefinition.Register(root, console, compile ?? GoldenCompiler.Compile);
        var exitCode = root.Parse(["dis", .. args]).Invoke();
        return (exitCode, console.Output);
    }

    public static (int ExitCode, string Output) Run(params string[] args) => Run(new TestConsole(), null, args);
}
