namespace RaceLab.Python.Syntax;

/// <summary>
/// compiler.c's find_ann: whether a module or class body holds an annotated assignment anywhere in its
/// own statements (not in nested defs or classes), which makes the body start with SETUP_ANNOTATIONS.
/// </summary>
public static class AnnotationSearch
{
    public static bool HasAnnotations(IEnumerable<Statement> body) => body.Any(HasAnnotation);

    private static bool HasAnnotation(Statement statement) => statement switch
    {
        AnnAssignNode => true,
        ForNode n => HasAnnotations(n.Body) || HasAnnotations(n.OrElse),
        WhileNode n => HasAnnotations(n.Body) || HasAnnotations(n.OrElse),
        IfNode n => HasAnnotations(n.Body) || HasAnnotations(n.OrElse),
        WithNode n => HasAnnotations(n.Body),
        TryNode n => n.Handlers.Any(h => HasAnnotations(h.Body))
            || HasAnnotations(n.Body) || HasAnnotations(n.FinalBody) || HasAnnotations(n.OrElse),
        _ => false,
    };
}
