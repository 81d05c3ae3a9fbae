namespace RaceLab.Python.Syntax;

internal sealed partial class Parser
{
    private Expression ParseBitwiseOr() => ParseBinary(ParseBitwiseXor, static t => t == "|" ? BinaryOperator.BitOr : null);

    private Expression ParseBitwiseXor() => ParseBinary(ParseBitwiseAnd, static t => t == "^" ? BinaryOperator.BitXor : null);

    private Expression ParseBitwiseAnd() => ParseBinary(ParseShift, static t => t == "&" ? BinaryOperator.BitAnd : null);

    private Expression ParseShift() => ParseBinary(ParseSum, static t => t switch
    {
        "<<" => BinaryOperator.LShift,
        ">>" => BinaryOperator.RShift,
        _ => null,
    });

    private Expression ParseSum() => ParseBinary(ParseTerm, static t => t switch
    {
        "+" => BinaryOperator.Add,
        "-" => BinaryOperator.Sub,
        _ => null,
    });

    private Expression ParseTerm() => ParseBinary(ParseFactor, static t => t switch
    {
        "*" => BinaryOperator.Mult,
        "/" => BinaryOperator.Div,
        "//" => BinaryOperator.FloorDiv,
        "%" => BinaryOperator.Mod,
        "@" => BinaryOperator.MatMult,
        _ => null,
    });

    /// <summary>A left-associative binary level: every BinOp starts where the leftmost operand's first token starts.</summary>
    private Expression ParseBinary(Func<Expression> operand, Func<string, BinaryOperator?> classify)
    {
        var start = Current.Start;
        var left = operand();
        while (Current.Kind == TokenKind.Operator && classify(Current.Text) is { } op)
        {
            Advance();
            var right = operand();
            left = new BinOpNode(left, op, right, SpanFrom(start));
        }

        return left;
    }

    private Expression ParseFactor()
    {
        var token = Current;
        UnaryOperator? op = token.Kind == TokenKind.Operator
            ? token.Text switch
            {
                "+" => UnaryOperator.UAdd,
                "-" => UnaryOperator.USub,
                "~" => UnaryOperator.Invert,
                _ => null,
            }
            : null;
        if (op is null)
        {
            return ParsePower();
        }

        Advance();
        var operand = ParseFactor();
        return new UnaryOpNode(op.Value, operand, SpanFrom(token.Start));
    }

    private Expression ParsePower()
    {
        var start = Current.Start;
        if (AtKeyword("await"))
        {
            throw Unsupported(Current, "await expression");
        }

        var left = ParsePrimary();
        if (!AtOperator("**"))
        {
            return left;
        }

        Advance();
        var right = ParseFactor();
        return new BinOpNode(left, BinaryOperator.Pow, right, SpanFrom(start));
    }
}
