package org.onevisit.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.CatalogDocument.AnsweredDoc;
import org.onevisit.catalog.CatalogDocument.BundleDoc;
import org.onevisit.catalog.CatalogDocument.ConditionDoc;
import org.onevisit.catalog.CatalogDocument.DeliveryDoc;
import org.onevisit.catalog.CatalogDocument.EntryDoc;
import org.onevisit.catalog.CatalogDocument.FieldDoc;
import org.onevisit.catalog.CatalogDocument.ItemDoc;
import org.onevisit.catalog.CatalogDocument.LimitsDoc;
import org.onevisit.catalog.CatalogDocument.MaterialDoc;
import org.onevisit.catalog.CatalogDocument.OptionDoc;
import org.onevisit.catalog.CatalogDocument.QuestionDoc;
import org.onevisit.catalog.CatalogDocument.SourceDoc;
import org.onevisit.catalog.CatalogDocument.StepDoc;
import org.onevisit.catalog.CatalogDocument.VisitsDoc;
import org.onevisit.organisation.DepartmentKind;
import org.onevisit.organisation.RegionCode;

/**
 * Converts between the domain and the {@link CatalogDocument} exchange format. Reading never stops at
 * the first problem: every item and bundle is read, and every part of each, so one import reports
 * everything that is wrong, each with its JSON path. A document with any problem yields no items.
 */
public final class CatalogDocuments {

  private CatalogDocuments() {}

  /** 导入错误: what is wrong at a JSON path of the document. */
  public record DocumentError(String path, String message) {
    public DocumentError {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(message, "message");
    }
  }

  /** What a document holds: drafts of its items and its bundles, or, when {@link #errors} is not empty, nothing. */
  public record Contents(List<Item> items, List<Bundle> bundles, List<DocumentError> errors) {
    public Contents {
      items = List.copyOf(items);
      bundles = List.copyOf(bundles);
      errors = List.copyOf(errors);
    }

    public boolean isValid() {
      return errors.isEmpty();
    }
  }

  /** The document of these items and bundles (version and status left out). */
  public static CatalogDocument write(Collection<Item> items, Collection<Bundle> bundles) {
    return new CatalogDocument(CatalogDocument.FORMAT, items.stream().map(CatalogDocuments::write).toList(),
        bundles.stream().map(CatalogDocuments::write).toList());
  }

  public static ItemDoc write(Item item) {
    return new ItemDoc(item.code().value(), item.region().value(), item.name(), item.department().name(),
        item.type().name(), item.legalBasis(), item.handlingLevel().name(),
        new LimitsDoc(item.limits().statutoryDays(), item.limits().committedDays()), item.fee(),
        new VisitsDoc(item.visits().required(), item.visits().presenceBasis()), item.onlineDepth().name(),
        sortedNames(item.deliveryMethods()), item.acceptanceConditions(), item.trustFirst(),
        item.materials().stream().map(CatalogDocuments::write).toList(),
        item.fields().stream().map(CatalogDocuments::write).toList(),
        item.steps().stream().map(s -> new StepDoc(s.name(), s.description())).toList(),
        item.questions().stream().map(CatalogDocuments::write).toList(), item.keywords(), item.synonyms(),
        sortedNames(item.themes()), item.processModel(),
        item.producesLicence() == null ? null : item.producesLicence().code());
  }

  public static BundleDoc write(Bundle bundle) {
    return new BundleDoc(bundle.code().value(), bundle.name(), bundle.theme().name(),
        bundle.questions().stream().map(CatalogDocuments::write).toList(),
        bundle.entries().stream().map(e -> new EntryDoc(e.item().value(), write(e.when()))).toList(),
        new DeliveryDoc(sortedNames(bundle.delivery().methods()), bundle.delivery().description()),
        bundle.keywords());
  }

  private static List<String> sortedNames(Set<? extends Enum<?>> values) {
    return values.stream().sorted().map(Enum::name).toList();
  }

  private static MaterialDoc write(Material m) {
    SourceDoc source = switch (m.source()) {
      case MaterialSource.Applicant a -> new SourceDoc("applicant", null, null, null, null);
      case MaterialSource.SharedData d -> new SourceDoc("sharedData", d.element().code(), null, null, null);
      case MaterialSource.Licence l -> new SourceDoc("licence", null, l.type().code(), l.holder(), null);
      case MaterialSource.ProducedBy p -> new SourceDoc("producedBy", null, null, null, p.item().value());
    };
    return new MaterialDoc(m.key(), m.name(), source, m.copy().name(), m.count(), m.blankForm(), m.sample(),
        m.legalBasis(), write(m.when()));
  }

  private static FieldDoc write(FormField f) {
    return switch (f.binding()) {
      case FormField.Binding.Bound b -> new FieldDoc(f.key(), f.label(), b.element().code(), null, f.type().name(),
          f.required(), f.correctable(), write(f.when()));
      case FormField.Binding.FreeInput x -> new FieldDoc(f.key(), f.label(), null, x.reason(), f.type().name(),
          f.required(), f.correctable(), write(f.when()));
    };
  }

  private static QuestionDoc write(Question q) {
    return new QuestionDoc(q.key(), q.text(), q.options().stream().map(o -> new OptionDoc(o.key(), o.label())).toList(),
        q.required(), write(q.when()));
  }

  private static @Nullable ConditionDoc write(Condition c) {
    return switch (c) {
      case Condition.Always a -> null;
      case Condition.Answered a -> new ConditionDoc(
          new AnsweredDoc(a.question(), a.options().stream().sorted().toList()), null, null, null);
      case Condition.AllOf a -> new ConditionDoc(null, a.conditions().stream().map(CatalogDocuments::write).toList(),
          null, null);
      case Condition.AnyOf a -> new ConditionDoc(null, null,
          a.conditions().stream().map(CatalogDocuments::write).toList(), null);
      case Condition.Not n -> new ConditionDoc(null, null, null, write(n.condition()));
    };
  }

  /** Reads a whole document: all of it or, with the list of every error, nothing. */
  public static Contents read(@Nullable CatalogDocument document) {
    var reader = new Reader();
    if (document == null) {
      reader.error("", "The document is empty");
      return new Contents(List.of(), List.of(), reader.errors);
    }
    if (document.format() != null && !CatalogDocument.FORMAT.equals(document.format())) {
      reader.error("format", "Unknown format " + document.format() + "; expected " + CatalogDocument.FORMAT);
    }
    var items = new ArrayList<Item>();
    var codes = new HashSet<String>();
    var docs = document.itemsOrEmpty();
    for (int i = 0; i < docs.size(); i++) {
      var item = reader.item(docs.get(i), "items[" + i + "]");
      if (item != null) {
        if (!codes.add(item.code().value() + "@" + item.region().value())) {
          reader.error("items[" + i + "].code", "Item " + item.code() + " appears twice for region " + item.region());
        }
        items.add(item);
      }
    }
    var bundles = new ArrayList<Bundle>();
    var bundleCodes = new HashSet<String>();
    var bundleDocs = document.bundlesOrEmpty();
    for (int i = 0; i < bundleDocs.size(); i++) {
      var bundle = reader.bundle(bundleDocs.get(i), "bundles[" + i + "]");
      if (bundle != null) {
        if (!bundleCodes.add(bundle.code().value())) {
          reader.error("bundles[" + i + "].code", "Bundle " + bundle.code() + " appears twice");
        }
        bundles.add(bundle);
      }
    }
    return reader.errors.isEmpty()
        ? new Contents(items, bundles, List.of())
        : new Contents(List.of(), List.of(), reader.errors);
  }

  /** Reads one item as a draft, as the administrator's editor does. */
  public static Result<Item> readItem(@Nullable ItemDoc doc) {
    return readItem(doc, ItemStatus.DRAFT, 1);
  }

  /** Reads one stored item with the status and version it was stored with. */
  public static Result<Item> readItem(@Nullable ItemDoc doc, ItemStatus status, int version) {
    var reader = new Reader();
    reader.status = status;
    reader.version = version;
    var item = doc == null ? null : reader.item(doc, "");
    if (doc == null) {
      reader.error("", "The document is empty");
    }
    return new Result<>(reader.errors.isEmpty() ? item : null, reader.errors);
  }

  /** Reads one bundle. */
  public static Result<Bundle> readBundle(@Nullable BundleDoc doc) {
    var reader = new Reader();
    var bundle = doc == null ? null : reader.bundle(doc, "");
    if (doc == null) {
      reader.error("", "The document is empty");
    }
    return new Result<>(reader.errors.isEmpty() ? bundle : null, reader.errors);
  }

  /** One thing read, or the errors that kept it from being read. */
  public record Result<T>(@Nullable T value, List<DocumentError> errors) {
    public Result {
      errors = List.copyOf(errors);
    }
  }

  /** Walks a document, collecting errors instead of throwing. */
  private static final class Reader {
    final List<DocumentError> errors = new ArrayList<>();
    ItemStatus status = ItemStatus.DRAFT;
    int version = 1;

    void error(String path, String message) {
      errors.add(new DocumentError(path, message));
    }

    static String at(String path, String name) {
      return path.isEmpty() ? name : path + "." + name;
    }

    @Nullable Item item(ItemDoc d, String path) {
      int before = errors.size();
      var code = value(d.code(), at(path, "code"), ItemCode::of);
      var region = value(d.region(), at(path, "region"), RegionCode::of);
      var name = text(d.name(), at(path, "name"));
      var department = constant(d.department(), at(path, "department"), DepartmentKind.class);
      var type = constant(d.type(), at(path, "type"), ItemType.class);
      var level = constant(d.handlingLevel(), at(path, "handlingLevel"), RegionCode.Level.class);
      var depth = constant(d.onlineDepth(), at(path, "onlineDepth"), OnlineDepth.class);
      var limits = d.limits() == null ? missing(at(path, "limits"), TimeLimits.class)
          : value(d.limits(), at(path, "limits"), l -> TimeLimits.of(orZero(l.statutoryDays()), orZero(l.committedDays())));
      var visits = d.visits() == null ? Visits.none()
          : value(d.visits(), at(path, "visits"), v -> new Visits(orZero(v.required()), orEmpty(v.presenceBasis())));
      var fee = d.fee() == null ? BigDecimal.ZERO : d.fee();
      if (fee.signum() < 0) {
        error(at(path, "fee"), "A fee cannot be negative");
      }
      var methods = constants(d.deliveryMethods(), at(path, "deliveryMethods"), DeliveryMethod.class);
      if (d.deliveryMethods() == null || d.deliveryMethods().isEmpty()) {
        error(at(path, "deliveryMethods"), "Name at least one delivery method");
      }
      var themes = constants(d.themes(), at(path, "themes"), LifeEventTheme.class);
      var questions = list(d.questions(), at(path, "questions"), this::question);
      var materials = list(d.materials(), at(path, "materials"), this::material);
      var fields = list(d.fields(), at(path, "fields"), this::field);
      var steps = list(d.steps(), at(path, "steps"),
          (s, p) -> value(s, p, x -> new ProcessStep(orEmpty(x.name()), orEmpty(x.description()))));
      unique(materials.stream().map(Material::key).toList(), at(path, "materials"), "material");
      unique(fields.stream().map(FormField::key).toList(), at(path, "fields"), "field");
      unique(questions.stream().map(Question::key).toList(), at(path, "questions"), "question");
      if (errors.size() > before) {
        return null;
      }
      try {
        return Item.draft(code, name, department, region)
            .type(type)
            .legalBasis(orEmpty(d.legalBasis()))
            .handlingLevel(level)
            .limits(limits)
            .fee(fee)
            .visits(visits)
            .onlineDepth(depth)
            .deliveryMethods(methods.toArray(DeliveryMethod[]::new))
            .acceptanceConditions(strings(d.acceptanceConditions()).toArray(String[]::new))
            .trustFirst(Boolean.TRUE.equals(d.trustFirst()))
            .materials(materials)
            .fields(fields)
            .steps(steps.toArray(ProcessStep[]::new))
            .keywords(strings(d.keywords()).toArray(String[]::new))
            .synonyms(strings(d.synonyms()).toArray(String[]::new))
            .themes(Set.copyOf(themes))
            .questions(questions)
            .processModel(d.processModel())
            .producesLicence(d.producesLicence())
            .version(version)
            .restoredAs(status)
            .build();
      } catch (IllegalArgumentException | NullPointerException e) {
        error(path, Objects.toString(e.getMessage(), "Invalid item"));
        return null;
      }
    }

    @Nullable Bundle bundle(BundleDoc d, String path) {
      int before = errors.size();
      var code = value(d.code(), at(path, "code"), BundleCode::of);
      var name = text(d.name(), at(path, "name"));
      var theme = constant(d.theme(), at(path, "theme"), LifeEventTheme.class);
      var questions = list(d.questions(), at(path, "questions"), this::question);
      var entries = list(d.entries(), at(path, "entries"), (e, p) -> {
        var item = value(e.item(), at(p, "item"), ItemCode::of);
        var when = condition(e.when(), at(p, "when"));
        return item == null || when == null ? null : new Bundle.Entry(item, when);
      });
      if (d.entries() == null || d.entries().size() < 2) {
        error(at(path, "entries"), "A bundle joins at least two items");
      }
      DeliveryDoc delivery = d.delivery();
      var methods = delivery == null ? List.<DeliveryMethod>of()
          : constants(delivery.methods(), at(path, "delivery.methods"), DeliveryMethod.class);
      if (methods.isEmpty()) {
        error(at(path, "delivery.methods"), "Name at least one delivery method");
      }
      if (errors.size() > before) {
        return null;
      }
      try {
        return new Bundle(code, name, theme, questions, entries,
            new DeliveryPlan(Set.copyOf(methods), orEmpty(Objects.requireNonNull(delivery).description())),
            strings(d.keywords()));
      } catch (IllegalArgumentException | NullPointerException e) {
        error(path, Objects.toString(e.getMessage(), "Invalid bundle"));
        return null;
      }
    }

    @Nullable Question question(QuestionDoc d, String path) {
      int before = errors.size();
      var options = list(d.options(), at(path, "options"),
          (o, p) -> value(o, p, x -> Question.Option.of(orEmpty(x.key()), orEmpty(x.label()))));
      var when = condition(d.when(), at(path, "when"));
      if (errors.size() > before) {
        return null;
      }
      return value(d, path, x -> new Question(orEmpty(x.key()), orEmpty(x.text()), options,
          x.required() == null || x.required(), Objects.requireNonNull(when)));
    }

    @Nullable Material material(MaterialDoc d, String path) {
      int before = errors.size();
      var source = d.source() == null ? missing(at(path, "source"), MaterialSource.class)
          : value(d.source(), at(path, "source"), this::source);
      var copy = d.copy() == null ? Material.Copy.ORIGINAL : constant(d.copy(), at(path, "copy"), Material.Copy.class);
      var when = condition(d.when(), at(path, "when"));
      if (errors.size() > before) {
        return null;
      }
      return value(d, path, x -> new Material(orEmpty(x.key()), orEmpty(x.name()), source, copy,
          x.count() == null ? 1 : x.count(), x.blankForm(), x.sample(), orEmpty(x.legalBasis()),
          Objects.requireNonNull(when)));
    }

    private MaterialSource source(SourceDoc s) {
      return switch (orEmpty(s.kind())) {
        case "applicant" -> MaterialSource.applicant();
        case "sharedData" -> MaterialSource.sharedData(orEmpty(s.element()));
        case "licence" -> MaterialSource.licence(orEmpty(s.licenceType()), orEmpty(s.holder()));
        case "producedBy" -> MaterialSource.producedBy(orEmpty(s.item()));
        default -> throw new IllegalArgumentException(
            "Unknown source kind '" + s.kind() + "'; use applicant, sharedData, licence or producedBy");
      };
    }

    @Nullable FormField field(FieldDoc d, String path) {
      int before = errors.size();
      var type = constant(d.type(), at(path, "type"), FieldType.class);
      var when = condition(d.when(), at(path, "when"));
      boolean bound = d.element() != null && !d.element().isBlank();
      if (bound && d.freeInputReason() != null) {
        error(path, "A field is either bound to an element or free input, not both");
      }
      if (errors.size() > before) {
        return null;
      }
      return value(d, path, x -> new FormField(orEmpty(x.key()), orEmpty(x.label()),
          bound ? FormField.Binding.to(orEmpty(x.element())) : FormField.Binding.freeInput(orEmpty(x.freeInputReason())),
          type, !Boolean.FALSE.equals(x.required()), Boolean.TRUE.equals(x.correctable()), Objects.requireNonNull(when)));
    }

    @Nullable Condition condition(@Nullable ConditionDoc d, String path) {
      if (d == null) {
        return Condition.always();
      }
      int parts = (d.answered() == null ? 0 : 1) + (d.allOf() == null ? 0 : 1) + (d.anyOf() == null ? 0 : 1)
          + (d.not() == null ? 0 : 1);
      if (parts != 1) {
        error(path, "A condition has exactly one of answered, allOf, anyOf, not");
        return null;
      }
      if (d.answered() != null) {
        AnsweredDoc a = d.answered();
        return value(a, at(path, "answered"),
            x -> Condition.answered(orEmpty(x.question()), strings(x.options()).toArray(String[]::new)));
      }
      if (d.not() != null) {
        var inner = condition(d.not(), at(path, "not"));
        return inner == null ? null : Condition.not(inner);
      }
      boolean all = d.allOf() != null;
      var parts2 = all ? d.allOf() : Objects.requireNonNull(d.anyOf());
      int before = errors.size();
      var inner = new ArrayList<Condition>();
      for (int i = 0; i < parts2.size(); i++) {
        var c = condition(parts2.get(i), at(path, (all ? "allOf" : "anyOf") + "[" + i + "]"));
        if (c != null) {
          inner.add(c);
        }
      }
      if (errors.size() > before) {
        return null;
      }
      return value(inner, path, x -> all ? new Condition.AllOf(x) : new Condition.AnyOf(x));
    }

    private <D, T> List<T> list(@Nullable List<D> docs, String path, PartReader<D, T> reader) {
      var out = new ArrayList<T>();
      if (docs == null) {
        return out;
      }
      for (int i = 0; i < docs.size(); i++) {
        D doc = docs.get(i);
        String at = path + "[" + i + "]";
        if (doc == null) {
          error(at, "Empty entry");
          continue;
        }
        T t = reader.read(doc, at);
        if (t != null) {
          out.add(t);
        }
      }
      return out;
    }

    private <D, T> @Nullable T value(@Nullable D doc, String path, Function<D, T> convert) {
      if (doc == null) {
        error(path, "Missing");
        return null;
      }
      try {
        return convert.apply(doc);
      } catch (IllegalArgumentException | NullPointerException e) {
        error(path, Objects.toString(e.getMessage(), "Invalid value"));
        return null;
      }
    }

    private <T> @Nullable T missing(String path, Class<T> type) {
      error(path, "Missing");
      return null;
    }

    private @Nullable String text(@Nullable String s, String path) {
      if (s == null || s.isBlank()) {
        error(path, "Missing");
        return null;
      }
      return s;
    }

    private <E extends Enum<E>> @Nullable E constant(@Nullable String name, String path, Class<E> type) {
      if (name == null) {
        error(path, "Missing");
        return null;
      }
      try {
        return Enum.valueOf(type, name);
      } catch (IllegalArgumentException e) {
        error(path, "Unknown value '" + name + "'; one of " + Arrays.toString(type.getEnumConstants()));
        return null;
      }
    }

    private <E extends Enum<E>> List<E> constants(@Nullable List<String> names, String path, Class<E> type) {
      var out = EnumSet.noneOf(type);
      if (names != null) {
        for (int i = 0; i < names.size(); i++) {
          var e = constant(names.get(i), path + "[" + i + "]", type);
          if (e != null) {
            out.add(e);
          }
        }
      }
      return List.copyOf(out);
    }

    private void unique(List<String> keys, String path, String what) {
      var seen = new HashSet<String>();
      for (int i = 0; i < keys.size(); i++) {
        if (!seen.add(keys.get(i))) {
          error(path, "The " + what + " key " + keys.get(i) + " appears twice");
        }
      }
    }
  }

  @FunctionalInterface
  private interface PartReader<D, T> {
    @Nullable T read(D doc, String path);
  }

  private static int orZero(@Nullable Integer i) {
    return i == null ? 0 : i;
  }

  private static String orEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }

  private static List<String> strings(@Nullable List<String> list) {
    return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
  }
}
