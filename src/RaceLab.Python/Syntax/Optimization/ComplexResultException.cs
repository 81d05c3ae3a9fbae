namespace RaceLab.Python.Syntax;

/// <summary>Folding would make a complex constant, which RaceLab's subset cannot represent.</summary>
internal sealed class ComplexResultException : Exception
{
}
