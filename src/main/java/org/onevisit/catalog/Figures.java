package org.onevisit.catalog;

import java.util.List;

/**
 * 减材料、减环节: the before/after figures of a guide, computed from the model, never typed in.
 *
 * <p><b>Before</b> — each applicable item done separately, without sharing:
 *
 * <ul>
 *   <li>windows: the distinct department kinds of the applicable items;
 *   <li>materials: the sum over the items of all their applicable materials, whatever the source (the
 *       applicant brought everything, including the results of other items);
 *   <li>fields: the sum over the items of their applicable fields, without merging;
 *   <li>visits: one trip per distinct department (each window visited at least once).
 * </ul>
 *
 * <p><b>After</b> — this guide, with sharing and e-licences:
 *
 * <ul>
 *   <li>windows: 1 if any applicable item requires a visit, else 0;
 *   <li>materials: the merged materials the applicant brings ({@link GuideMaterial#broughtByApplicant});
 *   <li>fields: the merged fields the applicant types (free input; bound fields are pre-filled);
 *   <li>visits: the largest number of visits any applicable item requires.
 * </ul>
 */
public record Figures(Tally before, Tally after) {

  /** Windows, materials, fields and visits of one way of doing the matter. */
  public record Tally(int windows, int materials, int fields, int visits) {}

  static Figures of(List<Item> items, Answers answers, List<GuideMaterial> merged, List<GuideField> form) {
    int departments = (int) items.stream().map(Item::department).distinct().count();
    int materials = items.stream()
        .mapToInt(i -> (int) i.materials().stream().filter(m -> m.when().holds(answers)).count())
        .sum();
    int fields = items.stream()
        .mapToInt(i -> (int) i.fields().stream().filter(f -> f.when().holds(answers)).count())
        .sum();
    int visits = items.stream().mapToInt(i -> i.visits().required()).max().orElse(0);
    return new Figures(
        new Tally(departments, materials, fields, departments),
        new Tally(
            visits > 0 ? 1 : 0,
            (int) merged.stream().filter(GuideMaterial::broughtByApplicant).count(),
            (int) form.stream().filter(GuideField::typedByApplicant).count(),
            visits));
  }
}
