using System.Reflection.Metadata;

namespace RaceLab.IlView.Decoding;

/// <summary>ildasm's spelling of a type: <c>[Assembly]Namespace.Outer/Nested</c>, no assembly for this module's own types.</summary>
internal static class TypeNames
{
    public static string Of(MetadataReader reader, EntityHandle handle) => handle.Kind switch
    {
        HandleKind.TypeDefinition => Of(reader, (TypeDefinitionHandle)handle),
        HandleKind.TypeReference => Of(reader, (TypeReferenceHandle)handle),
        HandleKind.TypeSpecification => reader.GetTypeSpecification((TypeSpecificationHandle)handle)
            .DecodeSignature(IlTypeNameProvider.Instance, null),
        _ => throw new IlViewException($"unexpected type token kind {handle.Kind}"),
    };

    public static string Of(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        var name = reader.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        if (!declaring.IsNil)
        {
            return $"{Of(reader, declaring)}/{name}";
        }

        var ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : $"{ns}.{name}";
    }

    public static string Of(MetadataReader reader, TypeReferenceHandle handle)
    {
        var type = reader.GetTypeReference(handle);
        var name = reader.GetString(type.Name);
        var ns = reader.GetString(type.Namespace);
        var qualified = ns.Length == 0 ? name : $"{ns}.{name}";
        var scope = type.ResolutionScope;
        return scope.Kind switch
        {
            HandleKind.TypeReference => $"{Of(reader, (TypeReferenceHandle)scope)}/{qualified}",
            HandleKind.AssemblyReference =>
                $"[{reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)scope).Name)}]{qualified}",
            HandleKind.ModuleReference =>
                $"[.module {reader.GetString(reader.GetModuleReference((ModuleReferenceHandle)scope).Name)}]{qualified}",
            _ => qualified,
        };
    }
}
