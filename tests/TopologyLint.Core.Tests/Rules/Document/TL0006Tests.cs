using System.Globalization;
using TopologyLint.Core.Tests.Rules.Testing;
using TopologyLint.Rules.Document;
using Xunit;

namespace TopologyLint.Core.Tests.Rules.Document
{
    public class TL0006Tests : RuleTests<DuplicateKeyRule>
    {
        [Fact]
        public void Duplicate_key_is_reported_at_the_second_key_and_the_first_wins()
        {
            var lint = Verify(("d.topology.yaml", "a: 1\nb: 2\n[|a|]: 3\n"));

            Assert.Equal("Key 'a' is already defined in this mapping at line 1", lint.Single.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Duplicate_key_in_json_is_reported_at_the_second_key()
        {
            Verify(("d.topology.json", "{\"a\": 1,\n [|\"a\"|]: 2}"));
        }

        [Fact]
        public void Equal_keys_in_different_mappings_give_nothing()
        {
            Verify(("d.topology.yaml", "a: {k: 1}\nb: {k: 2}\n"));
        }
    }
}
