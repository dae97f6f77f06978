package org.onevisit.licence;

import java.util.Objects;
import org.onevisit.identity.CreditCode;
import org.onevisit.identity.IdNumber;
import org.onevisit.platform.PersonalData;

/**
 * 持证主体: the holder of a licence. The identifier is checked (GB 11643 check digit for persons, GB 32100
 * for enterprises) when the holder is made.
 *
 * @param kind person or enterprise
 * @param identifier the ID number or the credit code, normalised
 * @param name the holder's name as on the licence
 */
public record Holder(HolderKind kind, String identifier, String name) {

  public Holder {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    identifier = switch (kind) {
      case PERSON -> IdNumber.parse(identifier).value();
      case ENTERPRISE -> CreditCode.parse(identifier).value();
    };
    if (name.isBlank() || name.length() > 100) {
      throw new IllegalArgumentException("Holder name must have 1 to 100 characters");
    }
  }

  public static Holder person(IdNumber idNumber, String name) {
    return new Holder(HolderKind.PERSON, idNumber.value(), name);
  }

  public static Holder enterprise(CreditCode creditCode, String name) {
    return new Holder(HolderKind.ENTERPRISE, creditCode.value(), name);
  }

  /** For pages and logs: a person's ID number and name masked, an enterprise's shown (they are public). */
  public String maskedIdentifier() {
    return kind == HolderKind.PERSON ? PersonalData.maskIdNumber(identifier) : identifier;
  }

  public String maskedName() {
    return kind == HolderKind.PERSON ? PersonalData.maskName(name) : name;
  }

  @Override
  public String toString() {
    return "Holder[" + kind + " " + maskedIdentifier() + "]";
  }
}
