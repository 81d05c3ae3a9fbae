using System.Runtime.InteropServices;
using RaceLab.IlView.Native;

namespace RaceLab.Cli.Infrastructure;

/// <summary>How to start racelab again as a child process: its own executable, or <c>dotnet exec racelab.dll</c>.</summary>
internal static class SelfCommand
{
    public static ChildCommand With(params string[] arguments)
    {
        var processPath = Environment.ProcessPath;
        if (processPath is not null && Path.GetFileNameWithoutExtension(processPath) == "racelab")
        {
            return new ChildCommand(processPath, arguments);
        }

        // Under `dotnet racelab.dll` or a test host the current process is not racelab: run its assembly with dotnet.
        var dotnet = processPath is not null && Path.GetFileNameWithoutExtension(processPath) == "dotnet"
            ? processPath
            : Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..", OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet"));
        return new ChildCommand(dotnet, ["exec", Path.Combine(AppContext.BaseDirectory, typeof(CliApp).Assembly.GetName().Name + ".dll"), .. arguments]);
    }
}
