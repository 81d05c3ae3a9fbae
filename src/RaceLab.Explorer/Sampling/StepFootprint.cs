namespace RaceLab.Explorer.Sampling;

/// <summary>
/// What a step may touch, for POS's race test: the shared globals it reads and writes (one bit per slot,
/// modulo 64: a collision only makes two steps race that may not), or anything at all when unsure, kept as
/// every bit read and written so that the race test is a few masks (POS runs it for every runnable thread
/// at every step).
/// </summary>
internal readonly struct StepFootprint
{
    public StepFootprint(ulong reads, ulong writes, bool anything)
    {
        Reads = anything ? ~0UL : reads;
        Writes = anything ? ~0UL : writes;
    }

    public ulong Reads { get; }

    public ulong Writes { get; }

    public bool IsEmpty => (Reads | Writes) == 0;

    /// <summary>Two steps race when both touch something and one may write what the other touches.</summary>
    public bool RacesWith(StepFootprint other) => ((Writes & (other.Reads | other.Writes)) | (other.Writes & Reads)) != 0;
}
