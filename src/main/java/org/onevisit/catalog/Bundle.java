package org.onevisit.catalog;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * 一件事: items of several departments offered as one matter of a life event: one guide, one
 * merged form, one material list, one submission, one delivery. Its own questions decide which entries
 * apply; the items' situation questions are asked once more inside the bundle, merged by key.
 *
 * <p>Refuses (with {@link IllegalArgumentException}) fewer than two entries, an item listed twice,
 * duplicate question keys and entry or question conditions naming a question or option the bundle does
 * not ask.
 */
public record Bundle(
    BundleCode code,
    String name,
    LifeEventTheme theme,
    List<Question> questions,
    List<Entry> entries,
    DeliveryPlan delivery,
    List<String> keywords) {

  public Bundle {
    Objects.requireNonNull(code, "code");
    Keys.requireText(name, "bundle name");
    Objects.requireNonNull(theme, "theme");
    questions = List.copyOf(questions);
    entries = List.copyOf(entries);
    Objects.requireNonNull(delivery, "delivery plan");
    keywords = List.copyOf(keywords);
    if (entries.size() < 2) {
      throw new IllegalArgumentException("Bundle " + code + " needs at least two items");
    }
    var items = new HashSet<ItemCode>();
    entries.stream().filter(e -> !items.add(e.item())).findFirst().ifPresent(e -> {
      throw new IllegalArgumentException("Bundle " + code + " lists item " + e.item() + " twice");
    });
    var known = new HashMap<String, Question>();
    for (Question q : questions) {
      if (known.put(q.key(), q) != null) {
        throw new IllegalArgumentException("Bundle " + code + " asks question " + q.key() + " twice");
      }
    }
    Stream.concat(questions.stream().map(Question::when), entries.stream().map(Entry::when))
        .flatMap(Condition::atoms)
        .forEach(atom -> {
          var q = known.get(atom.question());
          if (q == null || !atom.options().stream().allMatch(q::hasOption)) {
            throw new IllegalArgumentException("Bundle " + code + " does not ask " + atom);
          }
        });
  }

  /** 一件事事项: an item of the bundle and when it applies. */
  public record Entry(ItemCode item, Condition when) {
    public Entry {
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(when, "condition");
    }

    public static Entry always(ItemCode item) {
      return new Entry(item, Condition.always());
    }
  }
}
