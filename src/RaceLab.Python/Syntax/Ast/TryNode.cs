using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

/// <summary>try: BODY, HANDLERS, else: ORELSE, finally: FINALBODY (either handlers or a finally body, or both).</summary>
public sealed record TryNode(
    ImmutableArray<Statement> Body,
    ImmutableArray<ExceptHandlerNode> Handlers,
    ImmutableArray<Statement> OrElse,
    ImmutableArray<Statement> FinalBody,
    SourceSpan Span) : Statement(Span);

/// <summary>except [TYPE [as NAME]]: BODY — CPython's ExceptHandler, positioned at its 'except' keyword.</summary>
public sealed record ExceptHandlerNode(Expression? Type, string? Name, ImmutableArray<Statement> Body, SourceSpan Span) : Node(Span);
