using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace TopologyLint.Model
{
    /// <summary>The spelling of an enum member in a topology document (kebab-case, as docs/topology.md writes it).</summary>
    [AttributeUsage(AttributeTargets.Field)]
    public sealed class DocumentNameAttribute : Attribute
    {
        public DocumentNameAttribute(string name) => Name = name;

        public string Name { get; }
    }

    /// <summary>Parses and prints enum values by their document names.</summary>
    /// <remarks>
    /// The lookup maps a name to an index into <see cref="Values"/> rather than to <typeparamref name="TEnum"/>:
    /// a <c>Dictionary&lt;string, TEnum&gt;</c> per enum is a generic instantiation over a value type that
    /// ReadyToRun cannot precompile, so each of them was JIT-compiled at start-up (about a third of the
    /// methods the CLI compiled linting the small example). One <c>Dictionary&lt;string, int&gt;</c> is shared.
    /// </remarks>
    [SuppressMessage("Design", "CA1000", Justification = "A static class per enum type is the cache itself (see remarks); there is no instance to put the members on.")]
    public static class DocumentNames<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly TEnum[] Values;
        private static readonly string[] Names;
        private static readonly Dictionary<string, int> IndexByName = Build(out Values, out Names);

        public static bool TryParse(string text, out TEnum value)
        {
            if (IndexByName.TryGetValue(text, out int index))
            {
                value = Values[index];
                return true;
            }

            value = default;
            return false;
        }

        public static string NameOf(TEnum value)
        {
            // A handful of members: a scan, and only when a message names a value.
            for (int i = 0; i < Values.Length; i++)
            {
                if (EqualityComparer<TEnum>.Default.Equals(Values[i], value))
                {
                    return Names[i];
                }
            }

            throw new KeyNotFoundException($"{typeof(TEnum).Name} has no member {value}");
        }

        private static Dictionary<string, int> Build(out TEnum[] values, out string[] names)
        {
            FieldInfo[] fields = typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static);
            var indexByName = new Dictionary<string, int>(fields.Length, StringComparer.Ordinal);
            values = new TEnum[fields.Length];
            names = new string[fields.Length];
            for (int i = 0; i < fields.Length; i++)
            {
                names[i] = fields[i].GetCustomAttribute<DocumentNameAttribute>()?.Name ?? fields[i].Name.ToLowerInvariant();
                values[i] = (TEnum)fields[i].GetValue(null)!;
                indexByName[names[i]] = i;
            }

            return indexByName;
        }
    }

    public enum SiteKind
    {
        [DocumentName("central")] Central,
        [DocumentName("branch")] Branch,
    }

    public enum AlternativeAccess
    {
        [DocumentName("pstn-line")] PstnLine,
        [DocumentName("cell-phone")] CellPhone,
    }

    public enum PoolRole
    {
        [DocumentName("front-end")] FrontEnd,
        [DocumentName("edge")] Edge,
        [DocumentName("mediation")] Mediation,
        [DocumentName("director")] Director,

        /// <summary>A Survivable Branch Appliance: a vendor appliance with a Registrar, a Mediation Server and a PSTN gateway.</summary>
        [DocumentName("survivable-branch-appliance")] SurvivableBranchAppliance,

        /// <summary>A Survivable Branch Server: a Windows server with a Registrar and a Mediation Server.</summary>
        [DocumentName("survivable-branch-server")] SurvivableBranchServer,
    }

    public enum PoolEdition
    {
        [DocumentName("standard")] Standard,
        [DocumentName("enterprise")] Enterprise,
    }

    public enum EdgeService
    {
        [DocumentName("access")] Access,
        [DocumentName("av")] AudioVideo,
        [DocumentName("web-conferencing")] WebConferencing,
    }

    public enum OperatingSystemName
    {
        [DocumentName("windows-server-2003")] WindowsServer2003,
        [DocumentName("windows-server-2008")] WindowsServer2008,
        [DocumentName("windows-server-2008-r2")] WindowsServer2008R2,
        [DocumentName("windows-server-2012")] WindowsServer2012,
        [DocumentName("windows-server-2012-r2")] WindowsServer2012R2,
    }

    public enum OperatingSystemEdition
    {
        [DocumentName("standard")] Standard,
        [DocumentName("enterprise")] Enterprise,
        [DocumentName("datacenter")] Datacenter,
        [DocumentName("web")] Web,
        [DocumentName("foundation")] Foundation,
    }

    public enum ProcessorArchitecture
    {
        [DocumentName("x64")] X64,
        [DocumentName("x86")] X86,
    }

    public enum ConnectionKind
    {
        [DocumentName("tdm")] Tdm,
        [DocumentName("sip-trunk")] SipTrunk,
    }

    /// <summary>Client products, declared oldest first: the order is the release order (TL1012, TL1013).</summary>
    public enum ClientProduct
    {
        [DocumentName("windows-messenger")] WindowsMessenger,
        [DocumentName("office-communicator-2005")] OfficeCommunicator2005,
        [DocumentName("office-communicator-2007")] OfficeCommunicator2007,
        [DocumentName("office-communicator-2007-r2")] OfficeCommunicator2007R2,
        [DocumentName("lync-2010")] Lync2010,
        [DocumentName("lync-phone-edition")] LyncPhoneEdition,
        [DocumentName("lync-2013")] Lync2013,
    }

    /// <summary>Exchange Server versions, oldest first (TL1006).</summary>
    public enum ExchangeVersion
    {
        [DocumentName("2003")] Exchange2003,
        [DocumentName("2007")] Exchange2007,
        [DocumentName("2010")] Exchange2010,
        [DocumentName("2013")] Exchange2013,
        [DocumentName("2016")] Exchange2016,
    }

    /// <summary>SIP transport between a Mediation Server and its peer.</summary>
    public enum TrunkTransport
    {
        [DocumentName("tls")] Tls,
        [DocumentName("tcp")] Tcp,
    }

    /// <summary>A trunk's encryption support level (Lync's <c>SRTPMode</c>).</summary>
    public enum SrtpMode
    {
        [DocumentName("required")] Required,
        [DocumentName("optional")] Optional,
        [DocumentName("not-supported")] NotSupported,
    }

    /// <summary>The scope of a dial plan, voice policy or location policy.</summary>
    public enum PolicyScope
    {
        [DocumentName("global")] Global,
        [DocumentName("site")] Site,
        [DocumentName("user")] User,
    }

    /// <summary>Global media bypass (<c>network.mediaBypass</c>).</summary>
    public enum MediaBypassMode
    {
        [DocumentName("disabled")] Disabled,
        [DocumentName("always")] Always,
        [DocumentName("site-and-region")] SiteAndRegion,
    }
}
