using RaceLab.Check.Analysis;
using RaceLab.Check.Findings;
using RaceLab.Python.Disassembly;

namespace RaceLab.Check.Rules;

/// <summary>
/// RL201: a lock taken while another is held, somewhere in the module, and the two taken the other way round
/// elsewhere — the classic deadlock. Built on the analysis's lock regions (with blocks, acquire/release pairs):
/// a region inside another region of the same code object is "inner taken while outer held".
/// </summary>
internal sealed class LockOrderRule : IModuleRule
{
    public IReadOnlyList<CheckRule> Reports { get; } = [RuleCatalog.LockOrder];

    public IEnumerable<Finding> Check(ModuleAnalysis module)
    {
        ArgumentNullException.ThrowIfNull(module);

        // The nesting is a property of the source; any release's regions show it, the first one found is kept.
        var orders = new Dictionary<(string Outer, string Inner), (SourceLocation Where, string Function)>();
        foreach (var report in module.Reports.OrderBy(r => r.Key).Select(r => r.Value))
        {
            foreach (var code in report.CodeObjects)
            {
                AddNestings(module.Source, code, orders);
            }
        }

        var reported = new HashSet<(string, string)>();
        foreach (var ((outer, inner), here) in orders.OrderBy(o => o.Value.Where.Line).ThenBy(o => o.Value.Where.Column))
        {
            if (!orders.TryGetValue((inner, outer), out var there) || !reported.Add((inner, outer)) || !reported.Add((outer, inner)))
            {
                continue;
            }

            // Reported at the second of the two places in source order, pointing back at the first.
            var (first, second) = Compare(here.Where, there.Where) <= 0 ? (here, there) : (there, here);
            var (secondOuter, secondInner) = first.Equals(here) ? (inner, outer) : (outer, inner);
            var message = $"`{secondInner}` is taken while `{secondOuter}` is held in {second.Function}, but {first.Function} " +
                $"takes them the other way round (line {first.Where.Line}): two threads running both can deadlock";
            yield return new Finding(RuleCatalog.LockOrder, module.Path, second.Where, message, module.Targets,
                [new RelatedLocation(first.Where, $"`{secondOuter}` taken while `{secondInner}` is held")]);
        }
    }

    private static void AddNestings(
        SourceMap source, CodeSwitchPoints code, Dictionary<(string, string), (SourceLocation, string)> orders)
    {
        var lines = new CodeLines(code.Code);
        var function = code.Code.Name == "<module>" ? "the module" : $"`{code.Code.Name}()`";
        foreach (var nesting in LockOrderHints.Nestings(code))
        {
            orders.TryAdd((nesting.Outer, nesting.Inner), (source.LockSite(lines.At(nesting.InnerStart), nesting.Inner), function));
        }
    }

    private static int Compare(SourceLocation a, SourceLocation b) =>
        a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column);
}
