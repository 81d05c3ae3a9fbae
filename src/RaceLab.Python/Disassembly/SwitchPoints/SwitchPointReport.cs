namespace RaceLab.Python.Disassembly;

/// <summary>The switch-point analysis of a module and every code object nested in it, for one release.</summary>
public sealed record SwitchPointReport(PythonVersion Version, IReadOnlyList<CodeSwitchPoints> CodeObjects)
{
    public IEnumerable<UpdateWindow> Windows => CodeObjects.SelectMany(c => c.Windows);
}
