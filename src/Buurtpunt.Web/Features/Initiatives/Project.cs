using Buurtpunt.Web.Features.Places;
using Buurtpunt.Web.Shared.Tenancy;

namespace Buurtpunt.Web.Features.Initiatives;

/// <summary>An instalment the city paid to an approved project. All payments together never exceed the grant.</summary>
public class Payment : ITenantOwned
{
    public const int NoteMaxLength = 300;

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public int ApplicationId { get; set; }
    public long AmountCents { get; set; }
    public DateOnly PaidOn { get; set; }
    public string Note { get; set; } = "";
    public Guid? RecordedById { get; set; }
    public DateTime RecordedUtc { get; set; }
}

/// <summary>A receipt the project uploads to show what it spent (a PDF or a photo of the ticket).</summary>
public class Receipt : ITenantOwned
{
    public const int DescriptionMaxLength = 200, FileNameMaxLength = 200;

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public int ApplicationId { get; set; }
    public long AmountCents { get; set; }
    public required string Description { get; set; }
    public required string FileKey { get; set; }
    public required string FileName { get; set; }
    public Guid? UploadedById { get; set; }
    public DateTime UploadedUtc { get; set; }
}

/// <summary>News from a running project, with an optional photo: public, on the showcase.</summary>
public class ProgressUpdate : ITenantOwned
{
    public const int TextMaxLength = 2000;

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public int ApplicationId { get; set; }
    public required string Text { get; set; }
    public int? PhotoId { get; set; }
    public Photo? Photo { get; set; }
    public Guid? ById { get; set; }
    public DateTime PostedUtc { get; set; }
}
