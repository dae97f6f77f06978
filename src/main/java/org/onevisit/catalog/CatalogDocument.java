package org.onevisit.catalog;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 目录交换文档: the whole catalog (or part of it) as one JSON document, so that regions share one
 * standard and a catalog administrator can edit an item as text. Its shape is the wire format
 * of import, export and the administrator's editor; {@link CatalogDocuments} converts it to and from
 * the domain and reports every problem with its path ({@code items[3].materials[1].legalBasis}).
 *
 * <p>Version and status are not part of the document: an import creates new draft versions, which are
 * published like any other draft. Absent lists are empty; an absent condition means "always".
 */
public record CatalogDocument(
    @Nullable String format, @Nullable List<ItemDoc> items, @Nullable List<BundleDoc> bundles) {

  /** The format this code reads and writes. */
  public static final String FORMAT = "onevisit-catalog/1";

  public List<ItemDoc> itemsOrEmpty() {
    return items == null ? List.of() : items;
  }

  public List<BundleDoc> bundlesOrEmpty() {
    return bundles == null ? List.of() : bundles;
  }

  /** 事项. Enum values are the constant names of {@link ItemType}, {@code DepartmentKind} and so on. */
  public record ItemDoc(
      String code,
      String region,
      String name,
      String department,
      String type,
      @Nullable String legalBasis,
      String handlingLevel,
      LimitsDoc limits,
      @Nullable BigDecimal fee,
      @Nullable VisitsDoc visits,
      String onlineDepth,
      List<String> deliveryMethods,
      @Nullable List<String> acceptanceConditions,
      @Nullable Boolean trustFirst,
      @Nullable List<MaterialDoc> materials,
      @Nullable List<FieldDoc> fields,
      @Nullable List<StepDoc> steps,
      @Nullable List<QuestionDoc> questions,
      @Nullable List<String> keywords,
      @Nullable List<String> synonyms,
      @Nullable List<String> themes,
      @Nullable String processModel,
      @Nullable String producesLicence) {}

  public record LimitsDoc(@Nullable Integer statutoryDays, @Nullable Integer committedDays) {}

  public record VisitsDoc(@Nullable Integer required, @Nullable String presenceBasis) {}

  public record StepDoc(String name, @Nullable String description) {}

  /** 材料; {@code copy} is ORIGINAL, COPY or ELECTRONIC, {@code count} defaults to one. */
  public record MaterialDoc(
      String key,
      String name,
      SourceDoc source,
      @Nullable String copy,
      @Nullable Integer count,
      @Nullable String blankForm,
      @Nullable String sample,
      @Nullable String legalBasis,
      @Nullable ConditionDoc when) {}

  /**
   * 材料来源: {@code kind} is {@code applicant}, {@code sharedData} (with {@code element}),
   * {@code licence} (with {@code licenceType} and {@code holder}) or {@code producedBy} (with {@code item}).
   */
  public record SourceDoc(
      String kind,
      @Nullable String element,
      @Nullable String licenceType,
      @Nullable String holder,
      @Nullable String item) {}

  /**
   * 表单字段: either {@code element} (bound) or {@code freeInputReason} (free input), never both;
   * {@code required} defaults to true, {@code correctable} to false.
   */
  public record FieldDoc(
      String key,
      String label,
      @Nullable String element,
      @Nullable String freeInputReason,
      String type,
      @Nullable Boolean required,
      @Nullable Boolean correctable,
      @Nullable ConditionDoc when) {}

  /** 情形问题; {@code required} defaults to true. */
  public record QuestionDoc(
      String key, String text, List<OptionDoc> options, @Nullable Boolean required, @Nullable ConditionDoc when) {}

  public record OptionDoc(String key, String label) {}

  /** A condition: exactly one of its parts is set. */
  public record ConditionDoc(
      @Nullable AnsweredDoc answered,
      @Nullable List<ConditionDoc> allOf,
      @Nullable List<ConditionDoc> anyOf,
      @Nullable ConditionDoc not) {}

  public record AnsweredDoc(String question, List<String> options) {}

  /** 一件事. */
  public record BundleDoc(
      String code,
      String name,
      String theme,
      @Nullable List<QuestionDoc> questions,
      List<EntryDoc> entries,
      DeliveryDoc delivery,
      @Nullable List<String> keywords) {}

  public record EntryDoc(String item, @Nullable ConditionDoc when) {}

  public record DeliveryDoc(List<String> methods, @Nullable String description) {}
}
