using RaceLab.Check.Findings;
using RaceLab.Check.Targets;

namespace RaceLab.Check.Rules;

/// <summary>Writes a window finding's message: where the update can be split, per group of targets, and where it is safe only by luck.</summary>
internal static class WindowMessages
{
    public static Finding Finding(string path, WindowKey key, IReadOnlyList<TargetVerdict> verdicts)
    {
        var losing = verdicts.Where(v => v.Loses).ToList();
        var safe = verdicts.Where(v => !v.Loses).Select(v => v.Target).Distinct().Order().ToList();
        var whySafe = string.Join("; ", verdicts.Where(v => !v.Loses).GroupBy(v => v.Reason).OrderBy(g => g.Min(v => v.Target))
            .Select(g => g.Count() == verdicts.Count(v => !v.Loses) ? g.Key : $"on {TargetList.Describe(g.Select(v => v.Target))} {g.Key}"));
        var noun = WindowKinds.Noun(key.Kind, key.Variable);
        var span = key.Load == key.Store ? $"read and written at {key.Load}" : $"read at {key.Load}, written at {key.Store}";
        var related = new List<RelatedLocation> { new(key.Store, $"the write of `{key.Variable}`") };
        if (losing.Count == 0)
        {
            var message = $"{noun} is updated without a lock ({span}): safe on {TargetList.Describe(safe)} only by an " +
                $"implementation detail ({whySafe}); another release or free-threaded 3.13t can split it";
            return new Finding(RuleCatalog.SafeByImplementationDetail, path, key.Load, message, safe, related);
        }

        // Targets that share a reason are named together: "on 3.10, 3.11 a switch can happen at the call to `step()`".
        var reasons = losing.GroupBy(v => v.Reason)
            .OrderBy(g => g.Min(v => v.Target))
            .Select(g => $"on {TargetList.Describe(g.Select(v => v.Target))} {g.Key}");
        var text = $"{noun} can lose updates ({span}): {string.Join("; ", reasons)}";
        if (safe.Count > 0)
        {
            text += $"; safe on {TargetList.Describe(safe)} only by an implementation detail ({whySafe})";
        }

        return new Finding(WindowKinds.RuleFor(key.Kind), path, key.Load, text, [.. losing.Select(v => v.Target).Distinct().Order()], related);
    }
}
