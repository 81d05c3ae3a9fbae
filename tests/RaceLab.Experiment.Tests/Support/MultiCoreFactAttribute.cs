namespace RaceLab.Experiment.Tests.Support;

/// <summary>
/// A fact that needs two logical cores to mean anything. xunit 2 has no dynamic skip, so the attribute sets
/// <see cref="FactAttribute.Skip"/> itself: on one core the test is reported as skipped with this reason,
/// never run and never passed.
/// </summary>
internal sealed class MultiCoreFactAttribute : FactAttribute
{
    public MultiCoreFactAttribute()
    {
        if (System.Environment.ProcessorCount < 2)
        {
            Skip = $"needs at least 2 logical cores to run threads at the same time; this machine has {System.Environment.ProcessorCount}";
        }
    }
}
