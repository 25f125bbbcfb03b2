using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Prerequisites;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Prerequisites
{
    public class TL1009Tests : RuleTests<LineUriFormatRule>
    {
        [Theory]
        [InlineData("tel:+1 425 555 0100")]
        [InlineData("tel:+1-425-555-0100")]
        [InlineData("tel:+1.425.555.0100")]
        [InlineData("tel:+1(425)5550100")]
        [InlineData("+14255550100")]
        [InlineData("tel:14255550100")]
        [InlineData("tel:+")]
        [InlineData("tel:+1234567890123456")]
        [InlineData("tel:+14255550100;ext=")]
        [InlineData("tel:+14255550100;ext=12345678901")]
        [InlineData("tel:+14255550100;ext=10 01")]
        [InlineData("sip:alice@contoso.com")]
        [InlineData("")]
        [InlineData("tel:+14255550100;ext=1;ext=2")]
        [InlineData("tel:+14255550100;ex=1")]
        [InlineData("tel:+14255550100;")]
        [InlineData("tel:+14255550100ext=1")]
        [InlineData("tel:+\uFF11\uFF12")]
        [InlineData("tel:+1;ext=\u0661")]
        [InlineData("12345678901")]
        [InlineData("1001x")]
        [InlineData("tel:+;ext=1")]
        public void Fires_at_the_line_uri_when_it_is_not_normalized(string lineUri)
        {
            var lint = Verify(ValidTopology.With("lineUri: \"tel:+14255550100\"}", "lineUri: [|\"" + lineUri + "\"|]}"));

            Assert.Contains("'alice@contoso.com'", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Theory]
        [InlineData("TEL:+14255550100")]
        [InlineData("Tel:+1")]
        [InlineData("tel:+123456789012345")]
        [InlineData("tel:+14255550100;ext=1234567890")]
        [InlineData("tel:+14255550100;EXT=7")]
        [InlineData("1001")]
        [InlineData("tEl:+1;eXt=2")]
        [InlineData("0")]
        [InlineData("1234567890")]
        [InlineData("tel:+000000000000000;ext=0000000000")]
        public void Does_not_fire_on_a_normalized_line_uri(string lineUri)
        {
            Verify(ValidTopology.With("lineUri: \"tel:+14255550100\"}", "lineUri: \"" + lineUri + "\"}"));
        }
    }
}
