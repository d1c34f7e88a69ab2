using System.ComponentModel.DataAnnotations;

namespace Buurtpunt.Web.Features.Questions.Pages;

public sealed class FaqInput
{
    [Display(Name = "Faq.Field.Question"), Required, StringLength(Questions.Question.TitleMaxLength)]
    public string Question { get; set; } = "";

    [Display(Name = "Faq.Field.Answer"), Required, StringLength(Questions.Question.BodyMaxLength)]
    public string Answer { get; set; } = "";

    [Display(Name = "Questions.Field.Category")]
    public QuestionCategory Category { get; set; } = QuestionCategory.Other;

    [Display(Name = "Faq.Field.Scope")]
    public FaqScope Scope { get; set; } = FaqScope.Point;
}
