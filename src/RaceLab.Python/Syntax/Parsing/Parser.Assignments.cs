using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

internal sealed partial class Parser
{
    private static readonly Dictionary<string, BinaryOperator> AugmentedOperators = new()
    {
        ["+="] = BinaryOperator.Add,
        ["-="] = BinaryOperator.Sub,
        ["*="] = BinaryOperator.Mult,
        ["@="] = BinaryOperator.MatMult,
        ["/="] = BinaryOperator.Div,
        ["%="] = BinaryOperator.Mod,
        ["**="] = BinaryOperator.Pow,
        ["<<="] = BinaryOperator.LShift,
        [">>="] = BinaryOperator.RShift,
        ["|="] = BinaryOperator.BitOr,
        ["^="] = BinaryOperator.BitXor,
        ["&="] = BinaryOperator.BitAnd,
        ["//="] = BinaryOperator.FloorDiv,
    };

    private Statement ParseExpressionStatement()
    {
        var start = Current.Start;
        var parenthesised = AtOperator("(");
        var first = AtKeyword("yield") ? ParseYield() : ParseStarExpressions(maybeTarget: true);
        if (first is StarredNode && !AtOperator("="))
        {
            throw ErrorAt(first, "can't use starred expression here");
        }

        if (Current.Kind == TokenKind.Operator && AugmentedOperators.TryGetValue(Current.Text, out var op))
        {
            if (first is not (NameNode or AttributeNode or SubscriptNode))
            {
                throw ErrorAt(first, $"'{ExpressionName(first)}' is an illegal expression for augmented assignment");
            }

            Advance();
            var value = ParseStarExpressions();
            return new AugAssignNode(ToStore(first, single: false), op, value, SpanFrom(start));
        }

        if (AtOperator(":"))
        {
            return ParseAnnotatedAssignment(first, simple: first is NameNode && !parenthesised, start);
        }

        if (!AtOperator("="))
        {
            return new ExprStatementNode(first, SpanFrom(start));
        }

        var items = new List<Expression> { first };
        while (Accept("="))
        {
            items.Add(AtKeyword("yield") ? ParseYield() : ParseStarExpressions(maybeTarget: true));
        }

        if (items[^1] is StarredNode lone)
        {
            throw ErrorAt(lone, "can't use starred expression here");
        }

        var targets = ImmutableArray.CreateBuilder<Expression>(items.Count - 1);
        for (var i = 0; i < items.Count - 1; i++)
        {
            targets.Add(ToStore(items[i], single: items.Count == 2));
        }

        return new AssignNode(targets.MoveToImmutable(), items[^1], SpanFrom(start));
    }

    /// <summary>TARGET ':' expression ['=' annotated_rhs], CPython's annotated assignment (PEP 526).</summary>
    private AnnAssignNode ParseAnnotatedAssignment(Expression target, bool simple, int start)
    {
        if (target is not (NameNode or AttributeNode or SubscriptNode))
        {
            throw ErrorAt(target, target switch
            {
                TupleNode => "only single target (not tuple) can be annotated",
                ListNode => "only single target (not list) can be annotated",
                _ => "illegal target for annotation",
            });
        }

        Advance();
        var annotation = ParseExpression();
        Expression? value = null;
        if (Accept("="))
        {
            value = AtKeyword("yield") ? ParseYield() : ParseStarExpressions();
        }

        return new AnnAssignNode(ToStore(target, single: true), annotation, value, simple, SpanFrom(start));
    }

    /// <summary>
    /// Turns a parsed expression into an assignment target (CPython's star_targets), or raises CPython's
    /// "cannot assign to ..." error at the offending sub-expression.
    /// </summary>
    private Expression ToStore(Expression target, bool single) => target switch
    {
        NameNode { Id: "__debug__" } name => throw ErrorAt(name, "cannot assign to __debug__"),
        NameNode name => name with { Ctx = ExprContext.Store },
        AttributeNode attribute => attribute with { Ctx = ExprContext.Store },
        SubscriptNode subscript => subscript with { Ctx = ExprContext.Store },
        TupleNode tuple => tuple with { Elts = StoreElements(tuple.Elts, tuple), Ctx = ExprContext.Store },
        ListNode list => list with { Elts = StoreElements(list.Elts, list), Ctx = ExprContext.Store },
        StarredNode star => throw ErrorAt(star, "starred assignment target must be in a list or tuple"),
        _ => throw InvalidTarget(target, single),
    };

    /// <summary>The targets of a tuple or list target: at most one may be starred (CPython's unpack_helper).</summary>
    private ImmutableArray<Expression> StoreElements(ImmutableArray<Expression> elements, Expression container)
    {
        if (elements.Count(e => e is StarredNode) > 1)
        {
            // CPython's compiler reports this at the target as a whole.
            throw ErrorAt(container, "multiple starred expressions in assignment");
        }

        return [.. elements.Select(e => e is StarredNode star
            ? star with { Value = ToStore(star.Value, single: false), Ctx = ExprContext.Store }
            : ToStore(e, single: false))];
    }

    private PythonSyntaxException InvalidTarget(Expression target, bool single)
    {
        var name = ExpressionName(target);
        var isNamedConstant = target is ConstantNode { Value: Bytecode.NoneConstant or Bytecode.BoolConstant };
        return ErrorAt(target, single && !isNamedConstant
            ? $"cannot assign to {name} here. Maybe you meant '==' instead of '='?"
            : $"cannot assign to {name}");
    }

    /// <summary>CPython's _PyPegen_get_expr_name, used in its error messages.</summary>
    private static string ExpressionName(Expression expression) => expression switch
    {
        CallNode => "function call",
        ConstantNode { Value: Bytecode.NoneConstant } => "None",
        ConstantNode { Value: Bytecode.BoolConstant b } => b.Value ? "True" : "False",
        ConstantNode { Value: Bytecode.EllipsisConstant } => "ellipsis",
        ConstantNode => "literal",
        BinOpNode or UnaryOpNode or BoolOpNode => "expression",
        CompareNode => "comparison",
        IfExpNode => "conditional expression",
        LambdaNode => "lambda",
        DictNode => "dict literal",
        ComprehensionNode { Kind: ComprehensionKind.List } => "list comprehension",
        ComprehensionNode { Kind: ComprehensionKind.Set } => "set comprehension",
        ComprehensionNode { Kind: ComprehensionKind.Dict } => "dict comprehension",
        ComprehensionNode => "generator expression",
        SetNode => "set display",
        StarredNode => "starred",
        JoinedStrNode or FormattedValueNode => "f-string expression",
        TupleNode => "tuple",
        ListNode => "list",
        SubscriptNode => "subscript",
        AttributeNode => "attribute",
        NameNode => "name",
        _ => "expression",
    };
}
