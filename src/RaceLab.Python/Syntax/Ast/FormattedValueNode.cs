namespace RaceLab.Python.Syntax;

/// <summary>
/// One <c>{VALUE!CONVERSION:FORMATSPEC}</c> of an f-string. Conversion is -1 (none), 's', 'r' or 'a' as CPython's
/// int. FormatSpec is a <see cref="JoinedStrNode"/> from the parser, or (3.11+) a <see cref="ConstantNode"/> when
/// <see cref="AstOptimizer"/> turned <c>"%5s" % (x,)</c> into an f-string.
/// </summary>
public sealed record FormattedValueNode(Expression Value, int Conversion, Expression? FormatSpec, SourceSpan Span) : Expression(Span);
