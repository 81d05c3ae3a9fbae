using System.Collections.Immutable;
using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Modern;

internal static partial class ConstantFolder
{
    public static ModuleNode Fold(ModuleNode module) => module with { Body = Fold(module.Body) };

    private static ImmutableArray<Statement> Fold(ImmutableArray<Statement> body) => [.. body.Select(Fold)];

    private static Expression? FoldOptional(Expression? expression) => expression is null ? null : Fold(expression);

    private static Arguments Fold(Arguments args) => args with
    {
        Defaults = [.. args.Defaults.Select(Fold)],
        KwDefaults = [.. args.KwDefaults.Select(FoldOptional)],
    };

    private static Statement Fold(Statement statement) => statement switch
    {
        FunctionDefNode def => def with { Args = Fold(def.Args), Body = Fold(def.Body) },
        ReturnNode r => r with { Value = FoldOptional(r.Value) },
        AssignNode a => a with { Targets = [.. a.Targets.Select(Fold)], Value = Fold(a.Value) },
        AugAssignNode aug => aug with { Target = Fold(aug.Target), Value = Fold(aug.Value) },
        ForNode f => f with { Target = Fold(f.Target), Iter = ListToTuple(Fold(f.Iter)), Body = Fold(f.Body) },
        WhileNode w => w with { Test = Fold(w.Test), Body = Fold(w.Body) },
        IfNode i => i with { Test = Fold(i.Test), Body = Fold(i.Body), OrElse = Fold(i.OrElse) },
        WithNode with => with with
        {
            Items = [.. with.Items.Select(item => new WithItem(Fold(item.ContextExpr), FoldOptional(item.OptionalVars)))],
            Body = Fold(with.Body),
        },
        AssertNode assert => assert with { Test = Fold(assert.Test), Msg = FoldOptional(assert.Msg) },
        ExprStatementNode e => e with { Value = Fold(e.Value) },
        _ => statement,
    };

    private static Expression FoldChildren(Expression expression) => expression switch
    {
        AttributeNode a => a with { Value = Fold(a.Value) },
        BoolOpNode b => b with { Values = [.. b.Values.Select(Fold)] },
        CallNode c => c with
        {
            Func = Fold(c.Func),
            Args = [.. c.Args.Select(Fold)],
            Keywords = [.. c.Keywords.Select(k => k with { Value = Fold(k.Value) })],
        },
        DictNode d => d with { Keys = [.. d.Keys.Select(Fold)], Values = [.. d.Values.Select(Fold)] },
        FormattedValueNode f => f with { Value = Fold(f.Value), FormatSpec = f.FormatSpec is null ? null : (JoinedStrNode)Fold(f.FormatSpec) },
        IfExpNode i => i with { Test = Fold(i.Test), Body = Fold(i.Body), OrElse = Fold(i.OrElse) },
        JoinedStrNode j => j with { Values = [.. j.Values.Select(Fold)] },
        ListNode l => l with { Elts = [.. l.Elts.Select(Fold)] },
        TupleNode t => t with { Elts = [.. t.Elts.Select(Fold)] },
        SliceNode s => s with { Lower = FoldOptional(s.Lower), Upper = FoldOptional(s.Upper), Step = FoldOptional(s.Step) },
        SubscriptNode s => s with { Value = Fold(s.Value), Slice = Fold(s.Slice) },
        LambdaNode l => l with { Args = Fold(l.Args), Body = Fold(l.Body) },
        ListCompNode c => c with
        {
            Elt = Fold(c.Elt),
            Generators = [.. c.Generators.Select(g => new Comprehension(Fold(g.Target), ListToTuple(Fold(g.Iter)), [.. g.Ifs.Select(Fold)]))],
        },
        _ => expression,
    };
}
