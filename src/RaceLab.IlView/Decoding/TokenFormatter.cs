using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace RaceLab.IlView.Decoding;

/// <summary>Turns a metadata token in an instruction into what ildasm prints for it.</summary>
internal static class TokenFormatter
{
    public static string Format(MetadataReader reader, int token)
    {
        var handle = MetadataTokens.EntityHandle(token);
        return handle.Kind switch
        {
            HandleKind.FieldDefinition => Field(reader, (FieldDefinitionHandle)handle),
            HandleKind.MethodDefinition => Method(reader, (MethodDefinitionHandle)handle),
            HandleKind.MemberReference => MemberReference(reader, (MemberReferenceHandle)handle),
            HandleKind.MethodSpecification => MethodSpecification(reader, (MethodSpecificationHandle)handle),
            HandleKind.TypeDefinition or HandleKind.TypeReference or HandleKind.TypeSpecification => TypeNames.Of(reader, handle),
            _ => $"0x{token:X8}",
        };
    }

    public static string UserString(MetadataReader reader, int token) =>
        $"\"{reader.GetUserString(MetadataTokens.UserStringHandle(token & 0xFFFFFF))}\"";

    private static string Field(MetadataReader reader, FieldDefinitionHandle handle)
    {
        var field = reader.GetFieldDefinition(handle);
        var type = field.DecodeSignature(IlTypeNameProvider.Instance, null);
        return $"{type} {TypeNames.Of(reader, field.GetDeclaringType())}::{reader.GetString(field.Name)}";
    }

    private static string Method(MetadataReader reader, MethodDefinitionHandle handle)
    {
        var method = reader.GetMethodDefinition(handle);
        var signature = method.DecodeSignature(IlTypeNameProvider.Instance, null);
        return Describe(signature, TypeNames.Of(reader, method.GetDeclaringType()), reader.GetString(method.Name), genericArguments: null);
    }

    private static string MemberReference(MetadataReader reader, MemberReferenceHandle handle)
    {
        var member = reader.GetMemberReference(handle);
        var parent = TypeNames.Of(reader, member.Parent);
        var name = reader.GetString(member.Name);
        if (member.GetKind() == MemberReferenceKind.Field)
        {
            return $"{member.DecodeFieldSignature(IlTypeNameProvider.Instance, null)} {parent}::{name}";
        }

        return Describe(member.DecodeMethodSignature(IlTypeNameProvider.Instance, null), parent, name, genericArguments: null);
    }

    private static string MethodSpecification(MetadataReader reader, MethodSpecificationHandle handle)
    {
        var specification = reader.GetMethodSpecification(handle);
        var arguments = specification.DecodeSignature(IlTypeNameProvider.Instance, null);
        var generic = Format(reader, MetadataTokens.GetToken(specification.Method));
        var open = generic.IndexOf('(', StringComparison.Ordinal);
        return $"{generic[..open]}<{string.Join(", ", arguments)}>{generic[open..]}";
    }

    private static string Describe(MethodSignature<string> signature, string declaringType, string name, string? genericArguments)
    {
        var instance = signature.Header.IsInstance ? "instance " : string.Empty;
        return $"{instance}{signature.ReturnType} {declaringType}::{name}{genericArguments}({string.Join(", ", signature.ParameterTypes)})";
    }
}
