using System.Text.RegularExpressions;
using TopologyLint.Model;
using Xunit;

namespace TopologyLint.Core.Tests.Model
{
    /// <summary>Patterns and translations read as RULES-v2 "Numbers and patterns" says.</summary>
    public class NumberPatternTests
    {
        [Fact]
        public void A_valid_pattern_matches_anywhere_unless_anchored()
        {
            Assert.True(NumberPattern.Parse(@"\d{4}").IsMatch("a1234b"));
            Assert.False(NumberPattern.Parse(@"^\d{4}$").IsMatch("a1234b"));
            Assert.True(NumberPattern.Parse(@"^\d{4}$").IsMatch("1234"));
        }

        [Fact]
        public void An_invalid_pattern_says_why_as_dotnet_does_and_matches_nothing()
        {
            NumberPattern pattern = NumberPattern.Parse(@"^(\d{4}$");

            Assert.False(pattern.IsValid);
            Assert.Equal("Not enough )'s.", pattern.Error);
            Assert.False(pattern.IsMatch("1234"));
            Assert.Null(pattern.FirstUndefinedGroupReference("$5"));
        }

        [Fact]
        public void A_catastrophic_pattern_times_out_as_no_match()
        {
            NumberPattern pattern = NumberPattern.Parse(@"^(\d+)+$");

            string number = new string('1', 40) + "x";

            Assert.Equal(NumberPattern.MatchTimeout, pattern.Regex!.MatchTimeout);
            Assert.Throws<RegexMatchTimeoutException>(() => pattern.Regex.IsMatch(number));
            Assert.False(pattern.IsMatch(number));
        }

        [Theory]
        [InlineData(@"^(\d{4})$", "+1425555$1", null)]
        [InlineData(@"^(\d{4})$", "+1425555$0", null)]
        [InlineData(@"^(\d{4})$", "+1425555${1}", null)]
        [InlineData(@"^(\d{4})$", "$$2 costs", null)]
        [InlineData(@"^(\d{4})$", "+1425555$2", "$2")]
        [InlineData(@"^(\d{4})$", "+1425555$10", "$10")]
        [InlineData(@"^(\d{4})$", "+1425555${2}", "${2}")]
        [InlineData(@"^(?<ext>\d{4})$", "+1425555${ext}", null)]
        [InlineData(@"^(?<ext>\d{4})$", "+1425555$1", null)]
        [InlineData(@"^(?<ext>\d{4})$", "+1425555${area}", "${area}")]
        [InlineData(@"^(\d{4})$", "+1425555${not closed", null)]
        [InlineData(@"^(\d{4})$", "+1425555$", null)]
        [InlineData(@"^(\d{3})(\d{4})$", "+1425$1$2$3", "$3")]
        public void A_translation_names_only_groups_its_pattern_defines(string pattern, string translation, string? undefined)
        {
            Assert.Equal(undefined, NumberPattern.Parse(pattern).FirstUndefinedGroupReference(translation));
        }

        [Theory]
        [InlineData(@"^(\d{4})$", "+1425555$10")]
        [InlineData(@"^(\d{4})$", "+1425555${2}")]
        [InlineData(@"^(?<ext>\d{4})$", "+1425555${area}")]
        public void An_undefined_reference_is_what_dotnet_leaves_as_literal_text(string pattern, string translation)
        {
            // The reading above is .NET's own: the reference it reports is copied to the result unreplaced.
            string reference = NumberPattern.Parse(pattern).FirstUndefinedGroupReference(translation)!;

            Assert.Contains(reference, Regex.Replace("2001", pattern, translation), System.StringComparison.Ordinal);
        }
    }
}
