package org.onevisit.catalog;

import java.util.List;

/**
 * 答案无效: no guide is given for these answers; carries every problem found, so the questionnaire can
 * show them all at once and keep the valid answers.
 */
public final class InvalidAnswers extends CatalogException {

  private final List<AnswerProblem> problems;

  public InvalidAnswers(List<AnswerProblem> problems) {
    super(CatalogError.INVALID_ANSWERS, "Invalid answers: " + problems);
    this.problems = List.copyOf(problems);
  }

  public List<AnswerProblem> problems() {
    return problems;
  }
}
