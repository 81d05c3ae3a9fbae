namespace RaceLab.Benchmarks;

/// <summary>The checkout the benchmarks run in (they read its test programs and build its CLI).</summary>
internal static class Repository
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RaceLab.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("run the benchmarks from inside the RaceLab repository");
    }
}
