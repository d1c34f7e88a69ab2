using System.ComponentModel.DataAnnotations;

namespace Buurtpunt.Web.Features.People.Desk;

/// <summary>What a worker writes down about a resident who is not online.</summary>
public sealed class ResidentInput
{
    [Display(Name = "Desk.ResidentName"), Required, StringLength(User.DisplayNameMaxLength)]
    public string DisplayName { get; set; } = "";

    [Display(Name = "Field.Area"), Required]
    public int? AreaId { get; set; }

    [Display(Name = "Desk.Phone"), RegularExpression(@"^\+?[0-9 ./()-]{6,25}$", ErrorMessage = "Validation.Phone")]
    public string? Phone { get; set; }

    [Display(Name = "Desk.PostalAddress"), StringLength(User.PostalAddressMaxLength)]
    public string? PostalAddress { get; set; }
}

/// <summary>The resident's consent as the worker records it.</summary>
public sealed class ConsentInput
{
    public bool Account { get; set; }
    public bool ActOnBehalf { get; set; }
    public bool Contact { get; set; }

    [Display(Name = "Desk.GivenOn"), Required(ErrorMessage = "Desk.GivenOnNeeded")]
    public DateOnly? GivenOn { get; set; }

    [Display(Name = "Desk.Method")]
    public ConsentMethod Method { get; set; } = ConsentMethod.SignedSlip;

    public ConsentScope Scopes =>
        (Account ? ConsentScope.Account : 0) | (ActOnBehalf ? ConsentScope.ActOnBehalf : 0) | (Contact ? ConsentScope.Contact : 0);
}

/// <summary>A page with the resident form: the shared fields partial binds to it.</summary>
public interface IResidentForm
{
    ResidentInput Resident { get; }
    List<(int Id, string Name)> Areas { get; }
}

/// <summary>A page with the consent form: the shared fields partial binds to it.</summary>
public interface IConsentForm
{
    ConsentInput Consent { get; }
}
