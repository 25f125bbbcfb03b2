using System.Collections.Generic;
using TopologyLint.Syntax;

namespace TopologyLint.Schema
{
    /// <summary>What is wrong, independent of the validator that found it (so validators can be compared).</summary>
    public enum SchemaViolationKind
    {
        PropertyRequired,
        PropertyNotAllowed,
        StringExpected,
        IntegerExpected,
        NumberExpected,
        BooleanExpected,
        ArrayExpected,
        ObjectExpected,
        NotInEnumeration,
        PatternMismatch,
        StringTooShort,
        TooFewItems,
        ItemsNotUnique,
        NumberTooSmall,
        NumberTooBig,

        /// <summary>A keyword this schema does not use (only the tests' NJsonSchema oracle reports it); the message names NJsonSchema's kind.</summary>
        Other,
    }

    /// <summary>One schema violation, at the node that is wrong.</summary>
    public sealed class SchemaViolation
    {
        public SchemaViolation(DocumentNode node, SchemaViolationKind kind, string message)
        {
            Node = node;
            Kind = kind;
            Message = message;
        }

        public DocumentNode Node { get; }

        public SchemaViolationKind Kind { get; }

        public string Message { get; }
    }

    /// <summary>Validates node trees against the topology schema; one small seam so the validator can be swapped.</summary>
    public interface ISchemaValidator
    {
        /// <summary>Violations of a root document.</summary>
        IReadOnlyList<SchemaViolation> ValidateDocument(DocumentNode root);

        /// <summary>Violations of an include fragment: each list is checked against the root schema's list of the same key.</summary>
        IReadOnlyList<SchemaViolation> ValidateFragment(MappingNode fragment);
    }
}
