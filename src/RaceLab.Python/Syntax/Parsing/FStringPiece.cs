namespace RaceLab.Python.Syntax;

/// <summary>A part of one f-string token: literal text or a replacement field, with source offsets.</summary>
internal abstract record FStringPiece(int Start, int End);

/// <summary>Decoded literal text; [Start, End) are its source characters (a doubled brace included).</summary>
internal sealed record FStringLiteral(string Value, int Start, int End) : FStringPiece(Start, End);

/// <summary>
/// {EXPR[=][!c][:spec]}: [Start, End) covers the braces; DebugText is "EXPR=" with its spaces for a
/// self-documenting field (empty otherwise), ending at DebugEnd; SpecStart is the ':' and SpecEnd the
/// closing brace.
/// </summary>
internal sealed record FStringField(
    Expression Value,
    int Conversion,
    string DebugText,
    int ExpressionStart,
    int DebugEnd,
    List<FStringPiece>? Spec,
    int SpecStart,
    int SpecEnd,
    int Start,
    int End) : FStringPiece(Start, End);
