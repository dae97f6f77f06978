package org.onevisit.catalog;

import java.util.Objects;

/** What is wrong with the answer to one question. */
public record AnswerProblem(String question, Reason reason) {

  public AnswerProblem {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(reason, "reason");
  }

  public enum Reason {
    /** No question of the item or bundle has this key. */
    UNKNOWN_QUESTION,
    /** The question has no option with the chosen key. */
    UNKNOWN_OPTION,
    /** The question is required, applies, and was not answered. */
    UNANSWERED
  }
}
