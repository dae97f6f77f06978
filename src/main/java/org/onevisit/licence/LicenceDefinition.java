package org.onevisit.licence;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.LicenceType;
import org.onevisit.organisation.DepartmentKind;

/**
 * 证照类型定义: what a licence type is: its code (the catalog's {@link LicenceType}), its 3-digit numeric
 * code in {@link LicenceNumber}s, the kind of department that issues it, its holders, its fields, how
 * long it is valid, and the data elements (数据元) it proves so that a case needs no other proof of them.
 *
 * @param type the catalog code, e.g. {@code marriage-certificate}
 * @param numericCode the 3-digit 证照类型代码
 * @param issuer the department kind that issues it
 * @param holderKind who holds it
 * @param fields the fields printed on it, in order
 * @param validity how long it is valid from the day of issue; {@code null} for 长期 (no end)
 * @param provesElements the data elements it proves, e.g. {@code person.maritalStatus}
 */
public record LicenceDefinition(
    LicenceType type,
    int numericCode,
    DepartmentKind issuer,
    HolderKind holderKind,
    List<LicenceField> fields,
    @Nullable Period validity,
    Set<String> provesElements) {

  public LicenceDefinition {
    fields = List.copyOf(fields);
    provesElements = Set.copyOf(provesElements);
  }

  public String code() {
    return type.code();
  }

  /** The key of the type's name in the message bundle. */
  public String messageKey() {
    return "licence.type." + type.code();
  }

  /** The last day of validity of a licence issued on {@code from}; empty when it has none. */
  public Optional<LocalDate> validUntil(LocalDate from) {
    return Optional.ofNullable(validity).map(p -> from.plus(p).minusDays(1));
  }

  public Optional<LicenceField> field(String code) {
    return fields.stream().filter(f -> f.code().equals(code)).findFirst();
  }
}
