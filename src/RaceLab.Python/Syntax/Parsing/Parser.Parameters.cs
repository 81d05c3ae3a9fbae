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
    /// Parameters up to <paramref name="closing"/> (")" for def, ":" for lambda): NAME[=default], '/', '*' or
    /// '*NAME' then keyword-only NAME[=default], '**NAME' last. Checks what CPython's parser and symtable check.
    /// </summary>
    private Arguments ParseParameters(string closing)
    {
        var list = new ParameterList();
        while (!AtOperator(closing))
        {
            if (AtOperator("**"))
            {
                Advance();
                list.KwArg = ParseParameterName(closing, list.Seen);
                if (AtOperator("="))
                {
                    throw ErrorAt(Current, "var-keyword argument cannot have default value");
                }

                Accept(",");
                if (!AtOperator(closing))
                {
                    throw ErrorAt(Current, "arguments cannot follow var-keyword argument");
                }

                break;
            }

            if (AtOperator("*"))
            {
                ParseStarParameter(closing, list);
            }
            else if (AtOperator("/"))
            {
                var slash = Advance();
                if (list.Star is not null)
                {
                    throw ErrorAt(slash, "/ must be ahead of *");
                }

                if (list.SlashSeen)
                {
                    throw ErrorAt(slash, "/ may appear only once");
                }

                if (list.Args.Count == 0)
                {
                    throw ErrorAt(slash, "at least one argument must precede /");
                }

                list.PosOnly.AddRange(list.Args);
                list.Args.Clear();
                list.SlashSeen = true;
            }
            else
            {
                ParseNamedParameter(closing, list);
            }

            if (!Accept(","))
            {
                break;
            }
        }

        if (list.Star is { } star && list.VarArg is null && list.KwOnly.Count == 0)
        {
            throw ErrorAt(star, "named arguments must follow bare *");
        }

        return new Arguments([.. list.PosOnly], [.. list.Args], list.VarArg, [.. list.KwOnly], [.. list.KwDefaults], list.KwArg, [.. list.Defaults]);
    }

    private void ParseStarParameter(string closing, ParameterList list)
    {
        var star = Advance();
        if (list.Star is not null)
        {
            throw ErrorAt(star, "* argument may appear only once");
        }

        list.Star = star;
        if (AtOperator(","))
        {
            return;
        }

        if (AtOperator(closing) || AtOperator("**"))
        {
            throw ErrorAt(star, "named arguments must follow bare *");
        }

        list.VarArg = ParseParameterName(closing, list.Seen);
        if (AtOperator("="))
        {
            throw ErrorAt(Current, "var-positional argument cannot have default value");
        }
    }

    private void ParseNamedParameter(string closing, ParameterList list)
    {
        var arg = ParseParameterName(closing, list.Seen);
        Expression? value = Accept("=") ? ParseExpression() : null;
        if (list.Star is not null)
        {
            list.KwOnly.Add(arg);
            list.KwDefaults.Add(value);
            return;
        }

        if (value is null && list.Defaults.Count > 0)
        {
            throw ErrorAt(arg, "parameter without a default follows parameter with a default");
        }

        list.Args.Add(arg);
        if (value is not null)
        {
            list.Defaults.Add(value);
        }
    }

    private ArgNode ParseParameterName(string closing, HashSet<string> seen)
    {
        var name = ExpectName();
        var arg = new ArgNode(name.Text, SpanFrom(name.Start));
        if (closing == ")" && Accept(":"))
        {
            // The arg node's span runs to the end of its annotation, as CPython's does.
            arg = new ArgNode(name.Text, default) { Annotation = ParseExpression() };
            arg = arg with { Span = SpanFrom(name.Start) };
        }

        if (arg.Name == "__debug__")
        {
            throw ErrorAt(name, "cannot assign to __debug__");
        }

        if (!seen.Add(arg.Name))
        {
            throw ErrorAt(name, $"duplicate argument '{arg.Name}' in function definition");
        }

        return arg;
    }

    /// <summary>What ParseParameters has read so far.</summary>
    private sealed class ParameterList
    {
        public readonly List<ArgNode> PosOnly = [];
        public readonly List<ArgNode> Args = [];
        public readonly List<Expression> Defaults = [];
        public readonly List<ArgNode> KwOnly = [];
        public readonly List<Expression?> KwDefaults = [];
        public readonly HashSet<string> Seen = new(StringComparer.Ordinal);
        public ArgNode? VarArg;
        public ArgNode? KwArg;
        public Token? Star;
        public bool SlashSeen;
    }
}
