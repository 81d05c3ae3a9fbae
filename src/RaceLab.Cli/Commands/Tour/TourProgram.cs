namespace RaceLab.Cli.Commands.Tour;

/// <summary>The note's program, embedded in racelab so the tour needs nothing but itself; written to a temporary file for the commands it runs.</summary>
internal static class TourProgram
{
    public const string FileName = "note_counter.py";

    public static string Source { get; } = Read();

    /// <summary>Writes the program into a folder of its own under the temporary directory and returns its path.</summary>
    public static string WriteToTemp()
    {
        var directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "racelab-tour"));
        var path = Path.Combine(directory.FullName, FileName);
        File.WriteAllText(path, Source);
        return path;
    }

    private static string Read()
    {
        using var stream = typeof(TourProgram).Assembly.GetManifestResourceStream("RaceLab.Cli.Tour." + FileName)
            ?? throw new InvalidOperationException("the tour's program is missing from racelab");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
