using RaceLab.Check.Analysis;
using RaceLab.Check.Findings;
using RaceLab.Check.Targets;
using RaceLab.Python.Disassembly;

namespace RaceLab.Check.Rules;

/// <summary>
/// One finding per read-modify-write window the switch-point analysis reports, merged across the targets'
/// releases: the kind's lost-update rule where some target can split it, RL120 where none of the selected
/// targets can but no lock protects it either. Windows under a lock give nothing.
/// </summary>
internal sealed class WindowRule : IModuleRule
{
    public IReadOnlyList<CheckRule> Reports { get; } =
    [
        RuleCatalog.GlobalLostUpdate, RuleCatalog.AttributeLostUpdate, RuleCatalog.ItemLostUpdate,
        RuleCatalog.CheckThenAct, RuleCatalog.SafeByImplementationDetail,
    ];

    public IEnumerable<Finding> Check(ModuleAnalysis module)
    {
        ArgumentNullException.ThrowIfNull(module);
        var verdicts = new Dictionary<WindowKey, List<TargetVerdict>>();
        foreach (var (version, report) in module.Reports.OrderBy(r => r.Key))
        {
            var targets = module.Targets.Where(t => t.Version == version).ToList();
            foreach (var code in report.CodeObjects)
            {
                var lines = new CodeLines(code.Code);
                foreach (var window in code.Windows)
                {
                    var key = KeyOf(module.Source, lines, window);
                    if (!verdicts.TryGetValue(key, out var list))
                    {
                        verdicts[key] = list = [];
                    }

                    list.AddRange(targets.Select(t => Judge(t, window, code)));
                }
            }
        }

        foreach (var (key, list) in verdicts)
        {
            if (list.Count > 0 && !list.Any(v => v.Locked))
            {
                yield return WindowMessages.Finding(module.Path, key, list);
            }
        }
    }

    private static WindowKey KeyOf(SourceMap source, CodeLines lines, UpdateWindow window)
    {
        var load = source.Locate(lines.At(window.Load.Offset), window.Load.OpName, window.Variable, store: false);
        var store = source.Locate(lines.At(window.Store.Offset), window.Store.OpName, window.Variable, store: true);
        return new WindowKey(WindowKinds.Of(window), window.Variable, load, store);
    }

    private static TargetVerdict Judge(CheckTarget target, UpdateWindow window, CodeSwitchPoints code)
    {
        var locked = window.Lock is not null;
        if (target.FreeThreaded)
        {
            return new TargetVerdict(target, locked, window.Verdict.LosesFreeThreaded,
                "(free-threaded) another thread can run between the read and the write");
        }

        if (!window.Verdict.LosesWithGil)
        {
            return new TargetVerdict(target, locked, false, SwitchPhrases.WhyNoSwitch(window.Inside, code.Callees));
        }

        var places = SwitchPhrases.For(window.Switches, code.Callees);
        return new TargetVerdict(target, locked, true, $"a switch can happen inside the window {SwitchPhrases.Join(places)}");
    }
}
