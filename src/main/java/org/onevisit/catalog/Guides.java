package org.onevisit.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Makes personalised guides (个性化办事指南) from an item or bundle and the applicant's answers.
 *
 * <p>Answers are checked first, and all problems are reported together by {@link InvalidAnswers}
 * (never a partial guide): an answer to a question that neither the bundle nor its items ask, an option
 * the question does not have, a required question that applies and is unanswered. Questions are taken
 * in order — the bundle's, then those of each applicable item, a key asked once — and a question counts
 * only when its condition holds over the earlier answers; answers to questions that do not apply are
 * dropped.
 *
 * <p>A bundle's guide merges its applicable items: a field bound to a data element is asked once,
 * free-input fields once per key; a material is listed once per licence (type and holder), shared data
 * element or applicant material key — the original if any item wants the original, the largest count
 * — and a material produced by an item of the guide disappears from the list. Each merged entry names
 * the items it serves, in the order of the items.
 */
public final class Guides {

  private Guides() {}

  /**
   * The guide for one item; the results of other items it needs count as brought by the applicant.
   *
   * @throws InvalidAnswers with every problem of the answers
   */
  public static Guide forItem(Item item, Answers answers) {
    var effective = effectiveAnswers(List.of(), List.of(Bundle.Entry.always(item.code())), Map.of(item.code(), item),
        answers);
    return assemble(item.name(), List.of(item), effective, null);
  }

  /**
   * The guide for a bundle.
   *
   * @param items the catalog's items by code; must hold every item of the bundle
   * @throws CatalogException {@link CatalogError#UNKNOWN_ITEM} when an entry's item is missing
   * @throws InvalidAnswers with every problem of the answers
   */
  public static Guide forBundle(Bundle bundle, Map<ItemCode, Item> items, Answers answers) {
    requireItems(bundle, items);
    var effective = effectiveAnswers(bundle.questions(), bundle.entries(), items, answers);
    var applicable = bundle.entries().stream()
        .filter(e -> e.when().holds(effective))
        .map(e -> items.get(e.item()))
        .toList();
    return assemble(bundle.name(), applicable, effective, bundle.delivery());
  }

  /**
   * The questions an item asks of someone who answered so far as given, in the order they are asked:
   * those whose condition holds over the earlier valid answers. Invalid answers count as unanswered.
   */
  public static List<Question> questionsFor(Item item, Answers answers) {
    return walk(List.of(), List.of(Bundle.Entry.always(item.code())), Map.of(item.code(), item), answers).applicable;
  }

  /**
   * The questions a bundle asks of someone who answered so far as given: the bundle's own, then those of
   * each item that applies on the earlier answers, a key asked once. Invalid answers count as unanswered.
   *
   * @throws CatalogException {@link CatalogError#UNKNOWN_ITEM} when an entry's item is missing
   */
  public static List<Question> questionsFor(Bundle bundle, Map<ItemCode, Item> items, Answers answers) {
    requireItems(bundle, items);
    return walk(bundle.questions(), bundle.entries(), items, answers).applicable;
  }

  /**
   * The answers of someone who picks the first option of every question as it is asked: the typical applicant
   * of a preview or of figures shown before anyone answers.
   */
  public static Answers firstOptions(Item item) {
    return firstOptions(answers -> questionsFor(item, answers));
  }

  /** {@link #firstOptions(Item)} for a bundle. */
  public static Answers firstOptions(Bundle bundle, Map<ItemCode, Item> items) {
    return firstOptions(answers -> questionsFor(bundle, items, answers));
  }

  private static Answers firstOptions(java.util.function.Function<Answers, List<Question>> asked) {
    var answers = Answers.none();
    while (true) {
      var sofar = answers;
      var next = asked.apply(answers).stream().filter(q -> !sofar.answered(q.key())).findFirst();
      if (next.isEmpty()) {
        return answers;
      }
      answers = answers.with(next.get().key(), next.get().options().getFirst().key());
    }
  }

  private static void requireItems(Bundle bundle, Map<ItemCode, Item> items) {
    for (var entry : bundle.entries()) {
      if (!items.containsKey(entry.item())) {
        throw new CatalogException(CatalogError.UNKNOWN_ITEM, "Bundle " + bundle.code() + " names unknown item "
            + entry.item());
      }
    }
  }

  private static Answers effectiveAnswers(
      List<Question> leading, List<Bundle.Entry> entries, Map<ItemCode, Item> items, Answers answers) {
    var questionnaire = walk(leading, entries, items, answers);
    if (!questionnaire.problems.isEmpty()) {
      throw new InvalidAnswers(questionnaire.problems);
    }
    return questionnaire.effective();
  }

  private static Questionnaire walk(
      List<Question> leading, List<Bundle.Entry> entries, Map<ItemCode, Item> items, Answers answers) {
    var asked = new LinkedHashMap<String, List<Question>>();
    leading.forEach(q -> asked.computeIfAbsent(q.key(), k -> new ArrayList<>()).add(q));
    entries.forEach(e -> items.get(e.item()).questions()
        .forEach(q -> asked.computeIfAbsent(q.key(), k -> new ArrayList<>()).add(q)));

    var problems = new ArrayList<AnswerProblem>();
    var valid = new LinkedHashMap<String, String>();
    answers.chosen().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(answer -> {
      var definitions = asked.get(answer.getKey());
      if (definitions == null) {
        problems.add(new AnswerProblem(answer.getKey(), AnswerProblem.Reason.UNKNOWN_QUESTION));
      } else if (definitions.stream().noneMatch(q -> q.hasOption(answer.getValue()))) {
        problems.add(new AnswerProblem(answer.getKey(), AnswerProblem.Reason.UNKNOWN_OPTION));
      } else {
        valid.put(answer.getKey(), answer.getValue());
      }
    });

    var questionnaire = new Questionnaire(valid, answers, problems);
    leading.forEach(questionnaire::ask);
    entries.stream()
        .filter(e -> e.when().holds(questionnaire.effective()))
        .forEach(e -> items.get(e.item()).questions().forEach(questionnaire::ask));
    return questionnaire;
  }

  private static Guide assemble(String title, List<Item> items, Answers answers, @Nullable DeliveryPlan delivery) {
    Set<ItemCode> inGuide = new HashSet<>();
    items.forEach(i -> inGuide.add(i.code()));
    var materials = new LinkedHashMap<String, MergedMaterial>();
    var fields = new LinkedHashMap<String, MergedField>();
    for (Item item : items) {
      for (Material m : item.materials()) {
        if (!m.when().holds(answers)) {
          continue;
        }
        @Nullable String key = switch (m.source()) {
          case MaterialSource.Applicant a -> "applicant:" + m.key();
          case MaterialSource.SharedData d -> "data:" + d.element().code();
          case MaterialSource.Licence l -> "licence:" + l.type().code() + "@" + l.holder();
          case MaterialSource.ProducedBy p -> inGuide.contains(p.item()) ? null : "produced:" + p.item();
        };
        if (key != null) {
          materials.computeIfAbsent(key, k -> new MergedMaterial(m)).add(item.code(), m);
        }
      }
      for (FormField f : item.fields()) {
        if (!f.when().holds(answers)) {
          continue;
        }
        String key = switch (f.binding()) {
          case FormField.Binding.Bound b -> "element:" + b.element().code();
          case FormField.Binding.FreeInput x -> "free:" + f.key();
        };
        fields.computeIfAbsent(key, k -> new MergedField(f)).add(item.code(), f);
      }
    }
    var guideMaterials = materials.values().stream().map(MergedMaterial::toGuide).toList();
    var guideFields = fields.values().stream().map(MergedField::toGuide).toList();
    return new Guide(title, answers, items.stream().map(Guide.Step::of).toList(), guideMaterials, guideFields,
        Figures.of(items, answers, guideMaterials, guideFields), delivery);
  }

  /** Walks the questions in order, keeping the valid answers of those that apply. */
  private static final class Questionnaire {
    private final Map<String, String> valid;
    private final Answers given;
    private final List<AnswerProblem> problems;
    private final Map<String, String> effective = new LinkedHashMap<>();
    private final Set<String> asked = new HashSet<>();
    private final List<Question> applicable = new ArrayList<>();

    Questionnaire(Map<String, String> valid, Answers given, List<AnswerProblem> problems) {
      this.valid = valid;
      this.given = given;
      this.problems = problems;
    }

    void ask(Question question) {
      if (!asked.add(question.key()) || !question.when().holds(effective())) {
        return;
      }
      applicable.add(question);
      var option = valid.get(question.key());
      if (option != null) {
        effective.put(question.key(), option);
      } else if (question.required() && !given.answered(question.key())) {
        problems.add(new AnswerProblem(question.key(), AnswerProblem.Reason.UNANSWERED));
      }
    }

    Answers effective() {
      return new Answers(effective);
    }
  }

  private static final class MergedMaterial {
    private Material material;
    private final Set<ItemCode> items = new LinkedHashSet<>();

    MergedMaterial(Material material) {
      this.material = material;
    }

    void add(ItemCode item, Material m) {
      items.add(item);
      var copy = m.copy().compareTo(material.copy()) < 0 ? m.copy() : material.copy();
      int count = Math.max(m.count(), material.count());
      material = new Material(material.key(), material.name(), material.source(), copy, count, material.blankForm(),
          material.sample(), material.legalBasis(), material.when());
    }

    GuideMaterial toGuide() {
      boolean brought = material.source() instanceof MaterialSource.Applicant
          || material.source() instanceof MaterialSource.ProducedBy;
      return new GuideMaterial(material, List.copyOf(items), brought);
    }
  }

  private static final class MergedField {
    final FormField field;
    final Set<ItemCode> items = new LinkedHashSet<>();
    boolean required;
    boolean correctable = true;

    MergedField(FormField field) {
      this.field = field;
    }

    void add(ItemCode item, FormField f) {
      items.add(item);
      required |= f.required();
      correctable &= f.correctable();
    }

    GuideField toGuide() {
      return new GuideField(field, List.copyOf(items), required, correctable);
    }
  }
}
