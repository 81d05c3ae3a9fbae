using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

/// <summary>
/// A parsed module. CPython's <c>Module</c> has no position; <see cref="Node.Span"/> here covers the whole
/// source. <see cref="Version"/> is the release whose <c>ast</c> positions the tree reproduces.
/// </summary>
public sealed record ModuleNode(ImmutableArray<Statement> Body, string FileName, PythonVersion Version, SourceSpan Span) : Node(Span);
