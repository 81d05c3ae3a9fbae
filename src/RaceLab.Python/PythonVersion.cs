namespace RaceLab.Python;

/// <summary>A CPython release whose compiler and interpreter RaceLab models.</summary>
public enum PythonVersion
{
    Py39,
    Py310,
    Py311,
    Py312,
    Py313,
}
