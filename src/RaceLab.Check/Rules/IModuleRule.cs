using RaceLab.Check.Analysis;
using RaceLab.Check.Findings;

namespace RaceLab.Check.Rules;

/// <summary>Turns one file's analysis into findings of the rules it <see cref="Reports"/>.</summary>
internal interface IModuleRule
{
    IReadOnlyList<CheckRule> Reports { get; }

    IEnumerable<Finding> Check(ModuleAnalysis module);
}
