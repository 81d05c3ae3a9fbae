using System.Diagnostics;
using RaceLab.Python;

namespace RaceLab.Cli.Commands.Sim;

/// <summary>Finds and runs the real CPython interpreters (python3.X on PATH, else pyenv's), with a time limit.</summary>
internal static class RealInterpreters
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(120);

    public static IReadOnlyList<RealRun> RunAll(IEnumerable<SimTarget> targets, string program) =>
        targets.Select(t => Run(t, program)).ToArray();

    private static RealRun Run(SimTarget target, string program)
    {
        var exe = Find(target);
        if (exe is null)
        {
            return new RealRun(target.Label, null, [], null, null, $"python{target.Label} not found");
        }

        var info = new ProcessStartInfo(exe)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(program);
        if (target.FreeThreaded)
        {
            info.Environment["PYTHON_GIL"] = "0";
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            return new RealRun(target.Label, exe, [], null, null, $"hung: still running after {Limit.TotalSeconds:0} s and killed (a deadlock, or a run longer than the limit)");
        }

        watch.Stop();
        var lines = stdout.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Concat(stderr.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains("Error", StringComparison.Ordinal)))
            .ToArray();
        return new RealRun(target.Label, exe, lines, process.ExitCode, watch.Elapsed.TotalSeconds, null)
        {
            ErrorOutput = stderr.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries),
        };
    }

    private static bool Starts(string exe)
    {
        try
        {
            var info = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add("pass");
            using var process = Process.Start(info)!;
            return process.WaitForExit(TimeSpan.FromSeconds(20)) && process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static string? Find(SimTarget target)
    {
        var name = "python" + target.Label;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(dir, name);
            // pyenv's shims are on PATH but fail for versions that are not selected: keep only ones that start.
            if (dir.Length > 0 && File.Exists(candidate) && Starts(candidate))
            {
                return candidate;
            }
        }

        var root = Environment.GetEnvironmentVariable("PYENV_ROOT")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".pyenv");
        var versions = Path.Combine(root, "versions");
        if (!Directory.Exists(versions))
        {
            return null;
        }

        var prefix = target.Version.Label() + ".";
        return Directory.GetDirectories(versions)
            .Select(Path.GetFileName)
            .Where(n => n is not null && n.StartsWith(prefix, StringComparison.Ordinal)
                && n[prefix.Length..].All(c => char.IsAsciiDigit(c) || (target.FreeThreaded && c == 't'))
                && n.EndsWith('t') == target.FreeThreaded)
            .Select(n => Path.Combine(versions, n!, "bin", "python"))
            .Where(File.Exists)
            .OrderDescending(StringComparer.Ordinal)
            .FirstOrDefault();
    }
}
