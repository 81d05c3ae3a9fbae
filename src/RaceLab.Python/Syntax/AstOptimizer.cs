namespace RaceLab.Python.Syntax;

/// <summary>
/// CPython's Python/ast_opt.c for the subset, as each of 3.9-3.13 does it: folds unary and binary operations
/// on constants within CPython's size limits (no int over 128 bits, no string over 4096 characters, no tuple
/// over 256 items), constant tuples and subscripts, <c>__debug__</c>, <c>not (a is b)</c> into
/// <c>a is not b</c>, a list iterated by <c>for</c> / a comprehension or tested with <c>in</c> into a tuple,
/// and (3.11+) <c>"%s" % (x,)</c> into an f-string. A folded node keeps the span of the node it replaces.
/// </summary>
public static class AstOptimizer
{
    /// <exception cref="PythonSyntaxException">Folding would produce a complex number, which the subset does not support.</exception>
    public static ModuleNode Optimize(ModuleNode module, PythonVersion version)
    {
        ArgumentNullException.ThrowIfNull(module);
        var folder = new ConstantFolder(version, module.FileName, foldAnnotations: !FutureFeatures.PostponedAnnotations(module));
        return module with { Body = folder.Body(module.Body) };
    }
}
