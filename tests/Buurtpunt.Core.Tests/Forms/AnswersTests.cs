using System.Globalization;
using Buurtpunt.Core.Forms;

namespace Buurtpunt.Core.Tests.Forms;

public class AnswersTests
{
    private static readonly CultureInfo Flemish = CultureInfo.GetCultureInfo("nl-BE");

    private static AnswerReading Read(QuestionRules rules, params string[] typed) => Answers.Read(rules, typed, Flemish);

    [Theory]
    [InlineData("1.234,50", 1234.50)]
    [InlineData("€ 1.234,50", 1234.50)]
    [InlineData("1234.50", 1234.50)]
    [InlineData("1234,5", 1234.5)]
    [InlineData("1.500", 1500)]
    [InlineData("1,500", 1.5)]
    [InlineData("12.345.678", 12345678)]
    [InlineData("18 600", 18600)]
    [InlineData("18.600,00 EUR", 18600)]
    [InlineData("0,99", 0.99)]
    [InlineData("-25", -25)]
    public void Amounts_are_read_as_people_write_them(string typed, double expected) =>
        Assert.Equal((decimal)expected, Answers.ParseAmount(typed, Flemish));

    [Theory]
    [InlineData("1,500", 1500)]
    [InlineData("1,234.50", 1234.50)]
    [InlineData("1234,50", 1234.50)]
    [InlineData("0.5", 0.5)]
    public void In_English_the_comma_groups_thousands(string typed, double expected) =>
        Assert.Equal((decimal)expected, Answers.ParseAmount(typed, CultureInfo.GetCultureInfo("en")));

    [Theory]
    [InlineData("abc")]
    [InlineData("1e5")]
    [InlineData("1,2,3.4.5")]
    [InlineData("")]
    [InlineData("99999999999999999999999")]
    public void Nonsense_is_no_amount(string typed) => Assert.Null(Answers.ParseAmount(typed, Flemish));

    [Fact]
    public void An_amount_is_bounded_and_has_at_most_cents()
    {
        var rules = new QuestionRules(QuestionKind.Amount, Required: true, Min: 0, Max: 18600);
        Assert.Equal(1250.5m, Read(rules, "1.250,50").Answer!.Number);
        Assert.Equal(AnswerProblem.TooSmall, Read(rules, "-5").Problem);
        var tooLarge = Read(rules, "18.600,01");
        Assert.Equal(AnswerProblem.TooLarge, tooLarge.Problem);
        Assert.Equal("18.600", tooLarge.Bound);
        Assert.Equal(AnswerProblem.TooManyDecimals, Read(rules, "10,555").Problem);
        Assert.Equal(AnswerProblem.NotAnAmount, Read(rules, "veel").Problem);
    }

    [Fact]
    public void Required_answers_are_missing_unless_it_is_a_draft()
    {
        var rules = new QuestionRules(QuestionKind.Text, Required: true);
        Assert.Equal(AnswerProblem.Missing, Read(rules, "   ").Problem);
        Assert.Equal(AnswerProblem.Missing, Read(rules).Problem);
        Assert.True(Answers.Read(rules, ["  "], Flemish, draft: true).Ok);
        Assert.Null(Answers.Read(rules, ["  "], Flemish, draft: true).Answer);
        Assert.True(Read(rules with { Required = false }).Ok);
        // A draft still refuses what can never be right.
        Assert.Equal(AnswerProblem.TooLong, Answers.Read(rules, [new string('a', 201)], Flemish, draft: true).Problem);
    }

    [Fact]
    public void Texts_are_trimmed_and_limited_and_short_texts_are_one_line()
    {
        Assert.Equal("Straatfeest in de Kerkstraat", Read(new QuestionRules(QuestionKind.Text, true), "  Straatfeest\nin de Kerkstraat ").Answer!.Text);
        Assert.Equal("Eerst\nDan", Read(new QuestionRules(QuestionKind.LongText, true), "Eerst\r\nDan").Answer!.Text);
        Assert.Equal(AnswerProblem.TooLong, Read(new QuestionRules(QuestionKind.LongText, true), new string('x', QuestionRules.LongTextMax + 1)).Problem);
        Assert.Equal(AnswerProblem.TooLong, Read(new QuestionRules(QuestionKind.Text, true, MaxLength: 5), "zes...").Problem);
    }

    [Fact]
    public void Choices_must_be_offered_and_keep_the_forms_order()
    {
        var one = new QuestionRules(QuestionKind.Choice, true, Options: ["Meedoen", "Experimenteren", "Creëren"]);
        Assert.Equal(["Experimenteren"], Read(one, "Experimenteren").Answer!.Choices);
        Assert.Equal(AnswerProblem.UnknownChoice, Read(one, "Iets anders").Problem);
        var many = one with { Kind = QuestionKind.MultipleChoice };
        Assert.Equal(["Meedoen", "Creëren"], Read(many, "Creëren", "Meedoen", "Creëren").Answer!.Choices);
        Assert.Equal(AnswerProblem.UnknownChoice, Read(many, "Meedoen", "<script>").Problem);
    }

    [Fact]
    public void Whole_numbers_and_dates_are_checked()
    {
        var people = new QuestionRules(QuestionKind.WholeNumber, true, Min: 1, Max: 500);
        Assert.Equal(40m, Read(people, "40").Answer!.Number);
        Assert.Equal(AnswerProblem.NotAWholeNumber, Read(people, "4,5").Problem);
        Assert.Equal(AnswerProblem.TooLarge, Read(people, "501").Problem);
        Assert.Equal(AnswerProblem.TooSmall, Read(people, "0").Problem);

        var when = new QuestionRules(QuestionKind.Date, true, Earliest: new DateOnly(2027, 1, 1), Latest: new DateOnly(2027, 12, 31));
        Assert.Equal(new DateOnly(2027, 6, 21), Read(when, "2027-06-21").Answer!.Date);
        Assert.Equal(new DateOnly(2027, 6, 21), Read(when, "21/06/2027").Answer!.Date);
        Assert.Equal(AnswerProblem.TooEarly, Read(when, "2026-12-31").Problem);
        Assert.Equal(AnswerProblem.TooLate, Read(when, "2028-01-01").Problem);
        Assert.Equal(AnswerProblem.NotADate, Read(when, "morgen").Problem);
    }
}
