using System.Collections.Immutable;
using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Syntax;

/// <summary>
/// The rewrite behind <see cref="AstOptimizer"/>: astfold_stmt / astfold_expr, children first. Annotations are
/// folded only when they will be evaluated: under <c>from __future__ import annotations</c> they stay as written,
/// since their text is what the program gets (<c>2 ** 3</c>, not <c>8</c>).
/// </summary>
internal sealed partial class ConstantFolder(PythonVersion version, string fileName, bool foldAnnotations)
{
    /// <summary>astfold_body: a statement list; a string made by folding in docstring position is wrapped so it stays no docstring.</summary>
    public ImmutableArray<Statement> Body(ImmutableArray<Statement> statements)
    {
        var hadDocstring = IsDocstring(statements);
        var folded = statements.Select(Statement).ToImmutableArray();
        if (!hadDocstring && IsDocstring(folded))
        {
            var first = (ExprStatementNode)folded[0];
            folded = folded.SetItem(0, first with { Value = new JoinedStrNode([first.Value], first.Span) });
        }

        return folded;
    }

    private static bool IsDocstring(ImmutableArray<Statement> statements) =>
        statements.Length > 0 && statements[0] is ExprStatementNode { Value: ConstantNode { Value: StringConstant } };

    private Statement Statement(Statement statement) => statement switch
    {
        FunctionDefNode n => n with { Decorators = Exprs(n.Decorators), Args = Arguments(n.Args), Returns = Annotation(n.Returns), Body = Body(n.Body) },
        ClassDefNode n => n with
        {
            Decorators = Exprs(n.Decorators),
            Bases = Exprs(n.Bases),
            Keywords = [.. n.Keywords.Select(k => k with { Value = Expr(k.Value) })],
            Body = Body(n.Body),
        },
        ReturnNode n => n with { Value = Optional(n.Value) },
        TryNode n => n with
        {
            Body = Statements(n.Body),
            Handlers = [.. n.Handlers.Select(h => h with { Type = Optional(h.Type), Body = Statements(h.Body) })],
            OrElse = Statements(n.OrElse),
            FinalBody = Statements(n.FinalBody),
        },
        RaiseNode n => n with { Exc = Optional(n.Exc), Cause = Optional(n.Cause) },
        DeleteNode n => n with { Targets = Exprs(n.Targets) },
        AssignNode n => n with { Targets = Exprs(n.Targets), Value = Expr(n.Value) },
        AnnAssignNode n => n with { Target = Expr(n.Target), Annotation = Annotation(n.Annotation)!, Value = Optional(n.Value) },
        AugAssignNode n => n with { Target = Expr(n.Target), Value = Expr(n.Value) },
        ForNode n => n with { Target = Expr(n.Target), Iter = Iter(Expr(n.Iter)), Body = Statements(n.Body), OrElse = Statements(n.OrElse) },
        WhileNode n => n with { Test = Expr(n.Test), Body = Statements(n.Body), OrElse = Statements(n.OrElse) },
        IfNode n => n with { Test = Expr(n.Test), Body = Statements(n.Body), OrElse = Statements(n.OrElse) },
        WithNode n => n with
        {
            Items = [.. n.Items.Select(i => new WithItem(Expr(i.ContextExpr), Optional(i.OptionalVars)))],
            Body = Statements(n.Body),
        },
        AssertNode n => n with { Test = Expr(n.Test), Msg = Optional(n.Msg) },
        ExprStatementNode n => n with { Value = Expr(n.Value) },
        _ => statement,
    };

    private ImmutableArray<Statement> Statements(ImmutableArray<Statement> statements) => [.. statements.Select(Statement)];

    private ImmutableArray<Expression> Exprs(ImmutableArray<Expression> expressions) => [.. expressions.Select(Expr)];

    private Expression? Optional(Expression? expression) => expression is null ? null : Expr(expression);

    private Arguments Arguments(Arguments arguments) => arguments with
    {
        PosOnlyArgs = [.. arguments.PosOnlyArgs.Select(Arg)],
        Args = [.. arguments.Args.Select(Arg)],
        VarArg = arguments.VarArg is { } varArg ? Arg(varArg) : null,
        KwOnlyArgs = [.. arguments.KwOnlyArgs.Select(Arg)],
        KwArg = arguments.KwArg is { } kwArg ? Arg(kwArg) : null,
        Defaults = Exprs(arguments.Defaults),
        KwDefaults = [.. arguments.KwDefaults.Select(Optional)],
    };

    /// <summary>A parameter with its annotation folded; one without an annotation is kept as it is.</summary>
    private ArgNode Arg(ArgNode arg) => arg.Annotation is null ? arg : arg with { Annotation = Annotation(arg.Annotation) };

    private Expression? Annotation(Expression? annotation) => foldAnnotations ? Optional(annotation) : annotation;

    private PythonSyntaxException Error(Node at, string message) => new(fileName, at.Span.Line, at.Span.Column + 1, message);
}
