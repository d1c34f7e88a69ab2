using CsvHelper;
using MiniExcelLibs;

namespace Buurtpunt.Web.Features.Activities.Admin;

/// <summary>The list of who comes to a date as CSV (CsvHelper) or Excel (MiniExcel), with translated column names.</summary>
public static class AttendanceExport
{
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

    public static byte[] Excel(string[] header, IEnumerable<string[]> rows)
    {
        var sheet = rows.Select(row => header.Select((h, i) => (h, Value: (object)Safe(row[i]))).ToDictionary(c => c.h, c => c.Value)).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheet);
        return stream.ToArray();
    }

    private static string Safe(string value) => value.Length > 0 && "=+-@\t\r".Contains(value[0]) ? "'" + value : value;
}
