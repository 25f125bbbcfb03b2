using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using TopologyLint.Import;

namespace TopologyLint.Bench
{
    /// <summary>
    /// <c>import N... [runs]</c>: <c>topolint import</c> of a small published topology with a users CSV of N rows
    /// (Export-Csv's form: every field quoted), timed in-process; the time per user shows whether it grows linearly.
    /// </summary>
    public static class ImportUsers
    {
        private const string Topology =
            "<Topology xmlns=\"urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008\">"
            + "<InternalDomains DefaultDomain=\"contoso.com\"><InternalDomain Name=\"contoso.com\" /></InternalDomains>"
            + "<Sites><CentralSite SiteId=\"1\"><Name>Redmond</Name><Location City=\"Redmond\" State=\"WA\" CountryCode=\"USA\" /></CentralSite></Sites>"
            + "<Clusters><Cluster Fqdn=\"pool01.contoso.local\"><ClusterId SiteId=\"1\" Number=\"1\" /><Machine Fqdn=\"fe01.contoso.local\" /></Cluster></Clusters>"
            + "<Services>"
            + "<Service ServiceVersion=\"6\"><ServiceId SiteId=\"1\" RoleName=\"UserServices\" Instance=\"1\" /><InstalledOn><ClusterId SiteId=\"1\" Number=\"1\" /></InstalledOn></Service>"
            + "<Service ServiceVersion=\"6\"><ServiceId SiteId=\"1\" RoleName=\"Registrar\" Instance=\"1\" /><InstalledOn><ClusterId SiteId=\"1\" Number=\"1\" /></InstalledOn></Service>"
            + "</Services></Topology>";

        public static int Run(int[] userCounts, int runs)
        {
            Directory.CreateDirectory(DataFiles.Directory);
            string topology = Path.Combine(DataFiles.Directory, "import-topology.xml");
            File.WriteAllText(topology, Topology);
            Console.WriteLine("users\tCSV MB\tmedian ms\tµs/user\toutput MB");
            foreach (int users in userCounts)
            {
                string csv = Path.Combine(DataFiles.Directory, $"import-users-{users}.csv");
                if (!File.Exists(csv))
                {
                    File.WriteAllText(csv, Csv(users));
                }

                var times = new double[runs];
                int length = 0;
                for (int run = 0; run < runs; run++)
                {
                    var clock = Stopwatch.StartNew();
                    length = TopologyImporter.Import(topology, new ImportOptions { UsersPath = csv }).Text.Length;
                    times[run] = clock.Elapsed.TotalMilliseconds;
                }

                Array.Sort(times);
                double median = times[runs / 2];
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}\t{1:F1}\t{2:F0}\t{3:F2}\t{4:F1}", users, new FileInfo(csv).Length / 1e6, median, median * 1000 / users, length / 1e6));
            }

            return 0;
        }

        private static string Csv(int users)
        {
            var text = new StringBuilder("\"SipAddress\",\"Enabled\",\"EnterpriseVoiceEnabled\",\"LineURI\",\"RegistrarPool\"\r\n");
            for (int i = 0; i < users; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"\"sip:user{i}@contoso.com\",\"True\",\"True\",\"tel:+1425{i:D7}\",\"pool01.contoso.local\"\r\n");
            }

            return text.ToString();
        }
    }
}
