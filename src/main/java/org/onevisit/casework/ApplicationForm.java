package org.onevisit.casework;

import java.util.List;
import org.onevisit.catalog.Guide;
import org.onevisit.catalog.GuideField;

/**
 * What the applicant sees of his draft: the guide for his answers, the bound fields as the data ran for him,
 * the fields he types (free input, plus any bound field whose value was not available), and every material
 * with how it is satisfied. The same reckoning decides whether the draft can be submitted.
 */
public record ApplicationForm(
    Application application,
    Guide guide,
    List<Prefilled> prefilled,
    List<GuideField> toType,
    List<MaterialCheck> materials) {

  public ApplicationForm {
    prefilled = List.copyOf(prefilled);
    toType = List.copyOf(toType);
    materials = List.copyOf(materials);
  }

  /** A typed value as staff pages show it: ID numbers and phone numbers masked; {@code —} when blank. */
  public String shown(GuideField field) {
    String value = application.values().get(field.field().key());
    if (value == null || value.isBlank()) {
      return "—";
    }
    return switch (field.field().type()) {
      case ID_NUMBER -> org.onevisit.platform.PersonalData.maskIdNumber(value);
      case PHONE -> org.onevisit.platform.PersonalData.maskPhone(value);
      default -> value;
    };
  }

  /** Whether the catalog lets the applicant correct this pre-filled field. */
  public boolean correctable(Prefilled prefilled) {
    return guide.fields().stream().anyMatch(f -> f.field().key().equals(prefilled.field()) && f.correctable());
  }

  /** The applicant's correction of a pre-filled value (reported to its source), or {@code null}. */
  public @org.jspecify.annotations.Nullable String correction(Prefilled prefilled) {
    String value = application.values().get(prefilled.field());
    return prefilled.state() == Prefilled.State.SERVED && correctable(prefilled) && value != null && !value.isBlank()
        ? value : null;
  }

  /** The materials the applicant still has to upload. */
  public List<MaterialCheck> missingMaterials() {
    return materials.stream().filter(MaterialCheck::missing).toList();
  }

  /** The materials satisfied without the applicant (licence, shared data, another item's result). */
  public List<MaterialCheck> satisfiedForHim() {
    return materials.stream().filter(m -> m.way() != MaterialCheck.Way.UPLOADED && !m.missing()).toList();
  }
}
