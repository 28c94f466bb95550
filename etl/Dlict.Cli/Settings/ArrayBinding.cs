using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace Dlict.Cli.Settings;

/// <summary>
/// The configuration binder appends a configured array to the default one (<c>reminderDaysBefore: [7, 1]</c> would
/// become 14, 7, 3, 1, 7, 1); dlict.json means "these and only these", so each configured array replaces its default.
/// </summary>
public static class ArrayBinding
{
    public static void Replace(object settings, IConfiguration section)
    {
        foreach (var property in settings.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var child = section.GetSection(property.Name);
            if (!child.Exists() || property.SetMethod is null) continue;
            var type = property.PropertyType;
            if (type.IsArray)
                property.SetValue(settings, child.Get(type) ?? Array.CreateInstance(type.GetElementType()!, 0));
            else if (type.Namespace == typeof(ArrayBinding).Namespace && property.GetValue(settings) is { } nested)
                Replace(nested, child);
        }
    }
}
