using System.Text.RegularExpressions;
using TopologyLint.Syntax;

namespace TopologyLint.Loading
{
    /// <summary>Resolves plain YAML scalars to JSON types by the YAML 1.2 core schema, so YAML and JSON validate alike.</summary>
    internal static class CoreSchema
    {
        private static readonly Regex Integer = new Regex(@"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", RegexOptions.CultureInvariant);
        private static readonly Regex Float = new Regex(@"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", RegexOptions.CultureInvariant);

        public static ScalarType Resolve(string plain)
        {
            // Most plain scalars are words: the first character rules out every other type before the switch hashes the whole text.
            char first = plain.Length > 0 ? plain[0] : '\0';
            if (first > '9' && first != 'n' && first != 'N' && first != 't' && first != 'T' && first != 'f' && first != 'F' && first != '~')
            {
                return ScalarType.String;
            }

            switch (plain)
            {
                case "":
                case "~":
                case "null":
                case "Null":
                case "NULL":
                    return ScalarType.Null;
                case "true":
                case "True":
                case "TRUE":
                case "false":
                case "False":
                case "FALSE":
                    return ScalarType.Boolean;
            }

            if (!(char.IsDigit(first) || first == '-' || first == '+' || first == '.'))
            {
                return ScalarType.String;
            }

            if (Integer.IsMatch(plain))
            {
                return ScalarType.Integer;
            }

            return Float.IsMatch(plain) ? ScalarType.Number : ScalarType.String;
        }
    }
}
