using System.Linq;
using TopologyLint.Model;
using TopologyLint.Syntax;
using Xunit;

namespace TopologyLint.Core.Tests.Model
{
    /// <summary>The binder says for each optional key whether it is absent, written with a value of another type (TL0002's), or valid.</summary>
    public class BinderPresenceTests
    {
        private static Topology Bind(string yaml) => Binder.Bind(ParsedMappings.Parse(yaml, "/t/a.topology.yaml"), Enumerable.Empty<MappingNode>());

        [Theory]
        [InlineData("", Presence.Absent)]
        [InlineData("activeDirectory: {prepared: maybe}\n", Presence.Invalid)]
        [InlineData("activeDirectory: {prepared: [true]}\n", Presence.Invalid)]
        [InlineData("activeDirectory: {prepared: false}\n", Presence.Valid)]
        public void A_boolean_field(string yaml, Presence expected)
        {
            Field<bool> prepared = Bind("topology: t\n" + yaml).ActiveDirectory.Value?.Prepared ?? default;

            Assert.Equal(expected, prepared.Presence);
            Assert.Equal(expected == Presence.Valid, prepared.Value.HasValue);
        }

        [Theory]
        [InlineData("", Presence.Absent)]
        [InlineData("exchange: 2013\n", Presence.Invalid)]
        [InlineData("exchange: {version: \"2013\"}\n", Presence.Valid)]
        public void A_section(string yaml, Presence expected)
        {
            Section<Exchange> exchange = Bind("topology: t\n" + yaml).Exchange;

            Assert.Equal(expected, exchange.Presence);
            Assert.Equal(expected == Presence.Valid, exchange.Value != null);
        }

        [Theory]
        [InlineData("", Presence.Absent, 0)]
        [InlineData(", gateways: gw1", Presence.Invalid, 0)]
        [InlineData(", gateways: [gw1, 7, gw2]", Presence.Valid, 2)]
        public void A_list_holds_only_items_of_the_schema_type(string gateways, Presence expected, int count)
        {
            PstnConnection connection = Bind("topology: t\npstn:\n  - {id: p" + gateways + "}\n").PstnConnections.Single();

            Assert.Equal(expected, connection.Gateways.Presence);
            Assert.Equal(count, connection.Gateways.Count);
            Assert.Equal(expected == Presence.Valid, connection.Gateways.Node != null);
        }

        [Theory]
        [InlineData("", Presence.Absent, false)]
        [InlineData(", site: 7", Presence.Invalid, false)]
        [InlineData(", site: nowhere", Presence.Valid, false)]
        [InlineData(", site: hq", Presence.Valid, true)]
        public void A_reference_and_the_users_fields_read_when_asked(string site, Presence expected, bool resolved)
        {
            Topology topology = Bind("topology: t\nsites: [{id: hq}]\nusers:\n  - {sip: a@contoso.com" + site + "}\n");
            User user = topology.Users.Single();

            Assert.Equal(expected, user.Site.Presence);
            Assert.Equal(resolved, user.Site.Target != null);
            Assert.Equal(Presence.Absent, user.LineUri.Presence);
        }

        [Fact]
        public void An_enum_outside_the_schema_is_invalid_and_a_list_of_enums_keeps_the_invalid_items()
        {
            Topology topology = Bind("topology: t\npools:\n  - {fqdn: e, role: edge-ish, edgeServices: [access, teleport]}\n");
            Pool pool = topology.Pools.Single();

            Assert.Equal(Presence.Invalid, pool.Role.Presence);
            Assert.Equal(new[] { Presence.Valid, Presence.Invalid }, pool.EdgeServices.Select(s => s.Presence));
        }

        [Fact]
        public void The_topologys_lists_say_how_the_root_wrote_them_and_cannot_be_changed()
        {
            Topology topology = Bind("topology: t\npstn: none\nusers: []\n");

            Assert.Equal(Presence.Invalid, topology.PstnConnections.Presence);
            Assert.Equal(Presence.Valid, topology.Users.Presence);
            Assert.Equal(Presence.Absent, topology.Sites.Presence);
        }

        [Fact]
        public void The_model_exposes_no_collection_a_rule_could_change()
        {
            var properties = typeof(Topology).Assembly.GetTypes()
                .Where(t => t.IsPublic && t.Namespace == "TopologyLint.Model")
                .SelectMany(t => t.GetProperties())
                .ToArray();

            Assert.NotEmpty(properties);
            Assert.All(properties, p => Assert.False(
                typeof(System.Collections.IList).IsAssignableFrom(p.PropertyType) || typeof(System.Collections.IDictionary).IsAssignableFrom(p.PropertyType),
                $"{p.DeclaringType!.Name}.{p.Name} is a changeable collection"));
            Assert.All(properties, p => Assert.False(p.SetMethod?.IsPublic == true, $"{p.DeclaringType!.Name}.{p.Name} has a public setter"));
        }
    }
}
