package org.onevisit.licence;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.LicenceType;

/**
 * What it takes to issue a licence.
 *
 * @param type the licence type
 * @param holder to whom
 * @param departmentCode the issuing department; its kind must be the type's issuer
 * @param fields the type's fields (required ones present, no others)
 * @param validFrom first day of validity; {@code null} for the day of issue
 * @param caseReference the case (办件) whose completed item issues it, or {@code null}
 * @param actor who issues it (a staff username, {@code case:<number>}, {@code demo})
 */
public record IssueRequest(
    LicenceType type,
    Holder holder,
    String departmentCode,
    Map<String, String> fields,
    @Nullable LocalDate validFrom,
    @Nullable String caseReference,
    String actor) {

  public IssueRequest {
    fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
  }
}
