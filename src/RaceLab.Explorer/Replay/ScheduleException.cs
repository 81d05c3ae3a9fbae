namespace RaceLab.Explorer.Replay;

/// <summary>A schedule that does not fit the program (a thread not enabled, too short, too long).</summary>
public sealed class ScheduleException : Exception
{
    public ScheduleException(string message)
        : base(message)
    {
    }

    public ScheduleException()
    {
    }

    public ScheduleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
