using System.ComponentModel.DataAnnotations;

namespace Buurtpunt.Web.Features.Questions.Pages;

public sealed class FaqInput
{
    [Display(Name = "Faq.Field.Question"), Required(ErrorMessage = "Validation.Required"), StringLength(Questions.Question.TitleMaxLength, ErrorMessage = "Validation.MaxLength")]
    public string Question { get; set; } = "";

    [Display(Name = "Faq.Field.Answer"), Required(ErrorMessage = "Validation.Required"), StringLength(Questions.Question.BodyMaxLength, ErrorMessage = "Validation.MaxLength")]
    public string Answer { get; set; } = "";

    [Display(Name = "Questions.Field.Category")]
    public QuestionCategory Category { get; set; } = QuestionCategory.Other;

    [Display(Name = "Faq.Field.Scope")]
    public FaqScope Scope { get; set; } = FaqScope.Point;
}
