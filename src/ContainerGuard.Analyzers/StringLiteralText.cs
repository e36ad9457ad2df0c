using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ContainerGuard.Analyzers;

/// <summary>The value of a string literal token and the mapping of value offsets back to source.</summary>
internal static class StringLiteralText
{
    public static readonly SyntaxKind[] LiteralKinds =
    {
        SyntaxKind.StringLiteralExpression, SyntaxKind.Utf8StringLiteralExpression, SyntaxKind.InterpolatedStringText,
    };

    /// <summary>The token that holds the text of a literal expression or interpolated-string text part.</summary>
    public static SyntaxToken GetToken(SyntaxNode node) => node switch
    {
        LiteralExpressionSyntax literal => literal.Token,
        InterpolatedStringTextSyntax text => text.TextToken,
        _ => default,
    };

    /// <summary>
    /// Where the characters <c>value[start..start+length)</c> are in the source. Escapes, verbatim quotes and raw
    /// indentation can make the value differ from the text; the part is located by searching the token text, and
    /// used only when it occurs exactly once in both (otherwise the whole literal is the span).
    /// </summary>
    public static TextSpan MapToSource(SyntaxToken token, string value, int start, int length)
    {
        var whole = token.Span;
        if (start < 0 || length <= 0 || start + length > value.Length)
        {
            return whole;
        }

        var part = value.Substring(start, length);
        var text = token.Text;
        var inText = text.IndexOf(part, StringComparison.Ordinal);
        if (inText < 0
            || text.IndexOf(part, inText + 1, StringComparison.Ordinal) >= 0
            || value.IndexOf(part, StringComparison.Ordinal) != start
            || value.IndexOf(part, start + 1, StringComparison.Ordinal) >= 0)
        {
            return whole;
        }

        return new TextSpan(whole.Start + inText, length);
    }
}
