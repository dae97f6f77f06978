package org.onevisit.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 情形答案: the applicant's answers, each a question key mapped to the key of the chosen option. Keys are
 * not checked here: {@link Guides} checks them against the questions and reports every problem.
 */
public record Answers(Map<String, String> chosen) {

  public Answers {
    chosen = Map.copyOf(chosen);
  }

  public static Answers none() {
    return new Answers(Map.of());
  }

  /** Answers from alternating question and option keys: {@code of("parentsMarried", "yes")}. */
  public static Answers of(String... questionsAndOptions) {
    if (questionsAndOptions.length % 2 != 0) {
      throw new IllegalArgumentException("Give question and option keys in pairs");
    }
    var map = new LinkedHashMap<String, String>();
    for (int i = 0; i < questionsAndOptions.length; i += 2) {
      map.put(questionsAndOptions[i], questionsAndOptions[i + 1]);
    }
    return new Answers(map);
  }

  /** These answers with {@code question} answered by {@code option}, replacing an earlier answer. */
  public Answers with(String question, String option) {
    var map = new LinkedHashMap<>(chosen);
    map.put(question, option);
    return new Answers(map);
  }

  public Optional<String> optionFor(String question) {
    return Optional.ofNullable(chosen.get(question));
  }

  public boolean answered(String question) {
    return chosen.containsKey(question);
  }

  public Set<String> questions() {
    return chosen.keySet();
  }
}
