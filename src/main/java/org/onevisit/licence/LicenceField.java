package org.onevisit.licence;

/**
 * 照面信息项: one field printed on a licence.
 *
 * @param code its key in the credential's {@code fields}, e.g. {@code husbandName}
 * @param required whether a licence of the type must have it
 * @param personal whether it holds personal data (an ID number or a name) that pages mask for anyone but
 *     the holder
 */
public record LicenceField(String code, boolean required, boolean personal) {

  static LicenceField required(String code) {
    return new LicenceField(code, true, false);
  }

  static LicenceField optional(String code) {
    return new LicenceField(code, false, false);
  }

  static LicenceField personal(String code) {
    return new LicenceField(code, true, true);
  }

  /** The key of its label in the message bundle. */
  public String messageKey() {
    return "licence.field." + code;
  }
}
