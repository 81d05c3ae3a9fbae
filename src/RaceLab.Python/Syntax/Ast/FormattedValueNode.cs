namespace RaceLab.Python.Syntax;

/// <summary>One <c>{VALUE!CONVERSION:FORMATSPEC}</c> of an f-string. Conversion is -1 (none), 's', 'r' or 'a' as CPython's int.</summary>
public sealed record FormattedValueNode(Expression Value, int Conversion, JoinedStrNode? FormatSpec, SourceSpan Span) : Expression(Span);
