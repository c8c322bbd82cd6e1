using System.Text;

namespace SocialErp.BuildingBlocks.Persistence;

/// <summary>
/// Table and column names: snake_case, tables prefixed by their module (<c>fiches_fiche</c>) so that modules
/// never collide on SQLite, which has no schemas. On PostgreSQL each module also has its own schema.
/// </summary>
public static class NamingConventions
{
    public static string TableName(string module, string entity) => $"{module}_{ToSnakeCase(entity)}";

    public static string MigrationsHistoryTable(string module) => $"__EFMigrationsHistory_{module}";

    public static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previousIsLowerOrDigit = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]) && i > 0 && char.IsUpper(name[i - 1]);
                if (previousIsLowerOrDigit || nextIsLower)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
