using System.Collections.Generic;
using TopologyLint.Syntax;

namespace TopologyLint.Schema
{
    /// <summary>One schema violation, at the node that is wrong.</summary>
    public sealed class SchemaViolation
    {
        public SchemaViolation(DocumentNode node, string message)
        {
            Node = node;
            Message = message;
        }

        public DocumentNode Node { get; }

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
