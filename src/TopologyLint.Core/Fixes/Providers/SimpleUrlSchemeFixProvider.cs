using System;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis.Text;
using TopologyLint.Rules.ExternalAccess;
using TopologyLint.Syntax;

namespace TopologyLint.Fixes.Providers
{
    /// <summary>
    /// TL5008, safe: a simple URL written with <c>http://</c> gets <c>https://</c>. Only the scheme changes, so the
    /// address the URL names stays the same; a URL without a scheme gets nothing (what it was meant to be is not known).
    /// </summary>
    public sealed class SimpleUrlSchemeFixProvider : FixProvider
    {
        private const string Http = "http://";

        public override FixKind Kind => FixKind.Fix;

        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("TL5008");

        public override void RegisterFixes(FixContext context)
        {
            if (context.Diagnostic.GetMessage(CultureInfo.InvariantCulture).IndexOf(SimpleUrlRule.NotHttpsMessage, StringComparison.Ordinal) < 0
                || NodeFinder.ScalarAt(context.Document.Root, context.Span) is not { Type: ScalarType.String } url
                || !url.Value.StartsWith(Http, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            // The scheme as written in the text (after a quote, if any): an escape sequence there would make the
            // text differ from the value, and then no edit is offered.
            SourceText text = url.File.Text;
            int start = url.Span.Start + (text[url.Span.Start] is '"' or '\'' ? 1 : 0);
            if (start + Http.Length <= url.Span.End
                && string.Equals(text.ToString(new TextSpan(start, Http.Length)), url.Value.Substring(0, Http.Length), StringComparison.Ordinal))
            {
                context.Register($"Use https:// in '{url.Value}'", context.Edit(new TextSpan(start, "http".Length), "https"));
            }
        }
    }
}
