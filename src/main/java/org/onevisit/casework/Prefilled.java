package org.onevisit.casework;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A bound field of an application as the data ran for the applicant (数据跑路): pre-filled from shared data
 * with its source and date, to come with the result of another item of the same application, or not
 * available (and then typed by the applicant, with the reason shown).
 *
 * @param field the form field's key
 * @param label the form field's label
 * @param element the catalog data element the field is bound to, e.g. {@code mother.name}
 * @param state how the value came, or why not
 * @param value the value as the form shows it; {@code null} unless {@link State#SERVED}
 * @param source the source department's code and system, e.g. {@code 331126-PSB / 户籍系统}
 * @param asOf when the source recorded the value
 * @param reason why it is not available (a sharing refusal code, {@code NO_VALUE}, {@code NO_PARTY})
 */
public record Prefilled(String field, String label, String element, State state, @Nullable String value, @Nullable String source,
    @Nullable Instant asOf, @Nullable String reason) {

  public Prefilled {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(state, "state");
  }

  /** The value as pages show it: persons' names, ID numbers and mobiles masked (the form keeps them whole). */
  public @Nullable String shown() {
    if (value == null) {
      return null;
    }
    if (element.endsWith("idNumber") || element.endsWith("IdNumber")) {
      return org.onevisit.platform.PersonalData.maskIdNumber(value);
    }
    if (element.endsWith("mobile")) {
      return org.onevisit.platform.PersonalData.maskPhone(value);
    }
    if (element.endsWith(".name") && !element.startsWith("enterprise.")) {
      return org.onevisit.platform.PersonalData.maskName(value);
    }
    return value;
  }

  /** How a bound field got its value. */
  public enum State {
    /** Read from shared data for this application. */
    SERVED,
    /** Produced by another item of this application (e.g. the ID number given at birth registration). */
    FROM_RESULT,
    /** Not available: the applicant types it. */
    UNAVAILABLE
  }
}
