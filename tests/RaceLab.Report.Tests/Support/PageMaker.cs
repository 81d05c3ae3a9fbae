using Spectre.Console.Testing;

namespace RaceLab.Report.Tests.Support;

/// <summary>Makes pages the way a user does, by running racelab in-process, into a per-test-run folder.</summary>
internal static class PageMaker
{
    public static string Directory { get; } = System.IO.Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "pages")).FullName;

    public static string Program(string name) => Path.Combine(AppContext.BaseDirectory, "Programs", name);

    /// <summary>Runs <c>racelab ARGS</c> and returns the path of the file it wrote (the argument after <paramref name="fileOption"/>).</summary>
    public static string Make(string fileName, string fileOption, params string[] args)
    {
        var path = Path.Combine(Directory, fileName);
        File.Delete(path);
        var console = new TestConsole().Width(200);
        var exit = Cli.CliApp.Run([.. args, fileOption, path], console);
        Assert.True(File.Exists(path), $"racelab {string.Join(' ', args)} exited {exit} without writing {path}:\n{console.Output}");
        return path;
    }
}
