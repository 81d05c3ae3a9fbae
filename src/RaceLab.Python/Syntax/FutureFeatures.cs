namespace RaceLab.Python.Syntax;

/// <summary>
/// Python/future.c: the <c>from __future__ import ...</c> statements a module starts with (after its docstring).
/// Every feature but <c>annotations</c> is mandatory in Python 3 and changes nothing; <c>annotations</c> (PEP 563)
/// makes annotations strings and sets CO_FUTURE_ANNOTATIONS on every code object of the module.
/// </summary>
public static class FutureFeatures
{
    private static readonly HashSet<string> Mandatory =
    [
        "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
        "unicode_literals", "generator_stop",
    ];

    /// <summary>Whether the module imports <c>annotations</c> from <c>__future__</c>.</summary>
    /// <exception cref="PythonSyntaxException">An unknown feature, or a future import after other statements.</exception>
    public static bool PostponedAnnotations(ModuleNode module)
    {
        var annotations = false;
        var atStart = true;
        for (var i = 0; i < module.Body.Length; i++)
        {
            var statement = module.Body[i];
            if (statement is ImportFromNode { Module: "__future__" } future)
            {
                if (!atStart)
                {
                    throw Error(module, future, "from __future__ imports must occur at the beginning of the file");
                }

                foreach (var alias in future.Names)
                {
                    if (alias.Name == "annotations")
                    {
                        annotations = true;
                    }
                    else if (alias.Name == "braces")
                    {
                        throw Error(module, future, "not a chance");
                    }
                    else if (!Mandatory.Contains(alias.Name))
                    {
                        throw Error(module, future, $"future feature {alias.Name} is not defined");
                    }
                }
            }
            else if (!(i == 0 && statement is ExprStatementNode { Value: ConstantNode { Value: Bytecode.StringConstant } }))
            {
                atStart = false;
            }
        }

        return annotations;
    }

    private static PythonSyntaxException Error(ModuleNode module, Node at, string message) =>
        new(module.FileName, at.Span.Line, at.Span.Column + 1, message);
}
