namespace RaceLab.Python.Syntax;

internal sealed partial class LocalsLayout
{
    /// <summary>A def's annotations, compiled in the enclosing block in compiler_visit_annotations' order.</summary>
    private void Annotations(FunctionDefNode n)
    {
        foreach (var arg in n.Args.Args.Concat(n.Args.PosOnlyArgs))
        {
            Optional(arg.Annotation);
        }

        Optional(n.Args.VarArg?.Annotation);
        foreach (var arg in n.Args.KwOnlyArgs)
        {
            Optional(arg.Annotation);
        }

        Optional(n.Args.KwArg?.Annotation);
        Optional(n.Returns);
    }

    /// <summary>
    /// compiler_annassign in a function: the value, then the target; a simple name's annotation is never
    /// compiled there, and a complex target without a value has its object (and subscript) evaluated.
    /// </summary>
    private void AnnotatedAssignment(AnnAssignNode n)
    {
        if (n.Value is not null)
        {
            Expr(n.Value);
            Expr(n.Target);
            return;
        }

        switch (n.Target)
        {
            case AttributeNode attribute: Expr(attribute.Value); break;
            case SubscriptNode subscript:
                Expr(subscript.Value);
                Expr(subscript.Slice);
                break;
        }
    }
}
