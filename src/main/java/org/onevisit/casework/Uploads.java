package org.onevisit.casework;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.onevisit.identity.Applicant;

/**
 * 材料上传 for a draft: only PDF, JPEG and PNG, recognised from the first bytes whatever the file is
 * called, at most {@value #MAX_BYTES} bytes, scanned by the {@link VirusScanner}, stored with its SHA-256.
 * A refused upload says why ({@link Refused}) and stores nothing.
 */
public interface Uploads {

  int MAX_BYTES = 10 * 1024 * 1024;

  /**
   * Stores the file for the draft's material.
   *
   * @throws Refused with the reason
   * @throws CaseworkException NOT_FOUND for someone else's draft, NOT_A_DRAFT once submitted (except while a
   *     supplement notice of its case is open: the upload then answers the notice, see {@link Casework#supply})
   */
  Upload upload(UUID application, Applicant applicant, String material, String filename, byte[] content);

  List<Upload> uploads(UUID application, Applicant applicant);

  /** One stored upload (without its bytes). */
  record Upload(UUID id, String material, String filename, String contentType, int size, String sha256,
      Instant uploadedAt) {}

  /** Why an upload was refused. */
  final class Refused extends RuntimeException {
    private final Reason reason;

    public Refused(Reason reason, String message) {
      super(message);
      this.reason = reason;
    }

    public Reason reason() {
      return reason;
    }

    public enum Reason {
      EMPTY,
      TOO_LARGE,
      TYPE_NOT_ALLOWED,
      INFECTED,
      UNKNOWN_MATERIAL
    }
  }
}
