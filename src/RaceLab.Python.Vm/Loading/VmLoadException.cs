namespace RaceLab.Python.Vm.Loading;

/// <summary>The code object uses something the VM does not model; the message names it and where.</summary>
public sealed class VmLoadException(string message) : Exception(message);
