using System.Collections.Immutable;
using RaceLab.Python.Bytecode;
using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Modern;

/// <summary>
/// Walks the syntax tree and emits each release's instructions into a <see cref="FlowGraph"/> per code
/// object (CPython's compile.c / codegen.c); version differences are explicit switches at the point of use.
/// </summary>
internal sealed partial class CodeGenerator
{
    private readonly PythonVersion _version;
    private readonly string _fileName;

    /// <summary>from __future__ import annotations: annotations are compiled as strings (PEP 563).</summary>
    private bool _postponedAnnotations;
    private readonly IReadOnlyDictionary<Node, Scope> _scopes;
    private readonly Scope _moduleScope;
    private CodeUnit _unit = null!;

    private CodeGenerator(PythonVersion version, string fileName, IReadOnlyDictionary<Node, Scope> scopes, Scope moduleScope)
    {
        _version = version;
        _fileName = fileName;
        _scopes = scopes;
        _moduleScope = moduleScope;
    }

    private bool Is311 => _version == PythonVersion.Py311;

    private bool Is312 => _version == PythonVersion.Py312;

    private bool AtLeast313 => _version >= PythonVersion.Py313;

    /// <summary>
    /// The jump the compiler adds on its own (past an else branch, a chained comparison's cleanup, a
    /// conditional expression's second arm): 3.13 makes these JUMP_NO_INTERRUPT, since no loop ends there
    /// and they carry no line (gh-107901); earlier releases use JUMP.
    /// </summary>
    private Op SyntheticJump => AtLeast313 ? Op.JUMP_NO_INTERRUPT : Op.JUMP;

    private FlowGraph Graph => _unit.Graph;

    public static CodeObject CompileModule(ModuleNode module, PythonVersion version, string fileName)
    {
        var scopes = ScopeView.Of(module);
        var postponed = FutureFeatures.PostponedAnnotations(module);
        var generator = new CodeGenerator(version, fileName, scopes, scopes[module]);
        generator._postponedAnnotations = postponed;
        return generator.Module(module);
    }

    private CodeObject Module(ModuleNode module)
    {
        _unit = new CodeUnit(_moduleScope, "<module>", "<module>", 1, _version);
        _scope = _moduleScope;
        Emit(Op.RESUME, 0, new SourceLocation(0, 1, 0, 0));
        Body(module.Body, isModule: true, module.Body.Length > 0 ? Loc(module.Body[0]) : SourceLocation.None);
        AddReturnAtEnd();
        return Assemble(_unit, CodeFlags.None);
    }

    /// <summary>
    /// A shape CPython compiles with a different instruction sequence (stack-use guideline) that RaceLab
    /// does not model: refuse it at its position rather than compile it differently.
    /// </summary>
    private PythonSyntaxException Unsupported(Node node, string what) =>
        new(_fileName, node.Span.Line, node.Span.Column + 1, "unsupported construct: " + what);

    private static SourceLocation Loc(Node node) =>
        new(node.Span.Line, node.Span.EndLine, node.Span.Column, node.Span.EndColumn);

    private Instruction Emit(Op op, int arg, SourceLocation location) => Graph.Add(op, arg, location);

    private Instruction Emit(Op op, SourceLocation location) => Graph.Add(op, 0, location);

    private void EmitJump(Op op, int label, SourceLocation location) => Graph.AddJump(op, label, location);

    private int NewLabel() => Graph.NewLabel();

    private void UseLabel(int label) => Graph.UseLabel(label);

    private void LoadConst(Constant constant, SourceLocation location) =>
        Emit(Op.LOAD_CONST, _unit.AddConst(constant), location);

    /// <summary>The docstring of a body, if its first statement is a string constant.</summary>
    private static string? DocString(ImmutableArray<Statement> body) =>
        body.Length > 0 && body[0] is ExprStatementNode { Value: ConstantNode { Value: StringConstant s } } ? s.Value : null;

    /// <summary>compiler_body of a module or class; SETUP_ANNOTATIONS (if any) sits at <paramref name="start"/>.</summary>
    private void Body(ImmutableArray<Statement> body, bool isModule, SourceLocation start)
    {
        if (AnnotationSearch.HasAnnotations(body))
        {
            Emit(Op.SETUP_ANNOTATIONS, start);
        }

        var first = 0;
        if (isModule && DocString(body) is { } doc)
        {
            var statement = (ExprStatementNode)body[0];
            LoadConst(new StringConstant(AtLeast313 ? DocStrings.Clean(doc) : doc), Loc(statement.Value));
            StoreName("__doc__", SourceLocation.None);
            first = 1;
        }

        for (var i = first; i < body.Length; i++)
        {
            Statement(body[i]);
        }
    }

    /// <summary>Every path that falls off the end returns None; where nothing falls off, the return is dead code.</summary>
    private void AddReturnAtEnd()
    {
        LoadConst(NoneConstant.Instance, SourceLocation.None);
        Emit(Op.RETURN_VALUE, SourceLocation.None);
    }
}
