namespace RaceLab.Cli.Infrastructure;

/// <summary>Bad usage or bad input found after parsing: reported as a message and exit code 2, never a stack trace.</summary>
internal sealed class UsageException(string message) : Exception(message);
