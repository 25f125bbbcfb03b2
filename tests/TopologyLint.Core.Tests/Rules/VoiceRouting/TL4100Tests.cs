using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.VoiceRouting;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.VoiceRouting
{
    public class TL4100Tests : RuleTests<InvalidPatternRule>
    {
        private const string Normalization = "{name: 4digit, pattern: '^(\\d{4})$', translation: '+1425555$1'}";
        private const string Route = "{name: local, pattern: '^\\+1425\\d{7}$',";

        [Fact]
        public void Fires_at_a_normalization_pattern_that_is_not_a_regular_expression()
        {
            var lint = Verify(VoiceTopology.With(Normalization, "{name: 4digit, pattern: [|'^(\\d{4}$'|], translation: '+1425555$1'}"));

            Assert.Equal("The pattern of normalization rule '4digit' of dial plan 'Global' is not a valid .NET regular expression (Not enough )'s.): '^(\\d{4}$'", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Fires_at_a_route_pattern_that_is_not_a_regular_expression()
        {
            var lint = Verify(VoiceTopology.With(Route, "{name: local, pattern: [|'^\\+1425(\\d{7}$'|],"));

            Assert.StartsWith("The pattern of route 'local' is not a valid .NET regular expression", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Fires_at_a_translation_pattern_that_is_not_a_regular_expression()
        {
            Verify(VoiceTopology.With(
                "mediationPort: 5067}\n",
                "mediationPort: 5067,\n      translationRules: [{name: national, pattern: [|'^\\+1(\\d{10}))$'|], translation: '1$1'}]}\n"));
        }

        [Theory]
        [InlineData("'+1425555$2'", "$2")]
        [InlineData("'+1425555$10'", "$10")]
        [InlineData("'+1425555${ext}'", "${ext}")]
        public void Fires_at_a_translation_that_names_a_group_its_pattern_does_not_define(string translation, string reference)
        {
            var lint = Verify(VoiceTopology.With(Normalization, "{name: 4digit, pattern: '^(\\d{4})$', translation: [|" + translation + "|]}"));

            Assert.Equal($"The translation of normalization rule '4digit' of dial plan 'Global' names the group '{reference}', which its pattern '^(\\d{{4}})$' does not define", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Fires_at_a_trunk_translation_that_names_an_undefined_group()
        {
            Verify(VoiceTopology.With(
                "mediationPort: 5067}\n",
                "mediationPort: 5067,\n      translationRules: [{name: national, pattern: '^\\+1(\\d{10})$', translation: [|'1$2'|]}]}\n"));
        }

        [Theory]
        [InlineData("'^(?<ext>\\d{4})$'", "'+1425555${ext}'")]
        [InlineData("'^(\\d{3})(\\d{4})$'", "'+1425$1$2'")]
        [InlineData("'^\\d{4}$'", "'+1425555$$ and $0'")]
        [InlineData("'^(\\d{4})$'", "'+1425555${unclosed'")]
        public void Valid_patterns_and_defined_groups_are_not_reported(string pattern, string translation)
        {
            Verify(VoiceTopology.With(Normalization, "{name: 4digit, pattern: " + pattern + ", translation: " + translation + "}"));
        }

        [Fact]
        public void An_invalid_pattern_is_reported_once_and_its_translation_is_not_checked()
        {
            Verify(VoiceTopology.With(Normalization, "{name: 4digit, pattern: [|'^(\\d{4}'|], translation: '+1425555$9'}"));
        }

        [Fact]
        public void A_pattern_that_would_backtrack_catastrophically_is_parsed_and_never_run()
        {
            // Valid syntax: TL4100 has nothing to say, and parsing it does not evaluate it.
            Verify(VoiceTopology.With(Route, "{name: local, pattern: '^(\\d+)+$',"));
        }
    }
}
