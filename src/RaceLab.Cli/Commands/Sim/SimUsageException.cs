namespace RaceLab.Cli.Commands.Sim;

/// <summary>Bad usage or bad input for <c>racelab sim</c>: reported as a message, exit code 2.</summary>
internal sealed class SimUsageException(string message) : Exception(message);
