using System.Collections.Immutable;
using System.Text;
using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Syntax;

internal sealed partial class Parser
{
    /// <summary>STRING+: implicit concatenation of plain strings and f-strings, shaped as the target version does it.</summary>
    private Expression ParseStrings()
    {
        var first = Current;
        var literals = new List<StringLiteral>();
        while (Current.Kind == TokenKind.String)
        {
            var literal = StringLiteral.Split(Advance());
            if (literal.Bytes)
            {
                throw Unsupported(literal.Token, "bytes literal");
            }

            literals.Add(literal);
        }

        var whole = SpanFrom(first.Start);
        if (!literals.Any(l => l.Format))
        {
            var text = new StringBuilder();
            foreach (var literal in literals)
            {
                text.Append(DecodeBody(literal, literal.BodyStart, literal.BodyEnd));
            }

            return new ConstantNode(new StringConstant(text.ToString()), whole, literals[0].Unicode ? "u" : null);
        }

        return _version >= PythonVersion.Py312 ? BuildModernFString(literals, whole) : BuildLegacyFString(literals, whole);
    }

    private string DecodeBody(StringLiteral literal, int start, int end) =>
        StringLiteral.Decode(_source.Text, start, end, literal.Raw, message => ErrorAt(literal.Token, message));

    /// <summary>
    /// 3.9-3.11 (Parser/string_parser.c): literal text accumulates across tokens and is flushed as a Constant
    /// before each formatted value; every Constant and FormattedValue spans the whole concatenation, a format
    /// spec's JoinedStr only its own string token.
    /// </summary>
    private JoinedStrNode BuildLegacyFString(List<StringLiteral> literals, SourceSpan whole)
    {
        var values = ImmutableArray.CreateBuilder<Expression>();
        var pending = new StringBuilder();
        foreach (var literal in literals)
        {
            if (!literal.Format)
            {
                pending.Append(DecodeBody(literal, literal.BodyStart, literal.BodyEnd));
                continue;
            }

            AppendLegacyPieces(ScanFString(literal), values, pending, whole, MakeSpan(literal.Token.Start, literal.Token.End));
        }

        FlushLegacy(values, pending, whole);
        return new JoinedStrNode(values.ToImmutable(), whole);
    }

    private static void AppendLegacyPieces(
        List<FStringPiece> pieces, ImmutableArray<Expression>.Builder values, StringBuilder pending, SourceSpan whole, SourceSpan token)
    {
        foreach (var piece in pieces)
        {
            if (piece is FStringLiteral literal)
            {
                pending.Append(literal.Value);
                continue;
            }

            var field = (FStringField)piece;
            pending.Append(field.DebugText);
            FlushLegacy(values, pending, whole);
            JoinedStrNode? spec = null;
            if (field.Spec is { } specPieces)
            {
                var specValues = ImmutableArray.CreateBuilder<Expression>();
                var specPending = new StringBuilder();
                AppendLegacyPieces(specPieces, specValues, specPending, whole, token);
                FlushLegacy(specValues, specPending, whole);
                spec = new JoinedStrNode(specValues.ToImmutable(), token);
            }

            values.Add(new FormattedValueNode(field.Value, field.Conversion, spec, whole));
        }
    }

    private static void FlushLegacy(ImmutableArray<Expression>.Builder values, StringBuilder pending, SourceSpan whole)
    {
        if (pending.Length > 0)
        {
            values.Add(new ConstantNode(new StringConstant(pending.ToString()), whole));
            pending.Clear();
        }
    }

    /// <summary>
    /// 3.12+ (PEP 701, Parser/action_helpers.c): every part keeps its own span — a plain string its token,
    /// literal text its characters, a replacement field its braces — and adjacent constant parts merge.
    /// </summary>
    private JoinedStrNode BuildModernFString(List<StringLiteral> literals, SourceSpan whole)
    {
        var parts = new List<Expression>();
        foreach (var literal in literals)
        {
            if (!literal.Format)
            {
                var value = DecodeBody(literal, literal.BodyStart, literal.BodyEnd);
                parts.Add(new ConstantNode(new StringConstant(value), MakeSpan(literal.Token.Start, literal.Token.End)));
                continue;
            }

            AppendModernPieces(ScanFString(literal), parts);
        }

        return new JoinedStrNode(MergeConstants(parts), whole);
    }

    private void AppendModernPieces(List<FStringPiece> pieces, List<Expression> parts)
    {
        foreach (var piece in pieces)
        {
            if (piece is FStringLiteral literal)
            {
                parts.Add(new ConstantNode(new StringConstant(literal.Value), MakeSpan(literal.Start, literal.End)));
                continue;
            }

            var field = (FStringField)piece;
            if (field.DebugText.Length > 0)
            {
                parts.Add(new ConstantNode(new StringConstant(field.DebugText), MakeSpan(field.ExpressionStart, field.DebugEnd)));
            }

            JoinedStrNode? spec = null;
            if (field.Spec is { } specPieces)
            {
                var specParts = new List<Expression>();
                AppendModernPieces(specPieces, specParts);
                var values = MergeConstants(specParts);
                if (_version == PythonVersion.Py312 && values.Length > 0 && values[^1] is FormattedValueNode)
                {
                    // CPython 3.12 ends such a spec with an empty string constant (gone in 3.13).
                    values = values.Add(new ConstantNode(new StringConstant(string.Empty), MakeSpan(field.SpecEnd, field.SpecEnd)));
                }

                spec = new JoinedStrNode(values, MakeSpan(field.SpecStart, field.SpecEnd));
            }

            parts.Add(new FormattedValueNode(field.Value, field.Conversion, spec, MakeSpan(field.Start, field.End)));
        }
    }

    private static ImmutableArray<Expression> MergeConstants(List<Expression> parts)
    {
        var merged = ImmutableArray.CreateBuilder<Expression>();
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i] is not ConstantNode { Value: StringConstant } first)
            {
                merged.Add(parts[i]);
                continue;
            }

            var text = new StringBuilder(((StringConstant)first.Value).Value);
            var last = first;
            while (i + 1 < parts.Count && parts[i + 1] is ConstantNode { Value: StringConstant next } nextNode)
            {
                text.Append(next.Value);
                last = nextNode;
                i++;
            }

            if (text.Length > 0)
            {
                merged.Add(new ConstantNode(new StringConstant(text.ToString()), Join(first.Span, last.Span)));
            }
        }

        return merged.ToImmutable();
    }
}
