using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using System.Text;

namespace Corroborate.Storage;

/// <summary>
/// The story list both stores serve (<see cref="IStore.ListStories"/>): the same filters, order and paging over the
/// same <c>stories</c> table, in plain ADO.NET so one piece of SQL serves SQLite and PostgreSQL alike. Only the
/// parameter marker ('$' or '@') and how an entity name is matched differ.
/// </summary>
internal static class StoryListing
{
    /// <param name="transaction">A read transaction, so the count and the page come from one snapshot.</param>
    /// <param name="marker">The store's parameter marker.</param>
    /// <param name="entityMatch">The condition on <c>name</c> for the entity filter, with <c>{0}</c> for the parameter.</param>
    public static Paged<StorySummary> Page(DbConnection connection, DbTransaction transaction, StoryQuery q, char marker, string entityMatch)
    {
        var where = new StringBuilder("WHERE 1 = 1");
        var args = new List<(string, object?)>();
        void Filter(string condition, string name, object value)
        {
            where.Append(" AND ").Append(condition.Replace("{0}", marker + name, StringComparison.Ordinal));
            args.Add((name, value));
        }

        if (q.From is { } from) Filter("last_date >= {0}", "from", from);
        if (q.To is { } to) Filter("first_date <= {0}", "to", to);
        if (q.Entity is { } entity) Filter($"id IN (SELECT story FROM story_entities WHERE {entityMatch})", "entity", entity);
        if (q.HasDisagreements is { } has) where.Append(has ? " AND disagreements > 0" : " AND disagreements = 0");

        long total;
        using (var count = Command($"SELECT COUNT(*) FROM stories {where}", args))
        {
            total = Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        int size = Math.Clamp(q.PageSize, 1, 200);
        int page = Math.Max(1, q.Page);
        using var cmd = Command($"""
            SELECT id, title, documents, independent, disagreements, first_date, last_date, updated, dirty
            FROM stories {where} ORDER BY updated DESC, seq DESC LIMIT {marker}limit OFFSET {marker}offset
            """, [.. args, ("limit", size), ("offset", (long)(page - 1) * size)]);
        var items = ImmutableArray.CreateBuilder<StorySummary>();
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                items.Add(new StorySummary(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4),
                    r.IsDBNull(5) ? null : r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6),
                    DateTimeOffset.Parse(r.GetString(7), CultureInfo.InvariantCulture), Convert.ToBoolean(r.GetValue(8), CultureInfo.InvariantCulture)));
            }
        }

        return new Paged<StorySummary>(items.ToImmutable(), page, size, total);

        DbCommand Command(string sql, List<(string Name, object? Value)> parameters)
        {
            var c = connection.CreateCommand();
            c.Transaction = transaction;
            c.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                var p = c.CreateParameter();
                p.ParameterName = marker + name;
                p.Value = value ?? DBNull.Value;
                c.Parameters.Add(p);
            }

            return c;
        }
    }
}
