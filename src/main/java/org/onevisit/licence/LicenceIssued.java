package org.onevisit.licence;

/**
 * Published when a licence is issued (in the issuing transaction, through the event registry).
 *
 * @param number the licence
 * @param type the licence type code
 * @param holderKind person or enterprise
 * @param holderIdentifier the holder's ID number or credit code (never log it unmasked)
 * @param caseReference the case that issued it, or {@code null}
 */
public record LicenceIssued(
    LicenceNumber number, String type, HolderKind holderKind, String holderIdentifier,
    @org.jspecify.annotations.Nullable String caseReference) {

  @Override
  public String toString() {
    return "LicenceIssued[" + number + " " + type + " " + holderKind + "]";
  }
}
