using System.Data;
using CsvHelper;
using MiniExcelLibs;

namespace Buurtpunt.Web.Shared.Exports;

/// <summary>
/// A list as CSV (CsvHelper) or Excel (MiniExcel), with translated column names. Excel cells keep
/// their type: numbers and dates stay numbers and dates, so a sheet can add them up.
/// </summary>
public static class Spreadsheet
{
    public const string ExcelType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// A CSV cell starting with = + - @ would run as a formula in a spreadsheet: CsvHelper escapes
    /// those (CSV injection). Excel cells are written as text, and get the same quote for safety.
    /// </summary>
    public static byte[] Csv(string[] header, IEnumerable<string[]> rows)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = CsvWriter.Create(writer, new CsvWriterOptions { Separator = ';', Injection = CsvInjection.Escape }, leaveOpen: false))
        {
            csv.WriteRecord(header);
            foreach (var row in rows) csv.WriteRecord(row);
        }
        return stream.ToArray();
    }

    /// <summary>
    /// One sheet with a header row, also when there are no rows. Cells are text, numbers, dates or
    /// empty (null or ""); two columns with the same name (two questions alike) get "(2)", "(3)".
    /// </summary>
    public static byte[] Excel(IReadOnlyList<string> header, IEnumerable<object?[]> rows)
    {
        using var table = new DataTable();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in header)
        {
            var unique = name;
            for (var n = 2; !seen.Add(unique); n++) unique = $"{name} ({n})";
            table.Columns.Add(unique, typeof(object));
        }
        foreach (var row in rows) table.Rows.Add([.. row.Select(cell => cell switch { null or "" => DBNull.Value, string text => Safe(text), _ => cell })]);
        using var stream = new MemoryStream();
        stream.SaveAs(table);
        return stream.ToArray();
    }

    private static string Safe(string value) => value.Length > 0 && "=+-@\t\r".Contains(value[0]) ? "'" + value : value;
}
