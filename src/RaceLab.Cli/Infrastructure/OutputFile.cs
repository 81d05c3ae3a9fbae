using Spectre.Console;

namespace RaceLab.Cli.Infrastructure;

/// <summary>Writes a page or picture a command was asked for, and says where (unless stdout carries JSON).</summary>
internal static class OutputFile
{
    public static void Write(IAnsiConsole console, FileInfo file, string content, bool quiet)
    {
        try
        {
            if (file.Directory is { Exists: false } directory)
            {
                directory.Create();
            }

            File.WriteAllText(file.FullName, content);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{file}: cannot write: {e.Message}");
        }

        if (!quiet)
        {
            console.MarkupLineInterpolated($"[grey]wrote {file} ({content.Length / 1024.0:N0} KB)[/]");
        }
    }
}
