package org.onevisit.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * 情形问题: a question that splits an item or bundle into situations (情形), with its options. It applies
 * only when its condition holds over the earlier answers; a required question that applies must be
 * answered before a guide is given.
 */
public record Question(String key, String text, List<Option> options, boolean required, Condition when) {

  public Question {
    Keys.require(key, "question");
    Keys.requireText(text, "question text");
    options = List.copyOf(options);
    Objects.requireNonNull(when, "condition");
    if (options.size() < 2) {
      throw new IllegalArgumentException("Question " + key + " needs at least two options");
    }
    var seen = new HashSet<String>();
    for (Option option : options) {
      if (!seen.add(option.key())) {
        throw new IllegalArgumentException("Question " + key + " lists option " + option.key() + " twice");
      }
    }
  }

  /** A required question asked of everyone. */
  public static Question of(String key, String text, Option... options) {
    return new Question(key, text, List.of(options), true, Condition.always());
  }

  public boolean hasOption(String optionKey) {
    return options.stream().anyMatch(o -> o.key().equals(optionKey));
  }

  /** 选项: one answer the applicant can choose. */
  public record Option(String key, String label) {
    public Option {
      Keys.require(key, "option");
      Keys.requireText(label, "option label");
    }

    public static Option of(String key, String label) {
      return new Option(key, label);
    }
  }
}
