using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

internal sealed partial class Parser
{
    /// <summary>
    /// ':' then either statements on the same line or an indented block. <paramref name="construct"/> names the
    /// statement for CPython's "expected an indented block after ..." message. A missing ':' is "expected ':'"
    /// after def and else (forced tokens in the grammar), elsewhere only when the line ends there.
    /// </summary>
    private ImmutableArray<Statement> ParseBlock(string construct, Token keyword)
    {
        var forced = keyword.Text is "def" or "else" or "class" or "try" or "finally";
        Expect(":", forced || Current.Kind == TokenKind.Newline ? "expected ':'" : "invalid syntax");
        var body = ImmutableArray.CreateBuilder<Statement>();
        if (Current.Kind != TokenKind.Newline)
        {
            ParseSimpleStatements(body);
            return body.ToImmutable();
        }

        Advance();
        if (Current.Kind != TokenKind.Indent)
        {
            throw ErrorAt(Current, $"expected an indented block after {construct} on line {_source.Line(keyword.Start)}");
        }

        Advance();
        while (Current.Kind != TokenKind.Dedent && Current.Kind != TokenKind.EndMarker)
        {
            ParseStatement(body);
        }

        Advance();
        return body.ToImmutable();
    }

    private FunctionDefNode ParseFunctionDef()
    {
        var keyword = Advance();
        var name = ExpectName().Text;
        Expect("(", "expected '('");
        var arguments = ParseParameters(closing: ")");
        Expect(")");
        var returns = Accept("->") ? ParseExpression() : null;

        var (savedLoops, savedFunctions) = (_loopDepth, _functionDepth);
        (_loopDepth, _functionDepth) = (0, _functionDepth + 1);
        var body = ParseBlock("function definition", keyword);
        (_loopDepth, _functionDepth) = (savedLoops, savedFunctions);
        return new FunctionDefNode(name, arguments, body, Join(MakeSpan(keyword.Start, keyword.End), body[^1].Span)) { Returns = returns };
    }

    /// <summary>class NAME ['(' arguments ')'] ':' block — the arguments parse as a call's would.</summary>
    private ClassDefNode ParseClassDef()
    {
        var keyword = Advance();
        var nameToken = ExpectName();
        ImmutableArray<Expression> bases = [];
        ImmutableArray<KeywordNode> keywords = [];
        if (AtOperator("("))
        {
            var name = new NameNode(nameToken.Text, ExprContext.Load, MakeSpan(nameToken.Start, nameToken.End));
            var arguments = ParseCall(name, nameToken.Start);
            (bases, keywords) = (arguments.Args, arguments.Keywords);
        }

        // A class body is not a function: 'return' and 'nonlocal' there are errors, loops start afresh.
        var (savedLoops, savedFunctions) = (_loopDepth, _functionDepth);
        (_loopDepth, _functionDepth) = (0, 0);
        var body = ParseBlock("class definition", keyword);
        (_loopDepth, _functionDepth) = (savedLoops, savedFunctions);
        return new ClassDefNode(nameToken.Text, bases, keywords, body, Join(MakeSpan(keyword.Start, keyword.End), body[^1].Span));
    }

    /// <summary>
    /// try ':' block (except_block+ [else_block] [finally_block] | finally_block). A bare except must come last,
    /// as CPython's compiler insists.
    /// </summary>
    private TryNode ParseTry()
    {
        var keyword = Advance();
        var body = ParseBlock("'try' statement", keyword);
        var handlers = ImmutableArray.CreateBuilder<ExceptHandlerNode>();
        while (AtKeyword("except"))
        {
            var except = Advance();
            if (AtOperator("*"))
            {
                throw Unsupported(Current, "except* (exception groups)");
            }

            Expression? type = null;
            string? name = null;
            if (!AtOperator(":"))
            {
                type = ParseExpression();
                if (AtOperator(","))
                {
                    throw ErrorAt(type, "multiple exception types must be parenthesized");
                }

                if (Accept("as"))
                {
                    name = ExpectName().Text;
                }
            }

            var handlerBody = ParseBlock("'except' statement", except);
            handlers.Add(new ExceptHandlerNode(type, name, handlerBody, Join(MakeSpan(except.Start, except.End), handlerBody[^1].Span)));
        }

        ImmutableArray<Statement> orElse = [];
        if (handlers.Count > 0 && AtKeyword("else"))
        {
            var elseKeyword = Advance();
            orElse = ParseBlock("'else' statement", elseKeyword);
        }

        ImmutableArray<Statement> finalBody = [];
        if (AtKeyword("finally"))
        {
            var finallyKeyword = Advance();
            finalBody = ParseBlock("'finally' statement", finallyKeyword);
        }

        if (handlers.Count == 0 && finalBody.IsEmpty)
        {
            throw ErrorAt(Current, "expected 'except' or 'finally' block");
        }

        for (var i = 0; i < handlers.Count - 1; i++)
        {
            if (handlers[i].Type is null)
            {
                throw ErrorAt(handlers[i], "default 'except:' must be last");
            }
        }

        var last = !finalBody.IsEmpty ? finalBody[^1] : !orElse.IsEmpty ? orElse[^1] : handlers[^1].Body[^1];
        return new TryNode(body, handlers.ToImmutable(), orElse, finalBody, Join(MakeSpan(keyword.Start, keyword.End), last.Span));
    }

    /// <summary>decorators: ('@' named_expression NEWLINE)+ then a def or a class.</summary>
    private Statement ParseDecorated()
    {
        var decorators = ImmutableArray.CreateBuilder<Expression>();
        while (AtOperator("@"))
        {
            Advance();
            decorators.Add(ParseNamedExpression());
            if (Current.Kind != TokenKind.Newline)
            {
                throw ErrorAt(Current, "invalid syntax");
            }

            Advance();
        }

        if (AtKeyword("def"))
        {
            return ParseFunctionDef() with { Decorators = decorators.ToImmutable() };
        }

        if (AtKeyword("class"))
        {
            return ParseClassDef() with { Decorators = decorators.ToImmutable() };
        }

        throw AtKeyword("async") ? Unsupported(Current, "async def") : ErrorAt(Current, "invalid syntax");
    }

    private IfNode ParseIf()
    {
        var keyword = Advance();
        var test = ParseTest();
        var body = ParseBlock($"'{keyword.Text}' statement", keyword);
        ImmutableArray<Statement> orElse = [];
        if (AtKeyword("elif"))
        {
            orElse = [ParseIf()];
        }
        else if (AtKeyword("else"))
        {
            var elseKeyword = Advance();
            orElse = ParseBlock("'else' statement", elseKeyword);
        }

        var last = orElse.IsEmpty ? body[^1] : orElse[^1];
        return new IfNode(test, body, orElse, Join(MakeSpan(keyword.Start, keyword.End), last.Span));
    }

    private WhileNode ParseWhile()
    {
        var keyword = Advance();
        var test = ParseTest();
        var body = ParseLoopBody("'while' statement", keyword);
        var orElse = ParseLoopElse();
        return new WhileNode(test, body, orElse, Join(MakeSpan(keyword.Start, keyword.End), (orElse.IsEmpty ? body : orElse)[^1].Span));
    }

    private ForNode ParseFor()
    {
        var keyword = Advance();
        var target = ToStore(ParseTargetList(), single: false);
        Expect("in");
        var iter = ParseStarExpressions();
        var body = ParseLoopBody("'for' statement", keyword);
        var orElse = ParseLoopElse();
        return new ForNode(target, iter, body, orElse, Join(MakeSpan(keyword.Start, keyword.End), (orElse.IsEmpty ? body : orElse)[^1].Span));
    }

    private ImmutableArray<Statement> ParseLoopBody(string construct, Token keyword)
    {
        _loopDepth++;
        var body = ParseBlock(construct, keyword);
        _loopDepth--;
        return body;
    }

    /// <summary>A loop's else block: runs when the loop ends without break (outside the loop for break/continue).</summary>
    private ImmutableArray<Statement> ParseLoopElse()
    {
        if (!AtKeyword("else"))
        {
            return [];
        }

        var elseKeyword = Advance();
        return ParseBlock("'else' statement", elseKeyword);
    }

    private WithNode ParseWith()
    {
        var keyword = Advance();
        var items = ImmutableArray.CreateBuilder<WithItem>();
        if (AtOperator("(") && IsParenthesizedWithItems())
        {
            Advance();
            do
            {
                if (AtOperator(")"))
                {
                    break;
                }

                items.Add(ParseWithItem());
            }
            while (Accept(","));
            Expect(")");
        }
        else
        {
            do
            {
                items.Add(ParseWithItem());
            }
            while (Accept(","));
        }

        var body = ParseBlock("'with' statement", keyword);
        return new WithNode(items.ToImmutable(), body, Join(MakeSpan(keyword.Start, keyword.End), body[^1].Span));
    }

    /// <summary>"with (a as b, c):" — CPython's first with_stmt alternative: parentheses right before the ':'.</summary>
    private bool IsParenthesizedWithItems()
    {
        var depth = 0;
        for (var i = 0; ; i++)
        {
            var token = Peek(i);
            if (token.Kind is TokenKind.Newline or TokenKind.EndMarker)
            {
                return false;
            }

            if (token.Kind != TokenKind.Operator)
            {
                continue;
            }

            if (token.Text is "(" or "[" or "{")
            {
                depth++;
            }
            else if (token.Text is ")" or "]" or "}")
            {
                depth--;
                if (depth == 0)
                {
                    return Peek(i + 1).Is(":");
                }
            }
        }
    }

    private WithItem ParseWithItem()
    {
        var context = ParseExpression();
        Expression? vars = null;
        if (Accept("as"))
        {
            vars = ToStore(ParseTargetAtom(), single: false);
        }

        return new WithItem(context, vars);
    }

    /// <summary>The condition of if / elif / while, with CPython's hint when '=' was meant as '=='.</summary>
    private Expression ParseTest()
    {
        var test = ParseNamedExpression();
        if (AtOperator("=") && !Peek(1).Is("="))
        {
            throw test is NameNode
                ? ErrorAt(test, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
                : ErrorAt(test, $"cannot assign to {ExpressionName(test)} here. Maybe you meant '==' instead of '='?");
        }

        return test;
    }
}
