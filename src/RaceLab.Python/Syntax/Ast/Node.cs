namespace RaceLab.Python.Syntax;

/// <summary>
/// A node of the syntax tree, shaped as CPython's <c>ast</c> module (Parser/Python.asdl) for the subset RaceLab
/// accepts. <see cref="Span"/> holds exactly what <c>ast.parse</c> gives as lineno, col_offset, end_lineno and
/// end_col_offset for the version the tree was parsed for.
/// </summary>
/// <remarks>Records compare their arrays by reference: compare trees by their dump, not with Equals.</remarks>
public abstract record Node(SourceSpan Span);
