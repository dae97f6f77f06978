package org.onevisit.casework.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onevisit.casework.CaseworkException;
import org.onevisit.casework.Uploads;
import org.onevisit.casework.VirusScanner;
import org.onevisit.identity.Applicant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link Uploads} in {@code casework_upload}; an upload marks its material as provided on the draft. */
@Service
class JdbcUploads implements Uploads {

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final JdbcCasework casework;
  private final VirusScanner scanner;
  private final Clock clock;

  JdbcUploads(JdbcClient jdbc, PlatformTransactionManager transactions, JdbcCasework casework, VirusScanner scanner,
      Clock clock) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.casework = casework;
    this.scanner = scanner;
    this.clock = clock;
  }

  /** The type the content is, from its first bytes; empty when it is none of the allowed ones. */
  static Optional<String> sniff(byte[] b) {
    if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
      return Optional.of("application/pdf");
    }
    if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
      return Optional.of("image/jpeg");
    }
    if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D
        && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
      return Optional.of("image/png");
    }
    return Optional.empty();
  }

  @Override
  public Upload upload(UUID application, Applicant applicant, String material, String filename, byte[] content) {
    if (content.length == 0) {
      throw new Refused(Refused.Reason.EMPTY, "The file is empty");
    }
    if (content.length > MAX_BYTES) {
      throw new Refused(Refused.Reason.TOO_LARGE, "The file is larger than " + MAX_BYTES + " bytes");
    }
    var type = sniff(content).orElseThrow(() -> new Refused(Refused.Reason.TYPE_NOT_ALLOWED,
        "Only PDF, JPEG and PNG files are accepted"));
    var threat = scanner.scan(content);
    if (threat.isPresent()) {
      throw new Refused(Refused.Reason.INFECTED, "The file contains " + threat.get());
    }
    String name = filename.replaceAll("[\\p{Cntrl}/\\\\]", "_");
    if (name.length() > 200) {
      name = name.substring(name.length() - 200);
    }
    String safeName = name.isBlank() ? "upload" : name;
    return transaction.execute(status -> {
      var draft = casework.lockDraftFor(application, applicant);
      if (draft.caseNumber() != null && !casework.supplementOpen(draft.caseNumber())) {
        throw new CaseworkException(CaseworkException.Reason.NOT_A_DRAFT, "Application " + application + " is submitted");
      }
      if (!casework.materialsOf(draft).contains(material)) {
        throw new Refused(Refused.Reason.UNKNOWN_MATERIAL, "The application does not ask for material " + material);
      }
      var upload = new Upload(UUID.randomUUID(), material, safeName, type, content.length, sha256(content),
          clock.instant());
      jdbc.sql("""
              insert into casework_upload (id, application_id, material, filename, content_type, size, sha256, content,
                uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(upload.id(), application, material, safeName, type, content.length, upload.sha256(), content,
              Timestamp.from(upload.uploadedAt()))
          .update();
      if (draft.caseNumber() == null) {
        var provided = new LinkedHashSet<>(draft.provided());
        provided.add(material);
        casework.fill(application, applicant, java.util.Map.of(), provided);
      }
      return upload;
    });
  }

  @Override
  public List<Upload> uploads(UUID application, Applicant applicant) {
    casework.application(application, applicant);
    return of(jdbc, application);
  }

  /** The uploads of an application, oldest first, without any check. */
  static List<Upload> of(JdbcClient jdbc, UUID application) {
    return jdbc.sql("""
            select id, material, filename, content_type, size, sha256, uploaded_at from casework_upload
            where application_id = ? order by uploaded_at""")
        .param(application)
        .query((rs, n) -> new Upload(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getInt(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
        .list();
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
