using System;
using System.Collections.Generic;
using System.Reflection;

namespace TopologyLint.Model
{
    /// <summary>The spelling of an enum member in a topology document (kebab-case, as TOPOLOGY.md writes it).</summary>
    [AttributeUsage(AttributeTargets.Field)]
    public sealed class DocumentNameAttribute : Attribute
    {
        public DocumentNameAttribute(string name) => Name = name;

        public string Name { get; }
    }

    /// <summary>Parses and prints enum values by their document names.</summary>
    public static class DocumentNames<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly Dictionary<string, TEnum> ByName = Build(out ToNameMap);
        private static readonly Dictionary<TEnum, string> ToNameMap;

        public static bool TryParse(string text, out TEnum value) => ByName.TryGetValue(text, out value);

        public static string NameOf(TEnum value) => ToNameMap[value];

        private static Dictionary<string, TEnum> Build(out Dictionary<TEnum, string> names)
        {
            var byName = new Dictionary<string, TEnum>(StringComparer.Ordinal);
            names = new Dictionary<TEnum, string>();
            foreach (FieldInfo field in typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                string name = field.GetCustomAttribute<DocumentNameAttribute>()?.Name ?? field.Name.ToLowerInvariant();
                var value = (TEnum)field.GetValue(null)!;
                byName[name] = value;
                names[value] = name;
            }

            return byName;
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
}
