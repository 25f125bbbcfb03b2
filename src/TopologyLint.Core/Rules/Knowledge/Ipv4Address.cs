using System.Globalization;

namespace TopologyLint.Rules.Knowledge
{
    /// <summary>An IPv4 address as RULES-v2 "Numbers and patterns" defines it: four decimal numbers 0–255 separated by dots.</summary>
    public static class Ipv4Address
    {
        public static bool IsAddress(string text)
        {
            string[] parts = text.Split('.');
            if (parts.Length != 4)
            {
                return false;
            }

            foreach (string part in parts)
            {
                if (part.Length is 0 or > 3 || !IsDigits(part) || int.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture) > 255)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsDigits(string part)
        {
            foreach (char c in part)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
