namespace RaceLab.Explorer.Python;

/// <summary>Why a sampled schedule's segment ended.</summary>
internal enum SegmentEnd
{
    /// <summary>At a switch point: the thread could run on.</summary>
    SwitchPoint,

    /// <summary>It blocked (lock, join, start) and gave up the processor.</summary>
    Blocked,

    /// <summary>Its outermost frame returned or raised.</summary>
    Finished,
}
