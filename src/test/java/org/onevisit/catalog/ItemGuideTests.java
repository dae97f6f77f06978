package org.onevisit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onevisit.catalog.CatalogFixtures.bound;
import static org.onevisit.catalog.CatalogFixtures.material;
import static org.onevisit.catalog.Condition.answered;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onevisit.catalog.AnswerProblem.Reason;
import org.onevisit.catalog.Question.Option;

/** 结婚登记 split into situations: whether a party was divorced, and if so how. */
class ItemGuideTests {

  final Item marriageRegistration = CatalogFixtures.item()
      .question(Question.of("previouslyMarried", "双方是否有人曾经结婚？", Option.of("no", "均未婚"),
          Option.of("divorced", "离异"), Option.of("widowed", "丧偶")))
      .question(new Question("divorceBy", "如何离婚？",
          List.of(Option.of("registration", "登记离婚"), Option.of("court", "法院判决或调解")), true,
          answered("previouslyMarried", "divorced")))
      .question(new Question("hasPhoto", "是否已有合影照片？", List.of(Option.of("yes", "有"), Option.of("no", "无")),
          false, Condition.always()))
      .material(material("divorceJudgement", "离婚判决书或调解书", MaterialSource.applicant(),
          answered("divorceBy", "court")))
      .material(material("deathCertificate", "配偶死亡证明", MaterialSource.sharedData("person.deathRecord"),
          answered("previouslyMarried", "widowed")))
      .field(new FormField("divorceCertNo", "离婚证字号", FormField.Binding.to("marriage.divorceCertificateNo"),
          FieldType.TEXT, true, false, answered("divorceBy", "registration")))
      .field(bound("spouseName", "对方姓名", "spouse.name"))
      .build();

  @Test
  void listsOnlyWhatAppliesToFirstMarriage() {
    var guide = Guides.forItem(marriageRegistration, Answers.of("previouslyMarried", "no"));

    assertThat(guide.materials()).extracting(m -> m.material().key()).containsExactly("application");
    assertThat(guide.fields()).extracting(f -> f.field().key()).containsExactly("name", "purpose", "spouseName");
    assertThat(guide.items()).extracting(Guide.Step::code).containsExactly(marriageRegistration.code());
  }

  @Test
  void listsTheCourtJudgementAfterDivorceByCourt() {
    var guide = Guides.forItem(marriageRegistration,
        Answers.of("previouslyMarried", "divorced", "divorceBy", "court", "hasPhoto", "no"));

    assertThat(guide.materials()).extracting(m -> m.material().key())
        .containsExactly("application", "divorceJudgement");
    assertThat(guide.fields()).extracting(f -> f.field().key()).doesNotContain("divorceCertNo");
  }

  @Test
  void asksForTheDivorceCertificateNumberAfterDivorceByRegistration() {
    var guide = Guides.forItem(marriageRegistration,
        Answers.of("previouslyMarried", "divorced", "divorceBy", "registration"));

    assertThat(guide.materials()).extracting(m -> m.material().key()).containsExactly("application");
    assertThat(guide.fields()).extracting(f -> f.field().key()).contains("divorceCertNo");
  }

  @Test
  void dropsAnswersToQuestionsThatDoNotApply() {
    var guide = Guides.forItem(marriageRegistration, Answers.of("previouslyMarried", "no", "divorceBy", "court"));

    assertThat(guide.answers()).isEqualTo(Answers.of("previouslyMarried", "no"));
    assertThat(guide.materials()).extracting(m -> m.material().key()).containsExactly("application");
  }

  @Test
  void doesNotAskQuestionsThatDoNotApply() {
    assertThat(Guides.forItem(marriageRegistration, Answers.of("previouslyMarried", "widowed")).materials())
        .extracting(m -> m.material().key()).containsExactly("application", "deathCertificate");
  }

  @Test
  void listsEveryProblemOfTheAnswersAndGivesNoGuide() {
    var answers = Answers.of("previouslyMarried", "divorced", "hasPhoto", "maybe", "favouriteColour", "red");

    assertThatThrownBy(() -> Guides.forItem(marriageRegistration, answers))
        .isInstanceOfSatisfying(InvalidAnswers.class, invalid -> {
          assertThat(invalid.error()).isEqualTo(CatalogError.INVALID_ANSWERS);
          assertThat(invalid.problems()).containsExactlyInAnyOrder(
              new AnswerProblem("favouriteColour", Reason.UNKNOWN_QUESTION),
              new AnswerProblem("hasPhoto", Reason.UNKNOWN_OPTION),
              new AnswerProblem("divorceBy", Reason.UNANSWERED));
        });
  }

  @Test
  void requiresAnswerToRequiredQuestion() {
    assertThatThrownBy(() -> Guides.forItem(marriageRegistration, Answers.none()))
        .isInstanceOfSatisfying(InvalidAnswers.class, invalid -> assertThat(invalid.problems())
            .containsExactly(new AnswerProblem("previouslyMarried", Reason.UNANSWERED)));
  }

  @Test
  void reportsUnknownOptionOfRequiredQuestionOnce() {
    assertThatThrownBy(() -> Guides.forItem(marriageRegistration, Answers.of("previouslyMarried", "twice")))
        .isInstanceOfSatisfying(InvalidAnswers.class, invalid -> assertThat(invalid.problems())
            .containsExactly(new AnswerProblem("previouslyMarried", Reason.UNKNOWN_OPTION)));
  }

  @Test
  void countsOneItemBeforeAndAfter() {
    var figures = Guides.forItem(marriageRegistration, Answers.of("previouslyMarried", "no")).figures();

    assertThat(figures.before()).isEqualTo(new Figures.Tally(1, 1, 3, 1));
    assertThat(figures.after()).isEqualTo(new Figures.Tally(0, 1, 1, 0));
  }

  @Test
  void firstOptionsAnswerEveryQuestionAsItIsAsked() {
    var bundle = CatalogFixtures.birthBundle();
    var answers = Guides.firstOptions(bundle, CatalogFixtures.byCode(CatalogFixtures.birthItems()));

    org.assertj.core.api.Assertions.assertThat(answers.chosen())
        .containsOnlyKeys("parentsMarried", "socialSecurityCard")
        .containsValues(bundle.questions().getFirst().options().getFirst().key());
  }
}
