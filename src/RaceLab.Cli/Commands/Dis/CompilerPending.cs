using RaceLab.Python;
using RaceLab.Python.Bytecode;

namespace RaceLab.Cli.Commands.Dis;

/// <summary>
/// The compile delegate <c>racelab dis</c> is registered with until the compilers are merged: it explains
/// that this build has no compiler. CliApp's registration line swaps it for <c>PythonCompiler.Compile</c>.
/// </summary>
internal static class CompilerPending
{
    public static CodeObject Compile(string source, string fileName, PythonVersion version) =>
        throw new InvalidOperationException(
            $"{fileName}: this build of racelab has no Python {version.Label()} compiler yet");
}
