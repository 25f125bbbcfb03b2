using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.VoiceRouting;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.VoiceRouting
{
    public class TL4106Tests : RuleTests<ShadowedRuleRule>
    {
        private const string Rule = "        - {name: 4digit, pattern: '^(\\d{4})$', translation: '+1425555$1'}\n";

        private static string WithRules(string rules) => VoiceTopology.With(Rule, rules);

        [Fact]
        public void Fires_at_the_later_pattern_the_earlier_covers_naming_the_earlier()
        {
            var lint = Verify(WithRules(Rule + "        - {name: 2xxx, pattern: [|'^(2\\d{3})$'|], translation: '+1425556$1'}\n"));

            Assert.Equal("The rule '2xxx' can never apply: every number its pattern matches is matched by an earlier rule of the list (first '4digit', line 47), and the first matching rule wins", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_list_decided_in_an_earlier_lint_is_reported_the_same_in_the_next()
        {
            // Decisions are kept by the list's pattern texts across lints; the second lint reads its own document's places.
            string document = WithRules(Rule + "        - {name: 2xxx, pattern: [|'^(2\\d{3})$'|], translation: '+1425556$1'}\n");
            Verify(document);
            var lint = Verify("# the same list, one line lower\n" + document);

            Assert.Contains("(first '4digit', line 48)", lint.Single.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        }

        [Fact]
        public void The_reverse_order_is_clean()
        {
            Verify(WithRules("        - {name: 2xxx, pattern: '^(2\\d{3})$', translation: '+1425556$1'}\n" + Rule));
        }

        [Fact]
        public void Fires_when_several_earlier_rules_cover_it_together_naming_the_first_that_overlaps()
        {
            var lint = Verify(WithRules(
                "        - {name: low, pattern: '^[0-4]\\d{3}$', translation: '+1425555$0'}\n" +
                "        - {name: high, pattern: '^[5-9]\\d{3}$', translation: '+1425556$0'}\n" +
                "        - {name: any, pattern: [|'^[0-9]\\d{3}$'|], translation: '+1425557$0'}\n"));

            Assert.Contains("(first 'low', line 47)", lint.Single.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        }

        [Fact]
        public void Digits_are_every_Unicode_decimal_digit_so_ascii_ranges_do_not_cover_them()
        {
            Verify(WithRules(
                "        - {name: low, pattern: '^[0-4]\\d{3}$', translation: '+1425555$0'}\n" +
                "        - {name: high, pattern: '^[5-9]\\d{3}$', translation: '+1425556$0'}\n" +
                "        - {name: any, pattern: '^\\d{4}$', translation: '+1425557$0'}\n"));
        }

        [Fact]
        public void An_unanchored_earlier_pattern_covers_every_number_that_contains_its_match()
        {
            Verify(WithRules(
                "        - {name: has9, pattern: '9', translation: '$0'}\n" +
                "        - {name: 9xxx, pattern: [|'^9\\d{3}$'|], translation: '+1425$0'}\n"));
        }

        [Fact]
        public void A_partly_overlapping_rule_is_clean()
        {
            Verify(WithRules(Rule + "        - {name: 4or5, pattern: '^(\\d{4,5})$', translation: '+1425555$1'}\n"));
        }

        [Fact]
        public void Lazy_and_greedy_quantifiers_and_group_kinds_match_the_same_strings()
        {
            Verify(WithRules(
                "        - {name: a, pattern: '^(?<ext>\\d+?)$', translation: '$1'}\n" +
                "        - {name: b, pattern: [|'^(?:\\d)+$'|], translation: '$0'}\n"));
        }

        [Fact]
        public void Fires_in_a_trunks_translation_rules()
        {
            Verify(VoiceTopology.With(
                "mediationPool: med.contoso.local, mediationPort: 5067}\n",
                "mediationPool: med.contoso.local, mediationPort: 5067,\n" +
                "     translationRules: [{name: strip, pattern: '^\\+1(\\d{10})$', translation: '$1'}, {name: strip425, pattern: [|'^\\+1(425\\d{7})$'|], translation: '$1'}]}\n"));
        }

        [Theory]
        [InlineData("'^(\\d{4})\\b'")]
        [InlineData("'^(?=2)\\d{4}$'")]
        [InlineData("'^(\\d)\\1{3}$'")]
        [InlineData("'^(?i)\\d{4}$'")]
        [InlineData("'^\\p{Nd}{4}$'")]
        [InlineData("'^[\\d-[5]]{4}$'")]
        public void A_later_pattern_outside_the_regular_subset_is_never_reported(string pattern)
        {
            Verify(WithRules(Rule + "        - {name: other, pattern: " + pattern + ", translation: '+1425555$0'}\n"));
        }

        [Fact]
        public void An_earlier_pattern_outside_the_subset_never_covers()
        {
            Verify(WithRules("        - {name: look, pattern: '^(?=\\d)\\d{4}$', translation: '+1425555$0'}\n" + Rule));
        }

        [Fact]
        public void A_pattern_that_backtracks_catastrophically_is_decided_without_running_it()
        {
            Verify(WithRules(
                "        - {name: digits, pattern: '^\\d+$', translation: '$0'}\n" +
                "        - {name: nested, pattern: [|'^(\\d+)+$'|], translation: '$0'}\n"));
        }

        [Fact]
        public void An_invalid_pattern_is_skipped()
        {
            Verify(WithRules(Rule + "        - {name: broken, pattern: '^(\\d{4}$', translation: '$0'}\n"));
        }
    }
}
