using System.Collections.Immutable;
using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Syntax;

internal sealed partial class ConstantFolder
{
    private Expression Expr(Expression expression) => expression switch
    {
        BoolOpNode n => n with { Values = Exprs(n.Values) },
        BinOpNode n => FoldBinary(n with { Left = Expr(n.Left), Right = Expr(n.Right) }),
        UnaryOpNode n => FoldUnary(n with { Operand = Expr(n.Operand) }),
        LambdaNode n => n with { Args = Arguments(n.Args), Body = Expr(n.Body) },
        IfExpNode n => n with { Test = Expr(n.Test), Body = Expr(n.Body), OrElse = Expr(n.OrElse) },
        DictNode n => n with { Keys = [.. n.Keys.Select(Optional)], Values = Exprs(n.Values) },
        SetNode n => n with { Elts = Exprs(n.Elts) },
        ComprehensionNode n => n with
        {
            Elt = Expr(n.Elt),
            Value = Optional(n.Value),
            Generators = [.. n.Generators.Select(g => new Comprehension(Expr(g.Target), Iter(Expr(g.Iter)), Exprs(g.Ifs)))],
        },
        CompareNode n => FoldCompare(n with { Left = Expr(n.Left), Comparators = Exprs(n.Comparators) }),
        CallNode n => n with { Func = Expr(n.Func), Args = Exprs(n.Args), Keywords = [.. n.Keywords.Select(k => k with { Value = Expr(k.Value) })] },
        FormattedValueNode n => n with { Value = Expr(n.Value), FormatSpec = Optional(n.FormatSpec) },
        JoinedStrNode n => n with { Values = Exprs(n.Values) },
        AttributeNode n => n with { Value = Expr(n.Value) },
        SubscriptNode n => FoldSubscript(n with { Value = Expr(n.Value), Slice = Expr(n.Slice) }),
        SliceNode n => n with { Lower = Optional(n.Lower), Upper = Optional(n.Upper), Step = Optional(n.Step) },
        ListNode n => n with { Elts = Exprs(n.Elts) },
        StarredNode n => n with { Value = Expr(n.Value) },
        YieldNode n => n with { Value = Optional(n.Value) },
        YieldFromNode n => n with { Value = Expr(n.Value) },
        TupleNode n => FoldTuple(n with { Elts = Exprs(n.Elts) }),
        NameNode { Id: "__debug__", Ctx: ExprContext.Load } n => new ConstantNode(new BoolConstant(true), n.Span),
        _ => expression,
    };

    private Expression FoldBinary(BinOpNode node)
    {
        if (node.Left is not ConstantNode left)
        {
            return node;
        }

        if (version >= PythonVersion.Py311 && node.Op == BinaryOperator.Mod && node.Right is TupleNode tuple && left.Value is StringConstant format)
        {
            return PercentFormat.Optimize(node, format.Value, tuple.Elts);
        }

        if (node.Right is not ConstantNode right)
        {
            return node;
        }

        try
        {
            return ConstantFolding.Binary(node.Op, left.Value, right.Value) is { } value ? new ConstantNode(value, node.Span) : node;
        }
        catch (ComplexResultException)
        {
            throw Error(node, "unsupported construct: complex number");
        }
    }

    private static Expression FoldUnary(UnaryOpNode node)
    {
        if (node.Operand is ConstantNode operand)
        {
            return ConstantFolding.Unary(node.Op, operand.Value) is { } value ? new ConstantNode(value, node.Span) : node;
        }

        // not (a is b) -> a is not b, likewise for in; the Compare keeps its own span (COPY_NODE).
        if (node.Op == UnaryOperator.Not && node.Operand is CompareNode { Ops.Length: 1 } compare)
        {
            CompareOperator? inverted = compare.Ops[0] switch
            {
                CompareOperator.Is => CompareOperator.IsNot,
                CompareOperator.IsNot => CompareOperator.Is,
                CompareOperator.In => CompareOperator.NotIn,
                CompareOperator.NotIn => CompareOperator.In,
                _ => null,
            };
            if (inverted is { } op)
            {
                return compare with { Ops = [op] };
            }
        }

        return node;
    }

    private static Expression FoldTuple(TupleNode node) =>
        node.Ctx == ExprContext.Load && ConstantTuple(node.Elts) is { } value ? new ConstantNode(value, node.Span) : node;

    private static TupleConstant? ConstantTuple(ImmutableArray<Expression> elements) =>
        elements.All(e => e is ConstantNode) ? new TupleConstant([.. elements.Select(e => ((ConstantNode)e).Value)]) : null;

    private static Expression FoldSubscript(SubscriptNode node) =>
        node.Ctx == ExprContext.Load && node.Value is ConstantNode value && node.Slice is ConstantNode index
            && ConstantFolding.Subscript(value.Value, index.Value) is { } item
            ? new ConstantNode(item, node.Span)
            : node;

    /// <summary>fold_compare: the last comparand of "in" / "not in" is an iterable, folded as fold_iter does.</summary>
    private static Expression FoldCompare(CompareNode node)
    {
        var last = node.Ops.Length - 1;
        return node.Ops[last] is CompareOperator.In or CompareOperator.NotIn
            ? node with { Comparators = node.Comparators.SetItem(last, Iter(node.Comparators[last])) }
            : node;
    }

    /// <summary>fold_iter: a list literal that is only iterated becomes a tuple, a constant one if it can.</summary>
    private static Expression Iter(Expression iterable)
    {
        if (iterable is SetNode set)
        {
            return ConstantTuple(set.Elts) is TupleConstant items ? new ConstantNode(FrozenSetConstant.Of(items.Items), set.Span) : set;
        }

        if (iterable is not ListNode list || list.Elts.Any(e => e is StarredNode))
        {
            return iterable;
        }

        var tuple = new TupleNode(list.Elts, list.Ctx, list.Span);
        return ConstantTuple(list.Elts) is { } value ? new ConstantNode(value, list.Span) : tuple;
    }
}
