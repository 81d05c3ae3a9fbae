using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Syntax;

internal sealed partial class Parser
{
    private Expression ParseAtom()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Name:
                return ParseNameAtom(token);
            case TokenKind.Number:
                Advance();
                return new ConstantNode(ParseNumber(token), SpanFrom(token.Start));
            case TokenKind.String:
                return ParseStrings();
            case TokenKind.Operator:
                switch (token.Text)
                {
                    case "(": return ParseParenthesized();
                    case "[": return ParseListDisplay();
                    case "{": return ParseBraceDisplay();
                    case "...":
                        Advance();
                        return new ConstantNode(EllipsisConstant.Instance, SpanFrom(token.Start));
                }

                break;
        }

        throw ErrorAt(token, "invalid syntax");
    }

    private Expression ParseNameAtom(Token token)
    {
        Constant? constant = token.Text switch
        {
            "None" => NoneConstant.Instance,
            "True" => new BoolConstant(true),
            "False" => new BoolConstant(false),
            _ => null,
        };
        if (constant is not null)
        {
            Advance();
            return new ConstantNode(constant, SpanFrom(token.Start));
        }

        switch (token.Text)
        {
            case "yield": throw Unsupported(token, "yield expression");
            case "await": throw Unsupported(token, "await expression");
            case "lambda": return ParseLambda();
        }

        if (IsKeyword(token))
        {
            throw ErrorAt(token, "invalid syntax");
        }

        Advance();
        return new NameNode(Identifier(token), ExprContext.Load, SpanFrom(token.Start));
    }

    private Constant ParseNumber(Token token)
    {
        var text = token.Text.Replace("_", string.Empty, StringComparison.Ordinal);
        var lower = text.ToLowerInvariant();
        if (lower.EndsWith('j'))
        {
            throw Unsupported(token, "complex number");
        }

        if (lower.StartsWith("0x", StringComparison.Ordinal))
        {
            return new IntConstant(BigInteger.Parse("0" + text[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
        }

        if (lower.StartsWith("0o", StringComparison.Ordinal) || lower.StartsWith("0b", StringComparison.Ordinal))
        {
            var radix = lower[1] == 'o' ? 8 : 2;
            var value = BigInteger.Zero;
            foreach (var digit in text.AsSpan(2))
            {
                value = (value * radix) + (digit - '0');
            }

            return new IntConstant(value);
        }

        if (lower.IndexOfAny(['.', 'e']) >= 0)
        {
            return new FloatConstant(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        if (text.Length > MaxIntDigits)
        {
            var limit = _version >= PythonVersion.Py311 ? $"{MaxIntDigits} digits" : $"{MaxIntDigits}";
            throw ErrorAt(token, $"Exceeds the limit ({limit}) for integer string conversion: value has {text.Length} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.");
        }

        return new IntConstant(BigInteger.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture));
    }

    // sys.int_info.default_max_str_digits, enforced on decimal literals since 3.11 (and 3.9.14 / 3.10.7).
    private const int MaxIntDigits = 4300;

    private Expression ParseParenthesized()
    {
        var open = Advance();
        if (AtOperator(")"))
        {
            Advance();
            return new TupleNode([], ExprContext.Load, SpanFrom(open.Start));
        }

        if (AtKeyword("yield"))
        {
            var yield = ParseYield();
            Expect(")");
            return yield;
        }

        var first = ParseStarExpression();
        if (AtKeyword("for") || AtKeyword("async"))
        {
            var generators = ParseComprehensionClauses();
            Expect(")");
            return new ComprehensionNode(ComprehensionKind.Generator, first, null, generators, SpanFrom(open.Start));
        }

        if (!AtOperator(","))
        {
            if (first is StarredNode)
            {
                throw ErrorAt(first, _version == PythonVersion.Py39 ? "can't use starred expression here" : "cannot use starred expression here");
            }

            CheckForgottenComma(first);
            Expect(")");
            return first;
        }

        var items = ImmutableArray.CreateBuilder<Expression>();
        items.Add(first);
        while (Accept(","))
        {
            if (AtOperator(")"))
            {
                break;
            }

            items.Add(ParseStarExpression());
        }

        CheckForgottenComma(items[^1]);
        Expect(")");
        return new TupleNode(items.ToImmutable(), ExprContext.Load, SpanFrom(open.Start));
    }

    private Expression ParseListDisplay()
    {
        var open = Advance();
        var items = ImmutableArray.CreateBuilder<Expression>();
        if (!AtOperator("]"))
        {
            var first = ParseStarExpression();
            if (AtKeyword("for") || AtKeyword("async"))
            {
                var generators = ParseComprehensionClauses();
                Expect("]");
                if (first is StarredNode)
                {
                    throw ErrorAt(first, "iterable unpacking cannot be used in comprehension");
                }

                return new ComprehensionNode(ComprehensionKind.List, first, null, generators, SpanFrom(open.Start));
            }

            items.Add(first);
            while (Accept(","))
            {
                if (AtOperator("]"))
                {
                    break;
                }

                items.Add(ParseStarExpression());
            }

            CheckForgottenComma(items[^1]);
        }

        Expect("]");
        return new ListNode(items.ToImmutable(), ExprContext.Load, SpanFrom(open.Start));
    }

    private ImmutableArray<Comprehension> ParseComprehensionClauses()
    {
        var generators = ImmutableArray.CreateBuilder<Comprehension>();
        while (AtKeyword("for") || AtKeyword("async"))
        {
            if (AtKeyword("async"))
            {
                throw Unsupported(Current, "async comprehension");
            }

            Advance();
            var target = ToStore(ParseTargetList(), single: false);
            Expect("in");
            var iter = ParseDisjunction();
            var ifs = ImmutableArray.CreateBuilder<Expression>();
            while (AtKeyword("if"))
            {
                Advance();
                ifs.Add(ParseDisjunction());
            }

            generators.Add(new Comprehension(target, iter, ifs.ToImmutable()));
        }

        return generators.ToImmutable();
    }

    private Expression ParseBraceDisplay()
    {
        var open = Advance();
        if (AtOperator("}"))
        {
            Advance();
            return new DictNode([], [], SpanFrom(open.Start));
        }

        if (AtOperator("**"))
        {
            return ParseDictDisplay(open, null);
        }

        var first = ParseStarExpression();
        if (AtOperator(":") && first is not StarredNode)
        {
            return ParseDictDisplay(open, first);
        }

        if (AtKeyword("for") || AtKeyword("async"))
        {
            if (first is StarredNode)
            {
                throw ErrorAt(first, "iterable unpacking cannot be used in comprehension");
            }

            var generators = ParseComprehensionClauses();
            Expect("}");
            return new ComprehensionNode(ComprehensionKind.Set, first, null, generators, SpanFrom(open.Start));
        }

        var items = ImmutableArray.CreateBuilder<Expression>();
        items.Add(first);
        while (Accept(","))
        {
            if (AtOperator("}"))
            {
                break;
            }

            items.Add(ParseStarExpression());
        }

        CheckForgottenComma(items[^1]);
        Expect("}");
        return new SetNode(items.ToImmutable(), SpanFrom(open.Start));
    }

    /// <summary>The rest of a dict display or dict comprehension whose first key (null: a <c>**</c> item) is read.</summary>
    private Expression ParseDictDisplay(Token open, Expression? firstKey)
    {
        var keys = ImmutableArray.CreateBuilder<Expression?>();
        var values = ImmutableArray.CreateBuilder<Expression>();
        var key = firstKey;
        var first = true;
        while (true)
        {
            if (key is null && (first ? firstKey is null : AtOperator("**")))
            {
                Expect("**");
                keys.Add(null);
                values.Add(ParseBitwiseOr());
            }
            else
            {
                var keyToken = Current;
                key ??= ParseExpression();
                if (!AtOperator(":"))
                {
                    throw ErrorAt(keyToken, "':' expected after dictionary key");
                }

                Advance();
                var value = ParseExpression();
                if (first && (AtKeyword("for") || AtKeyword("async")))
                {
                    var generators = ParseComprehensionClauses();
                    Expect("}");
                    return new ComprehensionNode(ComprehensionKind.Dict, key, value, generators, SpanFrom(open.Start));
                }

                keys.Add(key);
                values.Add(value);
            }

            first = false;
            key = null;
            if (!Accept(",") || AtOperator("}"))
            {
                break;
            }
        }

        Expect("}");
        return new DictNode(keys.ToImmutable(), values.ToImmutable(), SpanFrom(open.Start));
    }
}
