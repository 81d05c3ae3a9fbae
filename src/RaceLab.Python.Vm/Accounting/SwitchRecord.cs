namespace RaceLab.Python.Vm.Accounting;

/// <summary>A thread losing the GIL: when, after which instruction, why, and when it ran again.</summary>
internal sealed record SwitchRecord(long Time, Loading.CompiledCode? Code, int Pc, string Reason)
{
    public long ResumedAt { get; set; } = -1;
}
