using System;
using System.Collections.Immutable;
using System.Linq;
using PhoneNumbers;
using TopologyLint.Model;
using TopologyLint.Rules.Emergency;
using TopologyLint.Rules.Knowledge;
using TopologyLint.Syntax;

namespace TopologyLint.Fixes.Providers
{
    /// <summary>
    /// TL3004, a suggestion: the user's <c>site</c> set to the only site whose address is in a country of the user's
    /// number's country calling code (<c>tel:+44…</c> and one site in GB). A suggestion: the number tells the
    /// country, not where the person sits.
    /// </summary>
    public sealed class UserSiteSuggestionProvider : FixProvider
    {
        private const int MaxCallingCodeDigits = 3;
        private const string UnknownRegion = "ZZ";

        public override FixKind Kind => FixKind.Suggestion;

        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("TL3004");

        public override void RegisterFixes(FixContext context)
        {
            if (!(NodeFinder.MappingWithFirstKeyAt(context.Document.Root, context.Span) is { } user)
                || !(user["lineUri"] is ScalarNode { Type: ScalarType.String } lineUri)
                || !LineUri.TryParse(lineUri.Value, out LineUri parsed) || parsed.IsBareExtension
                || context.Topology is not { } topology)
            {
                return;
            }

            PhoneNumberUtil phoneNumbers = PhoneNumberUtil.GetInstance();
            int callingCode = CallingCode(phoneNumbers, lineUri.Value.Substring("tel:+".Length));
            Site[] sites = topology.Sites
                .Where(s => s.Id != null && s.Address.Value?["country"] is ScalarNode { Type: ScalarType.String } country
                    && callingCode != 0 && phoneNumbers.GetCountryCodeForRegion(country.Value.ToUpperInvariant()) == callingCode)
                .ToArray();
            if (sites.Length == 1 && SyntaxEdits.AddEntry(user, "site", SyntaxEdits.Literal(SyntaxEdits.IsJson(user.File), sites[0].Id!.Value, null)) is { } edit)
            {
                context.Register($"Set site to '{sites[0].Id!.Value}', the only site in a country of calling code +{callingCode}", edit);
            }
        }

        /// <summary>The country calling code the E.164 digits start with, or 0: codes are 1 to 3 digits and none is a prefix of another.</summary>
        private static int CallingCode(PhoneNumberUtil phoneNumbers, string digits)
        {
            for (int length = 1; length <= Math.Min(MaxCallingCodeDigits, digits.Length); length++)
            {
                if (int.TryParse(digits.Substring(0, length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int code) && phoneNumbers.GetRegionCodeForCountryCode(code) != UnknownRegion)
                {
                    return code;
                }
            }

            return 0;
        }
    }
}
