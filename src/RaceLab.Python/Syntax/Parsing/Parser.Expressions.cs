using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

internal sealed partial class Parser
{
    /// <summary>
    /// star_expressions: one expression, or a tuple without parentheses (its span ends at a trailing comma). A
    /// lone <c>*x</c> is an error except where it may turn out to be an assignment target.
    /// </summary>
    private Expression ParseStarExpressions(bool maybeTarget = false)
    {
        var start = Current.Start;
        var first = ParseStarExpression();
        if (!AtOperator(","))
        {
            if (first is StarredNode && !maybeTarget)
            {
                throw ErrorAt(first, "can't use starred expression here");
            }

            return first;
        }

        var items = ImmutableArray.CreateBuilder<Expression>();
        items.Add(first);
        while (Accept(","))
        {
            if (!StartsExpression(Current))
            {
                break;
            }

            items.Add(ParseStarExpression());
        }

        return new TupleNode(items.ToImmutable(), ExprContext.Load, SpanFrom(start));
    }

    private Expression ParseStarExpression()
    {
        if (AtOperator("*"))
        {
            var star = Advance();
            var value = ParseBitwiseOr();
            return new StarredNode(value, ExprContext.Load, SpanFrom(star.Start));
        }

        return ParseNamedExpression();
    }

    private Expression ParseNamedExpression()
    {
        var expression = ParseExpression();
        if (AtOperator(":="))
        {
            throw Unsupported(Current, "assignment expression (:=)");
        }

        return expression;
    }

    /// <summary>Assignment targets of for / comprehensions: comma-separated, parsed as bitwise_or then checked by ToStore.</summary>
    private Expression ParseTargetList()
    {
        var start = Current.Start;
        var first = ParseTargetAtom();
        if (!AtOperator(","))
        {
            return first;
        }

        var items = ImmutableArray.CreateBuilder<Expression>();
        items.Add(first);
        while (Accept(","))
        {
            if (AtKeyword("in") || !StartsExpression(Current))
            {
                break;
            }

            items.Add(ParseTargetAtom());
        }

        return new TupleNode(items.ToImmutable(), ExprContext.Load, SpanFrom(start));
    }

    private Expression ParseTargetAtom()
    {
        if (AtOperator("*"))
        {
            var star = Advance();
            var value = ParseBitwiseOr();
            return new StarredNode(value, ExprContext.Load, SpanFrom(star.Start));
        }

        return ParseBitwiseOr();
    }

    private bool StartsExpression(Token token) => token.Kind switch
    {
        TokenKind.Name => !IsKeyword(token) || token.Text is "None" or "True" or "False" or "not" or "lambda" or "await" or "yield",
        TokenKind.Number or TokenKind.String => true,
        TokenKind.Operator => token.Text is "(" or "[" or "{" or "-" or "+" or "~" or "..." or "*",
        _ => false,
    };

    private Expression ParseExpression()
    {
        if (AtKeyword("lambda"))
        {
            return ParseLambda();
        }

        var start = Current.Start;
        var body = ParseDisjunction();
        if (!AtKeyword("if"))
        {
            return body;
        }

        Advance();
        var test = ParseDisjunction();
        if (!AtKeyword("else"))
        {
            throw ErrorAt(body, "expected 'else' after 'if' expression");
        }

        Advance();
        var orElse = ParseExpression();
        return new IfExpNode(test, body, orElse, SpanFrom(start));
    }

    private Expression ParseDisjunction() => ParseBoolOp("or", BoolOperator.Or, ParseConjunction);

    private Expression ParseConjunction() => ParseBoolOp("and", BoolOperator.And, ParseInversion);

    private Expression ParseBoolOp(string keyword, BoolOperator op, Func<Expression> operand)
    {
        var start = Current.Start;
        var first = operand();
        if (!AtKeyword(keyword))
        {
            return first;
        }

        var values = ImmutableArray.CreateBuilder<Expression>();
        values.Add(first);
        while (AtKeyword(keyword))
        {
            Advance();
            values.Add(operand());
        }

        return new BoolOpNode(op, values.ToImmutable(), SpanFrom(start));
    }

    private Expression ParseInversion()
    {
        if (!AtKeyword("not"))
        {
            return ParseComparison();
        }

        var start = Advance().Start;
        var operand = ParseInversion();
        return new UnaryOpNode(UnaryOperator.Not, operand, SpanFrom(start));
    }

    private Expression ParseComparison()
    {
        var start = Current.Start;
        var left = ParseBitwiseOr();
        var ops = ImmutableArray.CreateBuilder<CompareOperator>();
        var comparators = ImmutableArray.CreateBuilder<Expression>();
        while (TryParseCompareOperator(out var op))
        {
            ops.Add(op);
            comparators.Add(ParseBitwiseOr());
        }

        return ops.Count == 0 ? left : new CompareNode(left, ops.ToImmutable(), comparators.ToImmutable(), SpanFrom(start));
    }

    private bool TryParseCompareOperator(out CompareOperator op)
    {
        var token = Current;
        CompareOperator? found = token.Kind switch
        {
            TokenKind.Operator => token.Text switch
            {
                "==" => CompareOperator.Eq,
                "!=" => CompareOperator.NotEq,
                "<" => CompareOperator.Lt,
                "<=" => CompareOperator.LtE,
                ">" => CompareOperator.Gt,
                ">=" => CompareOperator.GtE,
                _ => null,
            },
            TokenKind.Name => token.Text switch
            {
                "in" => CompareOperator.In,
                "not" when Peek(1).Is("in") => CompareOperator.NotIn,
                "is" => Peek(1).Is("not") ? CompareOperator.IsNot : CompareOperator.Is,
                _ => null,
            },
            _ => null,
        };
        op = found.GetValueOrDefault();
        if (found is null)
        {
            return false;
        }

        Advance();
        if (op is CompareOperator.NotIn or CompareOperator.IsNot)
        {
            Advance();
        }

        return true;
    }

    /// <summary>yield [star_expressions] / yield from expression; only a function body may yield.</summary>
    private Expression ParseYield()
    {
        var keyword = Advance();
        if (_functionDepth == 0)
        {
            throw ErrorAt(keyword, "'yield' outside function");
        }

        if (AtKeyword("from"))
        {
            Advance();
            var source = ParseExpression();
            return new YieldFromNode(source, SpanFrom(keyword.Start));
        }

        if (!StartsExpression(Current) || AtKeyword("yield"))
        {
            return new YieldNode(null, SpanFrom(keyword.Start));
        }

        var value = ParseStarExpressions();
        return new YieldNode(value, SpanFrom(keyword.Start));
    }
}
