package org.onevisit.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * 适用条件: when a question, material, field or bundle entry applies, as a formula over the answers. An
 * unanswered question makes {@link Answered} false (and {@code Not(Answered)} true).
 */
public sealed interface Condition {

  /** True when the thing guarded by this condition applies to someone who answered so. */
  boolean holds(Answers answers);

  /** The elementary conditions this one is built from, to check they name real questions and options. */
  Stream<Answered> atoms();

  Condition ALWAYS = new Always();

  static Condition always() {
    return ALWAYS;
  }

  /** The question was answered with one of the given options. */
  static Condition answered(String question, String... options) {
    return new Answered(question, Set.of(options));
  }

  static Condition allOf(Condition... conditions) {
    return new AllOf(List.of(conditions));
  }

  static Condition anyOf(Condition... conditions) {
    return new AnyOf(List.of(conditions));
  }

  static Condition not(Condition condition) {
    return new Not(condition);
  }

  /** 始终适用. */
  record Always() implements Condition {
    @Override
    public boolean holds(Answers answers) {
      return true;
    }

    @Override
    public Stream<Answered> atoms() {
      return Stream.empty();
    }
  }

  /** The question's chosen option is one of {@code options}. */
  record Answered(String question, Set<String> options) implements Condition {
    public Answered {
      Keys.require(question, "question");
      options = Set.copyOf(options);
      if (options.isEmpty()) {
        throw new IllegalArgumentException("Name at least one option of " + question);
      }
      options.forEach(option -> Keys.require(option, "option"));
    }

    @Override
    public boolean holds(Answers answers) {
      return answers.optionFor(question).map(options::contains).orElse(false);
    }

    @Override
    public Stream<Answered> atoms() {
      return Stream.of(this);
    }
  }

  /** Every one of the conditions holds. */
  record AllOf(List<Condition> conditions) implements Condition {
    public AllOf {
      conditions = List.copyOf(conditions);
    }

    @Override
    public boolean holds(Answers answers) {
      return conditions.stream().allMatch(c -> c.holds(answers));
    }

    @Override
    public Stream<Answered> atoms() {
      return conditions.stream().flatMap(Condition::atoms);
    }
  }

  /** At least one of the conditions holds. */
  record AnyOf(List<Condition> conditions) implements Condition {
    public AnyOf {
      conditions = List.copyOf(conditions);
      if (conditions.isEmpty()) {
        throw new IllegalArgumentException("AnyOf needs at least one condition");
      }
    }

    @Override
    public boolean holds(Answers answers) {
      return conditions.stream().anyMatch(c -> c.holds(answers));
    }

    @Override
    public Stream<Answered> atoms() {
      return conditions.stream().flatMap(Condition::atoms);
    }
  }

  /** The condition does not hold. */
  record Not(Condition condition) implements Condition {
    public Not {
      Objects.requireNonNull(condition, "condition");
    }

    @Override
    public boolean holds(Answers answers) {
      return !condition.holds(answers);
    }

    @Override
    public Stream<Answered> atoms() {
      return condition.atoms();
    }
  }
}
