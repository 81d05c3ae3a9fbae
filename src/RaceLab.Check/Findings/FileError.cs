namespace RaceLab.Check.Findings;

/// <summary>A file that could not be analysed (syntax error, unsupported construct, unreadable): <c>path:line:col: message</c>.</summary>
public sealed record FileError(string Path, int Line, int Column, string Message)
{
    public override string ToString() => $"{Path}:{Line}:{Column}: {Message}";
}
