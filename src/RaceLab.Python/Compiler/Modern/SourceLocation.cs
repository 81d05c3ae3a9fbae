namespace RaceLab.Python.Compiler.Modern;

/// <summary>
/// An instruction's source position as CPython 3.11+ records it (lines 1-based, columns 0-based UTF-8
/// offsets; -1 for "unknown"). <see cref="None"/> is CPython's NO_LOCATION.
/// </summary>
internal readonly record struct SourceLocation(int Line, int EndLine, int Column, int EndColumn)
{
    public static SourceLocation None { get; } = new(-1, -1, -1, -1);

    public bool HasLine => Line >= 0;
}
