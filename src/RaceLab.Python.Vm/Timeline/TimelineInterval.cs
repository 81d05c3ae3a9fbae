namespace RaceLab.Python.Vm.Timeline;

/// <summary>One stretch of one thread's life, in simulated seconds.</summary>
public sealed record TimelineInterval(int Thread, double Start, double End, ThreadActivity Activity);
