package org.onevisit.licence.internal;

import com.apicatalog.jsonld.JsonLdError;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.onevisit.catalog.LicenceType;
import org.onevisit.licence.Holder;
import org.onevisit.licence.HolderKind;
import org.onevisit.licence.IssueRequest;
import org.onevisit.licence.Licence;
import org.onevisit.licence.LicenceDefinition;
import org.onevisit.licence.LicenceDefinitions;
import org.onevisit.licence.LicenceError;
import org.onevisit.licence.LicenceException;
import org.onevisit.licence.LicenceField;
import org.onevisit.licence.LicenceIssued;
import org.onevisit.licence.LicenceNumber;
import org.onevisit.licence.LicenceStatus;
import org.onevisit.licence.LicenceUse;
import org.onevisit.licence.Licences;
import org.onevisit.licence.StatusChange;
import org.onevisit.organisation.Department;
import org.onevisit.organisation.Departments;
import org.onevisit.platform.ChinaTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Licences} on PostgreSQL: one row per licence with its signed credential, history and uses. */
@Service
@Transactional
class JdbcLicences implements Licences {

  private static final Logger log = LoggerFactory.getLogger(JdbcLicences.class);
  static final int MAX_FIELD_LENGTH = 500;
  private static final String COLUMNS = "number, type_code, holder_kind, holder_id, holder_name, department_code,"
      + " department_name, fields::text as fields, valid_from, valid_until, status, issued_at, verification_code, credential";

  private final JdbcClient jdbc;
  private final Departments departments;
  private final IssuerKeys issuer;
  private final DataIntegrity integrity;
  private final StatusLists statusLists;
  private final MessageSource messages;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  JdbcLicences(JdbcClient jdbc, Departments departments, IssuerKeys issuer, DataIntegrity integrity,
      StatusLists statusLists, MessageSource messages, ApplicationEventPublisher events, Clock clock) {
    this.jdbc = jdbc;
    this.departments = departments;
    this.issuer = issuer;
    this.integrity = integrity;
    this.statusLists = statusLists;
    this.messages = messages;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public Licence issue(IssueRequest request) {
    Licence licence = issueOne(request);
    log.info("Issued licence {} ({}) to {} by {}", licence.number(), licence.type(), licence.holder(), request.actor());
    return licence;
  }

  @Override
  public List<Licence> issueAll(List<IssueRequest> requests) {
    List<Licence> issued = new ArrayList<>(requests.size());
    for (IssueRequest request : requests) {
      issued.add(issueOne(request));
    }
    log.info("Issued {} licences", issued.size());
    return issued;
  }

  private Licence issueOne(IssueRequest request) {
    LicenceDefinition definition = LicenceDefinitions.find(request.type()).orElseThrow(() ->
        new LicenceException(LicenceError.UNKNOWN_TYPE, "Unknown licence type " + request.type()));
    if (request.holder().kind() != definition.holderKind()) {
      throw new LicenceException(LicenceError.WRONG_HOLDER_KIND,
          "A " + definition.code() + " is issued to a " + definition.holderKind());
    }
    Department department = departments.findByCode(request.departmentCode()).orElseThrow(() ->
        new LicenceException(LicenceError.UNKNOWN_DEPARTMENT, "Unknown department " + request.departmentCode()));
    if (department.kind() != definition.issuer()) {
      throw new LicenceException(LicenceError.WRONG_DEPARTMENT,
          "A " + definition.code() + " is issued by a " + definition.issuer() + " department");
    }
    Map<String, String> fields = checkedFields(definition, request.fields());

    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, ChinaTime.ZONE);
    LocalDate validFrom = request.validFrom() == null ? today : request.validFrom();
    LocalDate validUntil = definition.validUntil(validFrom).orElse(null);
    long serial = jdbc.sql("select nextval('licence_serial_seq')").query(Long.class).single();
    int statusIndex = jdbc.sql("select nextval('licence_status_index_seq')").query(Integer.class).single();
    LicenceNumber number = LicenceNumber.of(definition.numericCode(), department.region(), department.kind(),
        Year.of(today.getYear()), serial);
    String code = verificationCode();

    String credential = sign(credential(definition, number, request.holder(), department, fields, validFrom,
        validUntil, statusIndex), now);
    jdbc.sql("""
        insert into licence (number, type_code, holder_kind, holder_id, holder_name, department_code, department_name,
          fields, valid_from, valid_until, status, status_index, verification_code, credential, case_reference,
          issued_at, issued_by)
        values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, 'VALID', ?, ?, ?, ?, ?, ?)""")
        .params(number.value(), definition.code(), request.holder().kind().name(), request.holder().identifier(),
            request.holder().name(), department.code(), department.name(), json(fields).toString(), validFrom,
            validUntil, statusIndex, code, credential, request.caseReference(), now.atOffset(ZoneOffset.UTC),
            request.actor())
        .update();
    recordChange(number, LicenceStatus.VALID, request.caseReference() == null ? "issued" : "issued for case "
        + request.caseReference(), request.actor(), now);
    events.publishEvent(new LicenceIssued(number, definition.code(), request.holder().kind(),
        request.holder().identifier(), request.caseReference()));
    log.debug("Issued licence {} ({}) to {} by {}", number, definition.code(), request.holder(), request.actor());
    return new Licence(number, definition.type(), request.holder(), department.code(), department.name(), fields,
        validFrom, validUntil, LicenceStatus.VALID, now, code, credential);
  }

  static Map<String, String> checkedFields(LicenceDefinition definition, Map<String, String> given) {
    for (String key : given.keySet()) {
      if (definition.field(key).isEmpty()) {
        throw new LicenceException(LicenceError.FIELD_UNKNOWN, "A " + definition.code() + " has no field " + key);
      }
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (LicenceField field : definition.fields()) {
      String value = given.get(field.code());
      if (value == null || value.isBlank()) {
        if (field.required()) {
          throw new LicenceException(LicenceError.FIELD_MISSING, "Field " + field.code() + " is required");
        }
        continue;
      }
      if (value.length() > MAX_FIELD_LENGTH) {
        throw new LicenceException(LicenceError.FIELD_TOO_LONG, "Field " + field.code() + " is longer than "
            + MAX_FIELD_LENGTH + " characters");
      }
      fields.put(field.code(), value.strip());
    }
    return fields;
  }

  private String verificationCode() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String credentialId(LicenceNumber number) {
    return "urn:onevisit:licence:" + number.value();
  }

  private JsonObject credential(LicenceDefinition definition, LicenceNumber number, Holder holder,
      Department department, Map<String, String> fields, LocalDate validFrom, @org.jspecify.annotations.Nullable
      LocalDate validUntil, int statusIndex) {
    JsonObjectBuilder vc = DataIntegrity.JSON.createObjectBuilder()
        .add("@context", DataIntegrity.JSON.createArrayBuilder().add(JsonLdContexts.CREDENTIALS_V2).add(JsonLdContexts.LICENCE_V1))
        .add("id", credentialId(number))
        .add("type", DataIntegrity.JSON.createArrayBuilder().add("VerifiableCredential").add("LicenceCredential"))
        .add("name", messages.getMessage(definition.messageKey(), null, Locale.SIMPLIFIED_CHINESE))
        .add("issuer", DataIntegrity.JSON.createObjectBuilder().add("id", issuer.did).add("name", department.name()))
        .add("validFrom", dateTime(validFrom.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime()));
    if (validUntil != null) {
      vc.add("validUntil", dateTime(validUntil.atTime(LocalTime.of(23, 59, 59)).atZone(ChinaTime.ZONE).toOffsetDateTime()));
    }
    return vc.add("credentialSubject", DataIntegrity.JSON.createObjectBuilder()
            .add("type", "LicenceHolder")
            .add("holderKind", holder.kind().name())
            .add("holderIdentifier", holder.identifier())
            .add("holderName", holder.name())
            .add("licenceNumber", number.value())
            .add("licenceType", definition.code())
            .add("issuingDepartment", department.code())
            .add("fields", json(fields)))
        .add("credentialStatus", DataIntegrity.JSON.createArrayBuilder()
            .add(statusLists.entry(StatusLists.Purpose.REVOCATION, statusIndex))
            .add(statusLists.entry(StatusLists.Purpose.SUSPENSION, statusIndex)))
        .build();
  }

  private static String dateTime(OffsetDateTime time) {
    return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.withNano(0));
  }

  /** Signs the credential with the three suites (a proof set) and returns it as JSON. */
  String sign(JsonObject unsecured, Instant created) {
    try {
      var proofs = DataIntegrity.JSON.createArrayBuilder();
      for (Cryptosuite suite : Cryptosuite.values()) {
        proofs.add(integrity.prove(unsecured, suite, issuer.key(suite), issuer.method(suite), created));
      }
      return DataIntegrity.JSON.createObjectBuilder(unsecured).add("proof", proofs).build().toString();
    } catch (JsonLdError e) {
      throw new IllegalStateException("A licence credential cannot be canonicalised", e);
    }
  }

  private static JsonObject json(Map<String, String> fields) {
    JsonObjectBuilder object = DataIntegrity.JSON.createObjectBuilder();
    fields.forEach(object::add);
    return object.build();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Licence> find(LicenceNumber number) {
    return jdbc.sql("select " + COLUMNS + " from licence where number = ?").param(number.value())
        .query(JdbcLicences::licence).optional();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Licence> findByVerificationCode(String code) {
    return jdbc.sql("select " + COLUMNS + " from licence where verification_code = ?").param(code)
        .query(JdbcLicences::licence).optional();
  }

  @Override
  @Transactional(readOnly = true)
  public List<Licence> heldBy(HolderKind kind, String identifier) {
    return jdbc.sql("select " + COLUMNS + " from licence where holder_kind = ? and holder_id = ? order by issued_at desc, number desc")
        .params(kind.name(), identifier).query(JdbcLicences::licence).list();
  }

  @Override
  @Transactional(readOnly = true)
  public List<Licence> usable(HolderKind kind, String identifier, LicenceType type) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
    return jdbc.sql("select " + COLUMNS + " from licence where holder_kind = ? and holder_id = ? and type_code = ?"
            + " and status = 'VALID' order by issued_at desc")
        .params(kind.name(), identifier, type.code()).query(JdbcLicences::licence).list().stream()
        .filter(l -> l.usableOn(today))
        .toList();
  }

  @Override
  public Licence suspend(LicenceNumber number, String reason, String actor) {
    Licence licence = existing(number);
    if (licence.status() == LicenceStatus.REVOKED) {
      throw new LicenceException(LicenceError.ALREADY_REVOKED, "Licence " + number + " is revoked");
    }
    return change(licence, LicenceStatus.SUSPENDED, reason, actor);
  }

  @Override
  public Licence reinstate(LicenceNumber number, String reason, String actor) {
    Licence licence = existing(number);
    if (licence.status() != LicenceStatus.SUSPENDED) {
      throw new LicenceException(LicenceError.NOT_SUSPENDED, "Licence " + number + " is not suspended");
    }
    return change(licence, LicenceStatus.VALID, reason, actor);
  }

  @Override
  public Licence revoke(LicenceNumber number, String reason, String actor) {
    Licence licence = existing(number);
    if (licence.status() == LicenceStatus.REVOKED) {
      throw new LicenceException(LicenceError.ALREADY_REVOKED, "Licence " + number + " is already revoked");
    }
    return change(licence, LicenceStatus.REVOKED, reason, actor);
  }

  private Licence existing(LicenceNumber number) {
    return jdbc.sql("select " + COLUMNS + " from licence where number = ? for update").param(number.value())
        .query(JdbcLicences::licence).optional()
        .orElseThrow(() -> new LicenceException(LicenceError.NOT_FOUND, "No licence " + number));
  }

  private Licence change(Licence licence, LicenceStatus status, String reason, String actor) {
    if (reason == null || reason.isBlank()) {
      throw new LicenceException(LicenceError.REASON_MISSING, "A status change needs a reason");
    }
    Instant now = clock.instant();
    jdbc.sql("update licence set status = ? where number = ?").params(status.name(), licence.number().value()).update();
    recordChange(licence.number(), status, reason.strip(), actor, now);
    statusLists.changed();
    log.info("Licence {} is now {} by {}", licence.number(), status, actor);
    return find(licence.number()).orElseThrow();
  }

  private void recordChange(LicenceNumber number, LicenceStatus status, String reason, String actor, Instant at) {
    jdbc.sql("insert into licence_status_change (number, status, reason, actor, changed_at) values (?, ?, ?, ?, ?)")
        .params(number.value(), status.name(), reason.length() > 500 ? reason.substring(0, 500) : reason, actor,
            at.atOffset(ZoneOffset.UTC))
        .update();
  }

  @Override
  @Transactional(readOnly = true)
  public List<StatusChange> history(LicenceNumber number) {
    return jdbc.sql("select status, reason, actor, changed_at from licence_status_change where number = ? order by id")
        .param(number.value())
        .query((rs, i) -> new StatusChange(LicenceStatus.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
            rs.getObject(4, OffsetDateTime.class).toInstant()))
        .list();
  }

  @Override
  public LicenceUse recordUse(LicenceNumber number, HolderKind kind, String holderIdentifier, String caseReference,
      String purpose) {
    Licence licence = find(number).orElseThrow(() -> new LicenceException(LicenceError.NOT_FOUND, "No licence " + number));
    if (!licence.heldBy(kind, holderIdentifier)) {
      throw new LicenceException(LicenceError.NOT_HOLDERS, "Licence " + number + " is not the applicant's");
    }
    Instant now = clock.instant();
    if (!licence.usableOn(LocalDate.ofInstant(now, ChinaTime.ZONE))) {
      throw new LicenceException(LicenceError.NOT_USABLE, "Licence " + number + " is not valid today");
    }
    jdbc.sql("insert into licence_use (number, case_reference, purpose, used_at) values (?, ?, ?, ?)")
        .params(number.value(), caseReference, purpose, now.atOffset(ZoneOffset.UTC)).update();
    return new LicenceUse(caseReference, purpose, now);
  }

  @Override
  @Transactional(readOnly = true)
  public List<LicenceUse> uses(LicenceNumber number) {
    return jdbc.sql("select case_reference, purpose, used_at from licence_use where number = ? order by id desc")
        .param(number.value())
        .query((rs, i) -> new LicenceUse(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant()))
        .list();
  }

  static Licence licence(ResultSet rs, int row) throws SQLException {
    Map<String, String> fields = new LinkedHashMap<>();
    LicenceDefinition definition = LicenceDefinitions.find(rs.getString("type_code")).orElseThrow();
    JsonObject stored = DataIntegrity.JSON.createReader(new StringReader(rs.getString("fields"))).readObject();
    for (LicenceField field : definition.fields()) {
      if (stored.get(field.code()) instanceof JsonString value) {
        fields.put(field.code(), value.getString());
      }
    }
    var until = rs.getObject("valid_until", LocalDate.class);
    return new Licence(new LicenceNumber(rs.getString("number")), definition.type(),
        new Holder(HolderKind.valueOf(rs.getString("holder_kind")), rs.getString("holder_id"), rs.getString("holder_name")),
        rs.getString("department_code"), rs.getString("department_name"), fields,
        rs.getObject("valid_from", LocalDate.class), until, LicenceStatus.valueOf(rs.getString("status")),
        rs.getObject("issued_at", OffsetDateTime.class).toInstant(), rs.getString("verification_code"),
        rs.getString("credential"));
  }
}
