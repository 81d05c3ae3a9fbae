using System.Diagnostics;

namespace RaceLab.IlView.Native;

/// <summary>Runs a child process with the runtime's JIT disassembly switched on and returns what the JIT printed.</summary>
public static class JitDisasmRunner
{
    /// <summary>Runs <paramref name="command"/> with <c>DOTNET_JitDisasm=<paramref name="methodPattern"/></c> and collects the listings.</summary>
    /// <remarks>
    /// <c>DOTNET_TC_CallCountingDelayMs=0</c> only makes tiering promote hot methods without its usual 100 ms wait, so
    /// the final tier (Tier1, with PGO when enabled) is reached within a short run; it does not change the code generated.
    /// </remarks>
    public static string Capture(ChildCommand command, string methodPattern, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(command);
        var output = Path.Combine(Path.GetTempPath(), $"racelab-jit-{Guid.NewGuid():N}.txt");
        var start = new ProcessStartInfo(command.FileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_JitDisasm"] = methodPattern;
        start.Environment["DOTNET_JitStdOutFile"] = output;
        start.Environment["DOTNET_TC_CallCountingDelayMs"] = "0";
        try
        {
            using var process = Process.Start(start) ?? throw new IlViewException($"could not start {command.FileName}");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new IlViewException($"the JIT listing is unavailable: {command.FileName} did not finish within {timeout.TotalSeconds:F0} s");
            }

            process.WaitForExit();
            if (process.ExitCode is not (0 or 1))
            {
                throw new IlViewException($"the JIT listing is unavailable: {command.FileName} exited with {process.ExitCode}: {stderr.Result.Trim()}");
            }

            _ = stdout.Result;
            return File.Exists(output) ? File.ReadAllText(output) : string.Empty;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new IlViewException($"the JIT listing is unavailable: cannot run {command.FileName}: {exception.Message}");
        }
        finally
        {
            File.Delete(output);
        }
    }
}
