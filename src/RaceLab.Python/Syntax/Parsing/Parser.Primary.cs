using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

internal sealed partial class Parser
{
    /// <summary>primary: atom followed by any number of .NAME, (args) and [slices].</summary>
    private Expression ParsePrimary()
    {
        var start = Current.Start;
        var expression = ParseAtom();
        while (true)
        {
            if (AtOperator("."))
            {
                Advance();
                var name = ExpectName();
                expression = new AttributeNode(expression, name.Text, ExprContext.Load, SpanFrom(start));
            }
            else if (AtOperator("("))
            {
                expression = ParseCall(expression, start);
            }
            else if (AtOperator("["))
            {
                Advance();
                var slice = ParseSlices();
                Expect("]");
                expression = new SubscriptNode(expression, slice, ExprContext.Load, SpanFrom(start));
            }
            else
            {
                return expression;
            }
        }
    }

    private CallNode ParseCall(Expression function, int start)
    {
        var open = Advance();
        var args = ImmutableArray.CreateBuilder<Expression>();
        var keywords = ImmutableArray.CreateBuilder<KeywordNode>();
        var sawDoubleStar = false;
        while (!AtOperator(")"))
        {
            if (AtOperator("**"))
            {
                var stars = Advance();
                var value = ParseExpression();
                keywords.Add(new KeywordNode(null, value, SpanFrom(stars.Start)));
                sawDoubleStar = true;
            }
            else if (AtOperator("*"))
            {
                var star = Advance();
                var value = ParseExpression();
                args.Add(new StarredNode(value, ExprContext.Load, SpanFrom(star.Start)));
            }
            else if (Current.Kind == TokenKind.Name && !IsKeyword(Current) && Peek(1).Is("="))
            {
                var name = Advance();
                Advance(); // =
                if (AtOperator(")") || AtOperator(","))
                {
                    throw ErrorAt(name, "expected argument value expression");
                }

                var value = ParseExpression();
                var keyword = new KeywordNode(name.Text, value, SpanFrom(name.Start));
                if (keywords.Any(k => k.Arg == keyword.Arg))
                {
                    throw ErrorAt(keyword, $"keyword argument repeated: {keyword.Arg}");
                }

                keywords.Add(keyword);
            }
            else
            {
                var argument = ParseNamedExpression();
                if (AtKeyword("for") || AtKeyword("async"))
                {
                    // f(x for x in y): the generator expression's span is the call's parentheses.
                    var generators = ParseComprehensionClauses();
                    if (args.Count > 0 || keywords.Count > 0 || !AtOperator(")"))
                    {
                        throw ErrorAt(argument, "Generator expression must be parenthesized");
                    }

                    Advance();
                    var genexp = new ComprehensionNode(ComprehensionKind.Generator, argument, null, generators, SpanFrom(open.Start));
                    return new CallNode(function, [genexp], [], SpanFrom(start));
                }

                if (keywords.Count > 0)
                {
                    // CPython reports this where its parser stopped: the token after the argument.
                    throw ErrorAt(Current, sawDoubleStar
                        ? "positional argument follows keyword argument unpacking"
                        : "positional argument follows keyword argument");
                }

                args.Add(argument);
            }

            if (!Accept(","))
            {
                CheckForgottenComma(LastArgument(args, keywords));
                break;
            }
        }

        Expect(")");
        return new CallNode(function, args.ToImmutable(), keywords.ToImmutable(), SpanFrom(start));
    }

    /// <summary>The argument written last (keywords and *args may interleave).</summary>
    private static Expression LastArgument(ImmutableArray<Expression>.Builder args, ImmutableArray<KeywordNode>.Builder keywords)
    {
        if (keywords.Count == 0)
        {
            return args[^1];
        }

        var keyword = keywords[^1].Value;
        return args.Count > 0 && (args[^1].Span.Line, args[^1].Span.Column).CompareTo((keyword.Span.Line, keyword.Span.Column)) > 0 ? args[^1] : keyword;
    }

    /// <summary>
    /// slices: one slice or expression, or a tuple of them (spanning from the first to the last token, trailing comma
    /// included). 3.11+ (PEP 646) allows starred items, which always make a tuple (<c>a[*b]</c> is <c>a[(*b,)]</c>).
    /// </summary>
    private Expression ParseSlices()
    {
        var start = Current.Start;
        var first = ParseSlice(first: true);
        if (!AtOperator(",") && first is not StarredNode)
        {
            return first;
        }

        var items = ImmutableArray.CreateBuilder<Expression>();
        items.Add(first);
        while (Accept(","))
        {
            if (AtOperator("]"))
            {
                break;
            }

            items.Add(ParseSlice(first: false));
        }

        return new TupleNode(items.ToImmutable(), ExprContext.Load, SpanFrom(start));
    }

    private Expression ParseSlice(bool first)
    {
        var start = Current.Start;
        Expression? lower = null;
        if (AtOperator("*"))
        {
            var star = Advance();
            if (_version < PythonVersion.Py311)
            {
                // 3.10 stops at the star; 3.9's parser gets past a leading starred item and stops after it.
                if (_version == PythonVersion.Py310 || !first)
                {
                    throw ErrorAt(star, "invalid syntax");
                }

                ParseBitwiseOr();
                throw ErrorAt(Current, "invalid syntax");
            }

            var value = ParseExpression();
            return new StarredNode(value, ExprContext.Load, SpanFrom(star.Start));
        }

        if (!AtOperator(":"))
        {
            lower = ParseStarExpression();
            if (!AtOperator(":"))
            {
                return lower;
            }
        }

        Advance(); // :
        var upper = AtOperator(":") || AtOperator("]") || AtOperator(",") ? null : ParseExpression();
        Expression? step = null;
        if (Accept(":") && !AtOperator("]") && !AtOperator(","))
        {
            step = ParseExpression();
        }

        return new SliceNode(lower, upper, step, SpanFrom(start));
    }

    /// <summary>
    /// Inside brackets, an expression directly followed by another is CPython's "Perhaps you forgot a comma?"
    /// (invalid_expression), except after a name followed by a string.
    /// </summary>
    private void CheckForgottenComma(Expression previous)
    {
        if (!StartsExpression(Current) || Current.Is("*") || Current.Is("-") || Current.Is("+") || Current.Is("(") || Current.Is("["))
        {
            return;
        }

        if (previous is NameNode && Current.Kind == TokenKind.String)
        {
            return;
        }

        throw ErrorAt(previous, "invalid syntax. Perhaps you forgot a comma?");
    }
}
