namespace RaceLab.Explorer.Sampling;

/// <summary>
/// What a step may touch, for POS's race test: the shared globals it reads and writes (one bit per slot,
/// modulo 64: a collision only makes two steps race that may not), or anything at all when unsure.
/// </summary>
internal readonly record struct StepFootprint(ulong Reads, ulong Writes, bool Anything)
{
    public bool IsEmpty => !Anything && Reads == 0 && Writes == 0;

    /// <summary>Two steps race when both touch something and one may write what the other touches.</summary>
    public bool RacesWith(StepFootprint other)
    {
        if (IsEmpty || other.IsEmpty)
        {
            return false;
        }

        return Anything || other.Anything || (Writes & (other.Reads | other.Writes)) != 0 || (other.Writes & Reads) != 0;
    }
}
