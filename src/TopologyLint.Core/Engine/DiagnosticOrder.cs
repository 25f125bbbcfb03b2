using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace TopologyLint.Engine
{
    /// <summary>The one order diagnostics are reported in, by every front end: file, line, column, ID, message.</summary>
    public sealed class DiagnosticOrder : IComparer<Diagnostic>
    {
        public static DiagnosticOrder Instance { get; } = new DiagnosticOrder();

        public int Compare(Diagnostic? x, Diagnostic? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null || y is null)
            {
                return x is null ? -1 : 1;
            }

            FileLinePositionSpan a = x.Location.GetLineSpan();
            FileLinePositionSpan b = y.Location.GetLineSpan();
            int order = string.CompareOrdinal(a.Path, b.Path);
            if (order == 0)
            {
                order = a.StartLinePosition.CompareTo(b.StartLinePosition);
            }

            if (order == 0)
            {
                order = string.CompareOrdinal(x.Id, y.Id);
            }

            if (order == 0)
            {
                order = a.EndLinePosition.CompareTo(b.EndLinePosition);
            }

            return order != 0 ? order : string.CompareOrdinal(x.GetMessage(System.Globalization.CultureInfo.InvariantCulture), y.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
