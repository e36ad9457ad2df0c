using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ContainerGuard.Analyzers;

/// <summary>A constant string that ends up in a value: a literal, a u8 literal, or a reference to a constant.</summary>
internal readonly struct SecretValue
{
    public SecretValue(IOperation operation, string value, ISymbol? constantSymbol)
    {
        Operation = operation;
        Value = value;
        ConstantSymbol = constantSymbol;
    }

    public IOperation Operation { get; }

    public string Value { get; }

    /// <summary>The constant field or local referenced, when the value came through one.</summary>
    public ISymbol? ConstantSymbol { get; }
}

internal static class SecretValues
{
    private const int MaxOperations = 256;

    /// <summary>
    /// The constant strings an expression is built from: through conversions, concatenation, interpolation,
    /// string.Format/Concat arguments (not other arrays: a list of words is not one value), conditional and coalesce branches. Bounded, iterative.
    /// </summary>
    public static List<SecretValue> Collect(IOperation? value)
    {
        var found = new List<SecretValue>();
        if (value is null)
        {
            return found;
        }

        var pending = new Stack<IOperation>();
        pending.Push(value);
        var visited = 0;
        while (pending.Count > 0 && visited++ < MaxOperations)
        {
            var operation = pending.Pop();
            switch (operation)
            {
                case ILiteralOperation { ConstantValue: { HasValue: true, Value: string text } }:
                    found.Add(new SecretValue(operation, text, null));
                    break;
                case IUtf8StringOperation utf8:
                    found.Add(new SecretValue(operation, utf8.Value, null));
                    break;
                case IFieldReferenceOperation { Field: { IsConst: true } field, ConstantValue: { HasValue: true, Value: string fieldText } }:
                    found.Add(new SecretValue(operation, fieldText, field));
                    break;
                case ILocalReferenceOperation { Local: { IsConst: true } local, ConstantValue: { HasValue: true, Value: string localText } }:
                    found.Add(new SecretValue(operation, localText, local));
                    break;
                case IConversionOperation conversion:
                    pending.Push(conversion.Operand);
                    break;
                case IParenthesizedOperation parenthesized:
                    pending.Push(parenthesized.Operand);
                    break;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                    pending.Push(binary.RightOperand);
                    pending.Push(binary.LeftOperand);
                    break;
                case IInterpolatedStringOperation interpolated:
                    foreach (var part in interpolated.Parts)
                    {
                        switch (part)
                        {
                            case IInterpolatedStringTextOperation text:
                                pending.Push(text.Text);
                                break;
                            case IInterpolationOperation hole:
                                pending.Push(hole.Expression);
                                break;
                        }
                    }

                    break;
                case IInvocationOperation invocation when IsStringFormatOrConcat(invocation.TargetMethod):
                    foreach (var argument in invocation.Arguments)
                    {
                        // The composite format ("{0}-{1}") is a template; the values are the arguments.
                        if (argument.Parameter?.Name is "format" or "provider")
                        {
                            continue;
                        }

                        if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } initializer })
                        {
                            foreach (var element in initializer.ElementValues)
                            {
                                pending.Push(element);
                            }
                        }
                        else
                        {
                            pending.Push(argument.Value);
                        }
                    }

                    break;
                case IConditionalOperation conditional:
                    pending.Push(conditional.WhenTrue);
                    if (conditional.WhenFalse is { } whenFalse)
                    {
                        pending.Push(whenFalse);
                    }

                    break;
                case ICoalesceOperation coalesce:
                    pending.Push(coalesce.Value);
                    pending.Push(coalesce.WhenNull);
                    break;
            }
        }

        return found;
    }

    private static bool IsStringFormatOrConcat(IMethodSymbol method)
        => method.ContainingType?.SpecialType == SpecialType.System_String && method.Name is "Format" or "Concat";

    /// <summary>The constant string value of an operation (through conversions), or null.</summary>
    public static string? ConstantString(IOperation? operation)
        => operation?.ConstantValue is { HasValue: true, Value: string text } ? text : null;
}
