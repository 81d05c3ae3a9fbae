namespace RaceLab.IlView;

/// <summary>A listing cannot be produced (assembly missing, JIT listing unavailable): a message for the user, not a bug.</summary>
public sealed class IlViewException(string message) : Exception(message);
