package org.onevisit.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.onevisit.organisation.DepartmentKind;

/**
 * 个性化办事指南: what an item or bundle asks of this applicant, given his answers — only the items,
 * materials and fields that apply, merged across the items of a bundle, with the before/after
 * {@link Figures}. Made by {@link Guides}; {@code delivery} is the bundle's plan, absent for one item.
 */
public record Guide(
    String title,
    Answers answers,
    List<Step> items,
    List<GuideMaterial> materials,
    List<GuideField> fields,
    Figures figures,
    @Nullable DeliveryPlan delivery) {

  public Guide {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(answers, "answers");
    items = List.copyOf(items);
    materials = List.copyOf(materials);
    fields = List.copyOf(fields);
    Objects.requireNonNull(figures, "figures");
  }

  /** The materials the applicant himself must hand in. */
  public List<GuideMaterial> materialsToBring() {
    return materials.stream().filter(GuideMaterial::broughtByApplicant).toList();
  }

  /** The fields the applicant must type; the others are pre-filled from shared data. */
  public List<GuideField> fieldsToType() {
    return fields.stream().filter(GuideField::typedByApplicant).toList();
  }

  /** An applicable item of the guide with what the applicant should know about it. */
  public record Step(
      ItemCode code,
      String name,
      DepartmentKind department,
      TimeLimits limits,
      Visits visits,
      BigDecimal fee,
      OnlineDepth onlineDepth,
      List<String> acceptanceConditions,
      List<ProcessStep> process) {

    public Step {
      acceptanceConditions = List.copyOf(acceptanceConditions);
      process = List.copyOf(process);
    }

    static Step of(Item item) {
      return new Step(item.code(), item.name(), item.department(), item.limits(), item.visits(), item.fee(),
          item.onlineDepth(), item.acceptanceConditions(), item.steps());
    }
  }
}
