using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Syntax;

/// <summary>A literal: None, True, False, int, float, str (Kind is "u" for a <c>u''</c> string, else null), or a tuple made by constant folding.</summary>
public sealed record ConstantNode(Constant Value, SourceSpan Span, string? Kind = null) : Expression(Span);
