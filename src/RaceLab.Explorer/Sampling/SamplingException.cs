namespace RaceLab.Explorer.Sampling;

/// <summary>The program cannot be sampled (it does not end even under a fair schedule).</summary>
public sealed class SamplingException : Exception
{
    public SamplingException(string message)
        : base(message)
    {
    }

    public SamplingException()
    {
    }

    public SamplingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
