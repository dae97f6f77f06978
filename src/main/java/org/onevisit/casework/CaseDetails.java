package org.onevisit.casework;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.DeliveryMethod;

/**
 * What a case produced and said besides its steps: how each material was satisfied at submission, the licences
 * issued by its approved items, how the results reach the applicant, and every notice sent to him.
 */
public record CaseDetails(java.util.UUID application, List<MaterialCheck> materials, List<IssuedLicence> licences, @Nullable Delivery delivery,
    List<SentNotice> notices) {

  public CaseDetails {
    materials = List.copyOf(materials);
    licences = List.copyOf(licences);
    notices = List.copyOf(notices);
  }

  /** A licence an approved item issued to the applicant's wallet. */
  public record IssuedLicence(String item, String type, String number) {}

  /**
   * 出件: the results delivered online, to collect at the unified window with the pickup code, or by courier
   * with its tracking reference.
   */
  public record Delivery(DeliveryMethod method, @Nullable String pickupCode, @Nullable String tracking,
      @Nullable String address, Instant at) {}

  /** A notice sent about the case; {@code bySms} when it also went out as an SMS. */
  public record SentNotice(String text, boolean bySms, Instant at) {}
}
