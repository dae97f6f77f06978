package org.onevisit.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.onevisit.organisation.DepartmentKind;
import org.onevisit.organisation.RegionCode;

/**
 * 事项: a service item as one region implements it: what it is, who handles it and on what legal
 * basis, its time limits, fee, visits, online depth and delivery methods, and what it asks of the
 * applicant — materials and form fields, each under a condition over the answers to its situation
 * questions (情形). Built through {@link #draft}; its only transitions are {@link #publish} and
 * {@link #withdraw}.
 *
 * <p>Construction refuses duplicate material, field or question keys and conditions that name a
 * question or option the item does not have ({@link IllegalArgumentException}). Everything a draft may
 * still lack (legal bases, limits, reasons) is for the {@link Standardisation} checks.
 */
public final class Item {

  private final ItemCode code;
  private final String name;
  private final DepartmentKind department;
  private final ItemType type;
  private final String legalBasis;
  private final RegionCode region;
  private final RegionCode.Level handlingLevel;
  private final TimeLimits limits;
  private final BigDecimal fee;
  private final Visits visits;
  private final OnlineDepth onlineDepth;
  private final Set<DeliveryMethod> deliveryMethods;
  private final List<String> acceptanceConditions;
  private final boolean trustFirst;
  private final List<Material> materials;
  private final List<FormField> fields;
  private final List<ProcessStep> steps;
  private final List<Question> questions;
  private final List<String> keywords;
  private final List<String> synonyms;
  private final Set<LifeEventTheme> themes;
  private final @org.jspecify.annotations.Nullable String processModel;
  private final @org.jspecify.annotations.Nullable LicenceType producesLicence;
  private final int version;
  private ItemStatus status;

  private Item(Builder b) {
    this.code = Objects.requireNonNull(b.code, "code");
    this.name = Keys.requireText(b.name, "item name");
    this.department = Objects.requireNonNull(b.department, "department");
    this.type = Objects.requireNonNull(b.type, "type");
    this.legalBasis = Objects.requireNonNull(b.legalBasis, "legal basis");
    this.region = Objects.requireNonNull(b.region, "region");
    this.handlingLevel = Objects.requireNonNull(b.handlingLevel, "handling level");
    this.limits = Objects.requireNonNull(b.limits, "time limits");
    this.fee = Objects.requireNonNull(b.fee, "fee");
    this.visits = Objects.requireNonNull(b.visits, "visits");
    this.onlineDepth = Objects.requireNonNull(b.onlineDepth, "online depth");
    this.deliveryMethods = Set.copyOf(b.deliveryMethods);
    this.acceptanceConditions = List.copyOf(b.acceptanceConditions);
    this.trustFirst = b.trustFirst;
    this.materials = List.copyOf(b.materials);
    this.fields = List.copyOf(b.fields);
    this.steps = List.copyOf(b.steps);
    this.questions = List.copyOf(b.questions);
    this.keywords = List.copyOf(b.keywords);
    this.synonyms = List.copyOf(b.synonyms);
    this.themes = Set.copyOf(b.themes);
    this.processModel = b.processModel;
    this.producesLicence = b.producesLicence;
    if (processModel != null && !processModel.matches("[A-Za-z][A-Za-z0-9_-]{0,63}")) {
      throw new IllegalArgumentException("Not a process model key: " + processModel);
    }
    this.version = b.version;
    this.status = Objects.requireNonNull(b.status, "status");
    if (fee.signum() < 0) {
      throw new IllegalArgumentException("Fee cannot be negative: " + code);
    }
    if (version < 1) {
      throw new IllegalArgumentException("Versions start at 1: " + code);
    }
    if (deliveryMethods.isEmpty()) {
      throw new IllegalArgumentException("Item " + code + " needs a delivery method");
    }
    unique("material", materials.stream().map(Material::key));
    unique("field", fields.stream().map(FormField::key));
    unique("question", questions.stream().map(Question::key));
    var known = new HashMap<String, Question>();
    questions.forEach(q -> known.put(q.key(), q));
    Stream.of(
            questions.stream().map(Question::when),
            materials.stream().map(Material::when),
            fields.stream().map(FormField::when))
        .flatMap(s -> s)
        .forEach(condition -> requireKnown(condition, known));
  }

  /** Starts a draft of version 1; the builder's defaults are those of a free, zero-visit item. */
  public static Builder draft(ItemCode code, String name, DepartmentKind department, RegionCode region) {
    return new Builder(code, name, department, region);
  }

  /**
   * 发布: offers the draft to applicants once its standardisation report is clean.
   *
   * @throws NotStandardised with every problem when the report is not clean
   * @throws CatalogException {@link CatalogError#ILLEGAL_TRANSITION} unless the item is a draft
   * @throws IllegalArgumentException when the report is about another item
   */
  public ItemPublished publish(StandardisationReport report) {
    if (!report.subject().equals(code.value())) {
      throw new IllegalArgumentException("Report on " + report.subject() + " given to publish " + code);
    }
    require(ItemStatus.DRAFT, "publish");
    if (!report.isClean()) {
      throw new NotStandardised(code.value(), report.problems());
    }
    status = ItemStatus.PUBLISHED;
    return new ItemPublished(code, region, version);
  }

  /**
   * 撤回: stops offering a published item.
   *
   * @throws CatalogException {@link CatalogError#ILLEGAL_TRANSITION} unless the item is published
   */
  public ItemWithdrawn withdraw() {
    require(ItemStatus.PUBLISHED, "withdraw");
    status = ItemStatus.WITHDRAWN;
    return new ItemWithdrawn(code, region, version);
  }

  /** 最多跑一次: true when the applicant comes at most once (and at most once by law). */
  public boolean atMostOneVisit() {
    return visits.required() <= 1;
  }

  private void require(ItemStatus expected, String transition) {
    if (status != expected) {
      throw new CatalogException(
          CatalogError.ILLEGAL_TRANSITION, "Cannot " + transition + " item " + code + " in status " + status);
    }
  }

  private void unique(String what, Stream<String> keys) {
    var seen = new HashSet<String>();
    keys.filter(k -> !seen.add(k)).findFirst().ifPresent(k -> {
      throw new IllegalArgumentException("Item " + code + " lists " + what + " " + k + " twice");
    });
  }

  private void requireKnown(Condition condition, Map<String, Question> known) {
    condition.atoms().forEach(atom -> {
      var question = known.get(atom.question());
      if (question == null) {
        throw new IllegalArgumentException("Item " + code + " has no question " + atom.question());
      }
      atom.options().stream().filter(o -> !question.hasOption(o)).findFirst().ifPresent(o -> {
        throw new IllegalArgumentException("Question " + atom.question() + " of " + code + " has no option " + o);
      });
    });
  }

  public ItemCode code() {
    return code;
  }

  public String name() {
    return name;
  }

  public DepartmentKind department() {
    return department;
  }

  public ItemType type() {
    return type;
  }

  /** 设定依据: the laws and regulations the item rests on. */
  public String legalBasis() {
    return legalBasis;
  }

  /** The region whose catalog lists this implementation. */
  public RegionCode region() {
    return region;
  }

  /** 行使层级: the level at which the item is handled. */
  public RegionCode.Level handlingLevel() {
    return handlingLevel;
  }

  public TimeLimits limits() {
    return limits;
  }

  /** 收费标准 in yuan; zero when free. */
  public BigDecimal fee() {
    return fee;
  }

  public Visits visits() {
    return visits;
  }

  public OnlineDepth onlineDepth() {
    return onlineDepth;
  }

  public Set<DeliveryMethod> deliveryMethods() {
    return deliveryMethods;
  }

  /** 受理条件. */
  public List<String> acceptanceConditions() {
    return acceptanceConditions;
  }

  /** 信任在先: whether the item may be accepted on trust and verified at completion. */
  public boolean trustFirst() {
    return trustFirst;
  }

  public List<Material> materials() {
    return materials;
  }

  public List<FormField> fields() {
    return fields;
  }

  public List<ProcessStep> steps() {
    return steps;
  }

  public List<Question> questions() {
    return questions;
  }

  public List<String> keywords() {
    return keywords;
  }

  /** What people call the item in everyday words (上户口 for 户口登记), for search. */
  public List<String> synonyms() {
    return synonyms;
  }

  /** 主题: the life events and enterprise stages under which citizens browse to this item. */
  public Set<LifeEventTheme> themes() {
    return themes;
  }

  /**
   * 专用审批流程: the key of the item's own back-office model, or null for the default (审查 → 决定). A key
   * the back office does not know falls back to the default there.
   */
  public @org.jspecify.annotations.Nullable String processModel() {
    return processModel;
  }

  /** 办理结果: the type of electronic licence an approved case of this item issues to the holder, if any. */
  public @org.jspecify.annotations.Nullable LicenceType producesLicence() {
    return producesLicence;
  }

  public int version() {
    return version;
  }

  public ItemStatus status() {
    return status;
  }

  @Override
  public String toString() {
    return "Item[" + code + " " + name + " v" + version + " " + status + "]";
  }

  /** Collects an item's parts; {@link #build()} validates them all at once. */
  public static final class Builder {
    private final ItemCode code;
    private final String name;
    private final DepartmentKind department;
    private final RegionCode region;
    private ItemType type = ItemType.PUBLIC_SERVICE;
    private String legalBasis = "";
    private RegionCode.Level handlingLevel = RegionCode.Level.COUNTY;
    private TimeLimits limits = TimeLimits.of(0, 0);
    private BigDecimal fee = BigDecimal.ZERO;
    private Visits visits = Visits.none();
    private OnlineDepth onlineDepth = OnlineDepth.FULLY_ONLINE;
    private Set<DeliveryMethod> deliveryMethods = Set.of(DeliveryMethod.ONLINE_ONLINE);
    private List<String> acceptanceConditions = List.of();
    private boolean trustFirst;
    private final List<Material> materials = new ArrayList<>();
    private final List<FormField> fields = new ArrayList<>();
    private List<ProcessStep> steps = List.of();
    private final List<Question> questions = new ArrayList<>();
    private List<String> keywords = List.of();
    private List<String> synonyms = List.of();
    private Set<LifeEventTheme> themes = Set.of();
    private @org.jspecify.annotations.Nullable String processModel;
    private @org.jspecify.annotations.Nullable LicenceType producesLicence;
    private int version = 1;
    private ItemStatus status = ItemStatus.DRAFT;

    private Builder(ItemCode code, String name, DepartmentKind department, RegionCode region) {
      this.code = code;
      this.name = name;
      this.department = department;
      this.region = region;
    }

    public Builder type(ItemType type) {
      this.type = type;
      return this;
    }

    public Builder legalBasis(String legalBasis) {
      this.legalBasis = legalBasis;
      return this;
    }

    public Builder handlingLevel(RegionCode.Level level) {
      this.handlingLevel = level;
      return this;
    }

    public Builder limits(TimeLimits limits) {
      this.limits = limits;
      return this;
    }

    public Builder fee(BigDecimal yuan) {
      this.fee = yuan;
      return this;
    }

    public Builder visits(Visits visits) {
      this.visits = visits;
      return this;
    }

    public Builder onlineDepth(OnlineDepth depth) {
      this.onlineDepth = depth;
      return this;
    }

    public Builder deliveryMethods(DeliveryMethod... methods) {
      this.deliveryMethods = Set.of(methods);
      return this;
    }

    public Builder acceptanceConditions(String... conditions) {
      this.acceptanceConditions = List.of(conditions);
      return this;
    }

    public Builder trustFirst(boolean allowed) {
      this.trustFirst = allowed;
      return this;
    }

    public Builder material(Material material) {
      this.materials.add(material);
      return this;
    }

    public Builder materials(List<Material> materials) {
      this.materials.clear();
      this.materials.addAll(materials);
      return this;
    }

    public Builder field(FormField field) {
      this.fields.add(field);
      return this;
    }

    public Builder fields(List<FormField> fields) {
      this.fields.clear();
      this.fields.addAll(fields);
      return this;
    }

    public Builder steps(ProcessStep... steps) {
      this.steps = List.of(steps);
      return this;
    }

    public Builder question(Question question) {
      this.questions.add(question);
      return this;
    }

    public Builder questions(List<Question> questions) {
      this.questions.clear();
      this.questions.addAll(questions);
      return this;
    }

    public Builder keywords(String... keywords) {
      this.keywords = List.of(keywords);
      return this;
    }

    public Builder synonyms(String... synonyms) {
      this.synonyms = List.of(synonyms);
      return this;
    }

    public Builder themes(LifeEventTheme... themes) {
      this.themes = Set.of(themes);
      return this;
    }

    public Builder themes(Set<LifeEventTheme> themes) {
      this.themes = Set.copyOf(themes);
      return this;
    }

    public Builder processModel(@org.jspecify.annotations.Nullable String key) {
      this.processModel = key == null || key.isBlank() ? null : key;
      return this;
    }

    public Builder producesLicence(@org.jspecify.annotations.Nullable String type) {
      this.producesLicence = type == null || type.isBlank() ? null : LicenceType.of(type);
      return this;
    }

    public Builder version(int version) {
      this.version = version;
      return this;
    }

    /**
     * The status an item had when it was stored, for a repository restoring it. Everything else moves an
     * item only through {@link Item#publish} and {@link Item#withdraw}; a draft is the default.
     */
    public Builder restoredAs(ItemStatus status) {
      this.status = status;
      return this;
    }

    public Item build() {
      return new Item(this);
    }
  }
}
