using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

internal sealed partial class Parser
{
    private LambdaNode ParseLambda()
    {
        var keyword = Advance();
        var arguments = ParseParameters(closing: ":");
        Expect(":");
        var (savedLoops, savedFunctions) = (_loopDepth, _functionDepth);
        (_loopDepth, _functionDepth) = (0, _functionDepth + 1);
        var body = ParseExpression();
        (_loopDepth, _functionDepth) = (savedLoops, savedFunctions);
        return new LambdaNode(arguments, body, SpanFrom(keyword.Start));
    }

    /// <summary>
    /// Parameters up to <paramref name="closing"/> (")" for def, ":" for lambda): NAME[=default], a bare '*'
    /// then keyword-only NAME[=default]. Checks what CPython's parser and symtable check for these.
    /// </summary>
    private Arguments ParseParameters(string closing)
    {
        var args = ImmutableArray.CreateBuilder<ArgNode>();
        var defaults = ImmutableArray.CreateBuilder<Expression>();
        var kwOnly = ImmutableArray.CreateBuilder<ArgNode>();
        var kwDefaults = ImmutableArray.CreateBuilder<Expression?>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var keywordOnly = false;
        var bareStar = default(Token);
        while (!AtOperator(closing))
        {
            if (AtOperator("*"))
            {
                var star = Advance();
                if (keywordOnly)
                {
                    throw ErrorAt(star, "* argument may appear only once");
                }

                if (!AtOperator(","))
                {
                    throw AtOperator(closing)
                        ? ErrorAt(star, "named arguments must follow bare *")
                        : Unsupported(star, "*args parameter");
                }

                keywordOnly = true;
                bareStar = star;
            }
            else if (AtOperator("**"))
            {
                throw Unsupported(Current, "**kwargs parameter");
            }
            else if (AtOperator("/"))
            {
                throw Unsupported(Current, "positional-only parameters");
            }
            else
            {
                var name = ExpectName();
                var arg = new ArgNode(name.Text, SpanFrom(name.Start));
                if (arg.Name == "__debug__")
                {
                    throw ErrorAt(name, "cannot assign to __debug__");
                }

                if (closing == ")" && AtOperator(":"))
                {
                    throw Unsupported(Current, "annotation");
                }

                Expression? value = Accept("=") ? ParseExpression() : null;
                if (!seen.Add(arg.Name))
                {
                    throw ErrorAt(name, $"duplicate argument '{arg.Name}' in function definition");
                }

                if (keywordOnly)
                {
                    kwOnly.Add(arg);
                    kwDefaults.Add(value);
                }
                else
                {
                    if (value is null && defaults.Count > 0)
                    {
                        throw ErrorAt(name, "parameter without a default follows parameter with a default");
                    }

                    args.Add(arg);
                    if (value is not null)
                    {
                        defaults.Add(value);
                    }
                }
            }

            if (!Accept(","))
            {
                break;
            }
        }

        if (keywordOnly && kwOnly.Count == 0)
        {
            throw ErrorAt(bareStar, "named arguments must follow bare *");
        }

        return new Arguments(args.ToImmutable(), defaults.ToImmutable(), kwOnly.ToImmutable(), kwDefaults.ToImmutable());
    }
}
