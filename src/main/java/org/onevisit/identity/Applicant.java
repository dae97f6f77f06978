package org.onevisit.identity;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;
import org.onevisit.platform.PersonalData;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * 申请人: a logged-in citizen, or a representative acting for an enterprise. Held in the session, so it
 * keeps only plain values.
 *
 * @param citizenId the person's account id
 * @param idNumber the person's resident ID number (full; never log it, use {@link #toString()})
 * @param name the person's name
 * @param enterpriseId the enterprise acted for, or {@code null} when acting as oneself
 * @param creditCode the enterprise's unified social credit code, or {@code null}
 * @param enterpriseName the enterprise's name, or {@code null}
 */
public record Applicant(
    long citizenId,
    String idNumber,
    String name,
    @Nullable Long enterpriseId,
    @Nullable String creditCode,
    @Nullable String enterpriseName)
    implements Serializable, AuthenticatedPrincipal {

  public static Applicant citizen(long citizenId, IdNumber idNumber, String name) {
    return new Applicant(citizenId, idNumber.value(), name, null, null, null);
  }

  /** The name sessions are indexed by, free of personal data: {@code citizen:<id>}. */
  @Override
  public String getName() {
    return enterpriseId == null ? "citizen:" + citizenId : "enterprise:" + enterpriseId + ":" + citizenId;
  }

  public boolean actsForEnterprise() {
    return enterpriseId != null;
  }

  public IdNumber person() {
    return new IdNumber(idNumber);
  }

  /** The name shown in the page header: masked person name, and the enterprise when acting for one. */
  public String displayName() {
    String person = PersonalData.maskName(name);
    return enterpriseName == null ? person : enterpriseName + " · " + person;
  }

  @Override
  public String toString() {
    return "Applicant[" + PersonalData.maskIdNumber(idNumber) + (creditCode == null ? "" : " for " + creditCode) + "]";
  }
}
