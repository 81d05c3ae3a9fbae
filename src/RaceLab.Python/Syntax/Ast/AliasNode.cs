namespace RaceLab.Python.Syntax;

/// <summary>
/// NAME [as ASNAME] of an import (CPython's <c>alias</c>; Name may be dotted, "a.b"). CPython 3.9's alias has
/// no position; the span is still filled in (3.10+ values).
/// </summary>
public sealed record AliasNode(string Name, string? AsName, SourceSpan Span) : Node(Span);
