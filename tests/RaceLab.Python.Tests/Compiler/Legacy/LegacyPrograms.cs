namespace RaceLab.Python.Tests.Compiler.Legacy;

/// <summary>
/// The legacy compiler's focused programs (Compiler/Legacy/Programs/NAME.py): shapes the corpus does not
/// stress (far jumps, big line gaps, many constants, closures, multi-line expressions), each with the code
/// objects real CPython 3.9 and 3.10 made of it (Compiler/Legacy/Golden/NAME/3.X.code.json, from golden.py).
/// </summary>
internal static class LegacyPrograms
{
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Compiler", "Legacy");

    public static IReadOnlyList<string> Names { get; } =
        [.. Directory.GetFiles(Path.Combine(Root, "Programs"), "*.py")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Order(StringComparer.Ordinal)];

    public static IReadOnlyList<string> Versions { get; } = ["3.9", "3.10"];

    public static string Source(string name) => File.ReadAllText(Path.Combine(Root, "Programs", name + ".py"));

    public static string GoldenPath(string name, string version) =>
        Path.Combine(Root, "Golden", name, version + ".code.json");
}
