package org.onevisit.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onevisit.casework.Application;
import org.onevisit.casework.Authorisation;
import org.onevisit.identity.IdNumber;
import org.onevisit.casework.CaseDetails;
import org.onevisit.casework.CaseWithdrawn;
import org.onevisit.casework.Prefilled;
import org.onevisit.casework.SupplementRequested;
import org.onevisit.catalog.DeliveryMethod;
import java.util.Optional;
import org.onevisit.casework.ApplicationForm;
import org.onevisit.casework.CaseAccepted;
import org.onevisit.casework.CaseNumber;
import org.onevisit.casework.CaseSubmitted;
import org.onevisit.casework.CaseView;
import org.onevisit.casework.Casework;
import org.onevisit.casework.CaseworkException;
import org.onevisit.casework.CaseworkException.Reason;
import org.onevisit.casework.Deadline;
import org.onevisit.casework.MaterialCheck;
import org.onevisit.casework.SharedElements;
import org.onevisit.catalog.Answers;
import org.onevisit.catalog.BundleCode;
import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.CatalogException;
import org.onevisit.catalog.Guide;
import org.onevisit.catalog.ItemCode;
import org.onevisit.catalog.MaterialSource;
import org.onevisit.identity.Applicant;
import org.onevisit.identity.Role;
import org.onevisit.identity.StaffMember;
import org.onevisit.identity.StaffScope;
import org.onevisit.licence.Licences;
import org.onevisit.organisation.RegionCode;
import org.onevisit.platform.ChinaTime;
import org.onevisit.workday.WorkingDays;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link Casework} on PostgreSQL. Each operation is one transaction that locks the row it changes, so a
 * double submission, a concurrent acceptance and supplement, or a retried request each leave one result.
 */
@Service
class JdbcCasework implements Casework {

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final Catalog catalog;
  private final WorkingDays days;
  private final ApplicationEventPublisher events;
  private final JsonMapper json;
  private final Clock clock;
  private final ApplicationForms forms;
  private final Licences licences;
  private final org.onevisit.identity.Accounts accounts;
  private final org.onevisit.sharing.DataQuality quality;

  JdbcCasework(JdbcClient jdbc, PlatformTransactionManager transactions, Catalog catalog, WorkingDays days,
      ApplicationEventPublisher events, JsonMapper json, Clock clock, ApplicationForms forms, Licences licences,
      org.onevisit.identity.Accounts accounts, org.onevisit.sharing.DataQuality quality) {
    this.jdbc = jdbc;
    this.quality = quality;
    this.accounts = accounts;
    this.forms = forms;
    this.licences = licences;
    this.transaction = new TransactionTemplate(transactions);
    this.catalog = catalog;
    this.days = days;
    this.events = events;
    this.json = json;
    this.clock = clock;
  }

  // ---------------------------------------------------------------- who

  private static String kind(Applicant a) {
    return a.actsForEnterprise() ? "ENTERPRISE" : "CITIZEN";
  }

  private static String id(Applicant a) {
    return a.actsForEnterprise() ? Objects.requireNonNull(a.creditCode()) : a.idNumber();
  }

  private static String name(Applicant a) {
    return a.actsForEnterprise() ? Objects.requireNonNull(a.enterpriseName()) : a.name();
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ChinaTime.ZONE));
  }

  // ---------------------------------------------------------------- drafts

  private Guide guide(Subject subject, Answers answers) {
    try {
      return switch (subject.kind()) {
        case ITEM -> catalog.guide(ItemCode.of(subject.code()), answers);
        case BUNDLE -> catalog.guide(BundleCode.of(subject.code()), answers);
      };
    } catch (CatalogException | IllegalArgumentException e) {
      if (e instanceof org.onevisit.catalog.InvalidAnswers invalid) {
        throw invalid;
      }
      throw new CaseworkException(Reason.NOT_FOUND, "No published " + subject);
    }
  }

  @Override
  public UUID startDraft(Applicant applicant, Subject subject, Answers answers, RegionCode region, String actor) {
    var guide = guide(subject, answers);
    var id = UUID.randomUUID();
    var now = Timestamp.from(clock.instant());
    var handlers = new LinkedHashMap<String, String>();
    for (var step : guide.items()) {
      var item = catalog.item(step.code()).orElseThrow();
      handlers.put(step.code().value(), departmentCode(region, item.handlingLevel(), step.department().code()));
    }
    jdbc.sql("""
            insert into casework_application (id, applicant_kind, applicant_id, applicant_name, subject_kind,
              subject_code, region, answers, created_by, status, created_at, updated_at, handlers)
            values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, 'DRAFT', ?, ?, ?::jsonb)""")
        .params(id, kind(applicant), id(applicant), name(applicant), subject.kind().name(), subject.code(),
            region.value(), json.writeValueAsString(answers.chosen()), actor, now, now,
            json.writeValueAsString(handlers))
        .update();
    prefill(id, applicant, guide, handlers);
    return id;
  }

  /** Reads the draft's shared data as its items' departments and keeps what was found with the draft. */
  private void prefill(UUID id, Applicant applicant, Guide guide, Map<String, String> handlers) {
    var found = forms.prefill(id, applicant.person().value(),
        applicant.actsForEnterprise() ? applicant.creditCode() : null, guide, handlers,
        parties -> storeParties(id, parties));
    jdbc.sql("update casework_application set facts = ?::jsonb, parties = ?::jsonb where id = ?")
        .params(json.writeValueAsString(found.facts()), json.writeValueAsString(found.parties()), id)
        .update();
  }

  private void storeParties(UUID id, Map<SharedElements.Party, String> parties) {
    jdbc.sql("update casework_application set parties = ?::jsonb where id = ?")
        .params(json.writeValueAsString(parties), id).update();
  }

  private static final TypeReference<Map<String, ApplicationForms.Fact>> FACTS = new TypeReference<>() {};
  private static final TypeReference<Map<SharedElements.Party, String>> PARTIES = new TypeReference<>() {};

  private ApplicationForms.Found found(UUID id) {
    return jdbc.sql("select facts::text, parties::text from casework_application where id = ?").param(id)
        .query((rs, n) -> new ApplicationForms.Found(json.readValue(rs.getString(1), FACTS),
            json.readValue(rs.getString(2), PARTIES)))
        .single();
  }

  @Override
  public ApplicationForm form(UUID id, Applicant applicant) {
    var application = application(id, applicant);
    return form(application);
  }

  private ApplicationForm form(Application application) {
    return forms.form(application, guide(application.subject(), application.answers()), found(application.id()),
        JdbcUploads.of(jdbc, application.id()));
  }

  /** A case's application and its pre-filled fields (no material look-ups), for this module's listeners. */
  record CaseValues(Application application, List<Prefilled> prefilled) {}

  CaseValues valuesOf(CaseNumber number) {
    var id = jdbc.sql("select application_id from casework_case where case_number = ?").param(number.value())
        .query(UUID.class).optional().orElseThrow(() -> new CaseworkException(Reason.NOT_FOUND, "No case " + number));
    var application = applicationRow(id);
    var guide = guide(application.subject(), application.answers());
    return new CaseValues(application, forms.fields(guide, found(id)).prefilled());
  }

  @Override
  public ApplicationForm form(CaseNumber number, StaffMember staff) {
    view(number, staff);
    var row = jdbc.sql("select application_id, applicant_id from casework_case where case_number = ?")
        .param(number.value()).query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).single();
    return form(applicationRow(row.getKey()));
  }

  private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() {};
  private static final TypeReference<List<String>> LIST = new TypeReference<>() {};

  @Override
  public Application application(UUID id, Applicant applicant) {
    return applications("where id = ? and applicant_id = ?", id, id(applicant)).stream().findFirst()
        .orElseThrow(() -> new CaseworkException(Reason.NOT_FOUND, "No application " + id));
  }

  private Application applicationRow(UUID id) {
    return applications("where id = ?", id).stream().findFirst()
        .orElseThrow(() -> new CaseworkException(Reason.NOT_FOUND, "No application " + id));
  }

  private List<Application> applications(String where, Object... params) {
    return jdbc.sql("""
            select id, subject_kind, subject_code, region, answers::text, field_values::text, provided::text,
              case_number from casework_application""" + " " + where)
        .params(params)
        .query((rs, n) -> new Application(rs.getObject(1, UUID.class),
            new Subject(Subject.Kind.valueOf(rs.getString(2)), rs.getString(3)),
            rs.getString(4), new Answers(json.readValue(rs.getString(5), STRINGS)),
            json.readValue(rs.getString(6), STRINGS), new LinkedHashSet<>(json.readValue(rs.getString(7), LIST)),
            rs.getString(8) == null ? null : CaseNumber.of(rs.getString(8))))
        .list();
  }

  @Override
  public void fill(UUID id, Applicant applicant, Map<String, String> values, Set<String> provided) {
    transaction.executeWithoutResult(status -> {
      var current = lockDraft(id, applicant);
      if (current.caseNumber() != null) {
        throw new CaseworkException(Reason.NOT_A_DRAFT, "Application " + id + " is submitted");
      }
      var corrections = corrections(current, values);
      store(id, merge(current.values(), corrections.values()), union(current.provided(), provided));
      corrections.reports().forEach(r -> report(id, applicant, r));
    });
  }

  private record Corrections(Map<String, String> values, List<Prefilled> reports) {}

  /**
   * Keeps what the applicant typed; of the pre-filled fields only those the catalog lets him correct, and only
   * when he changed the value (returned for a data-quality report to the source). Others are dropped.
   */
  private Corrections corrections(Application draft, Map<String, String> values) {
    var guide = guide(draft.subject(), draft.answers());
    var prefilled = forms.fields(guide, found(draft.id())).prefilled().stream()
        .collect(java.util.stream.Collectors.toMap(Prefilled::field, p -> p));
    var correctable = guide.fields().stream().filter(org.onevisit.catalog.GuideField::correctable)
        .map(f -> f.field().key()).collect(java.util.stream.Collectors.toSet());
    var kept = new LinkedHashMap<String, String>();
    var reports = new ArrayList<Prefilled>();
    values.forEach((key, value) -> {
      var p = prefilled.get(key);
      if (p == null || p.state() != Prefilled.State.SERVED) {
        kept.put(key, value);
      } else if (correctable.contains(key)) {
        boolean same = value == null || value.isBlank() || value.strip().equals(p.value());
        kept.put(key, same ? "" : value);
        if (!same && !value.strip().equals(draft.values().get(key))) {
          reports.add(new Prefilled(p.field(), p.label(), p.element(), p.state(), value.strip(), p.source(), p.asOf(),
              null));
        }
      }
    });
    return new Corrections(kept, reports);
  }

  /** 数据纠错: tells the source of a value the applicant corrected; only about his own data, never blocking him. */
  private void report(UUID id, Applicant applicant, Prefilled corrected) {
    var need = SharedElements.need(org.onevisit.catalog.DataElement.of(corrected.element()));
    if (need.party() != SharedElements.Party.APPLICANT || applicant.actsForEnterprise()) {
      return;
    }
    try {
      quality.report(new org.onevisit.sharing.DataQuality.Report(need.element(),
          org.onevisit.sharing.Subject.person(applicant.person()),
          "申请人办理时更正了“" + corrected.label() + "”：" + corrected.value(),
          org.onevisit.sharing.DataQuality.Reporter.citizen(applicant.person())));
    } catch (org.onevisit.sharing.SharingException e) {
      org.slf4j.LoggerFactory.getLogger(JdbcCasework.class).info("Correction on draft {} not reported: {}", id,
          e.getMessage());
    }
  }

  Application lockDraftFor(UUID id, Applicant applicant) {
    return lockDraft(id, applicant);
  }

  /** The keys of every material of the draft's guide (any of them may be uploaded when nothing else serves). */
  Set<String> materialsOf(Application draft) {
    return guide(draft.subject(), draft.answers()).materials().stream().map(m -> m.material().key())
        .collect(java.util.stream.Collectors.toSet());
  }

  @Override
  public Guide guide(UUID id, Applicant applicant) {
    var draft = application(id, applicant);
    return guide(draft.subject(), draft.answers());
  }

  private Application lockDraft(UUID id, Applicant applicant) {
    jdbc.sql("select id from casework_application where id = ? and applicant_id = ? for update")
        .params(id, id(applicant)).query(UUID.class).optional()
        .orElseThrow(() -> new CaseworkException(Reason.NOT_FOUND, "No application " + id));
    return application(id, applicant);
  }

  private void store(UUID id, Map<String, String> values, Set<String> provided) {
    jdbc.sql("update casework_application set field_values = ?::jsonb, provided = ?::jsonb, updated_at = ? where id = ?")
        .params(json.writeValueAsString(values), json.writeValueAsString(List.copyOf(provided)),
            Timestamp.from(clock.instant()), id)
        .update();
  }

  private static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
    var out = new LinkedHashMap<>(a);
    b.forEach((k, v) -> {
      if (v == null || v.isBlank()) {
        out.remove(k);
      } else {
        out.put(k, v.strip());
      }
    });
    return out;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    var out = new LinkedHashSet<>(a);
    out.addAll(b);
    return out;
  }

  // ---------------------------------------------------------------- submission

  @Override
  public CaseNumber submit(UUID id, Applicant applicant) {
    var submitted = transaction.execute(status -> {
      var draft = lockDraft(id, applicant);
      if (draft.caseNumber() != null) {
        return new Submitted(draft.caseNumber(), null);
      }
      var form = form(draft);
      var guide = form.guide();
      var missing = new ArrayList<String>();
      form.toType().stream().filter(f -> f.required())
          .filter(f -> draft.values().getOrDefault(f.field().key(), "").isBlank())
          .forEach(f -> missing.add("field:" + f.field().key()));
      form.toType().stream()
          .filter(f -> !draft.values().getOrDefault(f.field().key(), "").isBlank())
          .filter(f -> !FieldValues.valid(f.field().type(), draft.values().get(f.field().key())))
          .forEach(f -> missing.add("invalid:" + f.field().key()));
      form.missingMaterials().forEach(m -> missing.add("material:" + m.material()));
      if (!missing.isEmpty()) {
        throw new CaseworkException(Reason.INCOMPLETE, "Application " + id + " is incomplete", missing);
      }
      var region = RegionCode.of(draft.region());
      var number = nextNumber(region);
      var now = clock.instant();
      jdbc.sql("""
              insert into casework_case (case_number, application_id, applicant_kind, applicant_id, applicant_name,
                subject_kind, subject_code, title, region, status, submitted_by, submitted_at)
              select ?, id, applicant_kind, applicant_id, applicant_name, subject_kind, subject_code, ?, region,
                'SUBMITTED', created_by, ? from casework_application where id = ?""")
          .params(number.value(), guide.title(), Timestamp.from(now), id).update();
      boolean allOnTrust = true;
      for (var step : guide.items()) {
        var item = catalog.item(step.code()).orElseThrow();
        allOnTrust &= item.trustFirst();
        jdbc.sql("""
                insert into casework_case_item (case_number, item, item_name, department_code, committed_days,
                  trust_first) values (?, ?, ?, ?, ?, ?)""")
            .params(number.value(), step.code().value(), step.name(),
                departmentCode(region, item.handlingLevel(), step.department().code()),
                step.limits().committedDays(), item.trustFirst())
            .update();
      }
      jdbc.sql("update casework_application set status = 'SUBMITTED', case_number = ?, updated_at = ? where id = ?")
          .params(number.value(), Timestamp.from(now), id).update();
      recordMaterials(number, form);
      trace(number, "SUBMITTED", actorOf(id), guide.items().size() + " items");
      events.publishEvent(new CaseSubmitted(number, region.value()));
      if (allOnTrust) {
        markAccepted(number, "system", true);
      }
      return new Submitted(number, null);
    });
    return Objects.requireNonNull(submitted).number();
  }

  private record Submitted(CaseNumber number, @Nullable Object unused) {}

  /** Keeps how each material was satisfied, and tells the licence library which licences served (持证人可见). */
  private void recordMaterials(CaseNumber number, ApplicationForm form) {
    var found = found(form.application().id());
    for (MaterialCheck m : form.materials()) {
      jdbc.sql("insert into casework_case_material (case_number, material, name, way, detail) values (?, ?, ?, ?, ?)")
          .params(number.value(), m.material(), m.name(), m.way().name(), m.detail()).update();
      if (m.way() != MaterialCheck.Way.LICENCE) {
        continue;
      }
      var source = form.guide().materials().stream().filter(g -> g.material().key().equals(m.material()))
          .map(g -> g.material().source()).findFirst().orElseThrow();
      var licence = forms.usableLicence((MaterialSource.Licence) source, found).orElseThrow(
          () -> new CaseworkException(Reason.INCOMPLETE, "Licence for " + m.material() + " is no longer usable",
              List.of("material:" + m.material())));
      licences.recordUse(licence.number(), licence.holder().kind(), licence.holder().identifier(), number.value(),
          m.name());
    }
  }

  private String actorOf(UUID id) {
    return jdbc.sql("select created_by from casework_application where id = ?").param(id).query(String.class).single();
  }

  /** The deciding department: at the county of the case, or its city or province for items handled there. */
  static String departmentCode(RegionCode region, RegionCode.Level level, String kindCode) {
    String county = region.county().value();
    String where = switch (level) {
      case PROVINCE -> county.substring(0, 2) + "0000";
      case CITY -> county.substring(0, 4) + "00";
      case COUNTY, TOWNSHIP, VILLAGE -> county;
    };
    return where + "-" + kindCode;
  }

  private CaseNumber nextNumber(RegionCode region) {
    var day = today();
    long sequence = jdbc.sql("""
            insert into casework_sequence (region, day, last) values (?, ?, 1)
            on conflict (region, day) do update set last = casework_sequence.last + 1 returning last""")
        .params(region.county().value(), day).query(Long.class).single();
    return CaseNumber.of(region, day, sequence);
  }

  // ---------------------------------------------------------------- acceptance

  private record CaseRow(CaseNumber number, String region, CaseView.Status status, String applicantId) {}

  private CaseRow lockCase(CaseNumber number) {
    return jdbc.sql("select case_number, region, status, applicant_id from casework_case where case_number = ? for update")
        .param(number.value())
        .query((rs, n) -> new CaseRow(CaseNumber.of(rs.getString(1)), rs.getString(2),
            CaseView.Status.valueOf(rs.getString(3)), rs.getString(4)))
        .optional()
        .orElseThrow(() -> new CaseworkException(Reason.NOT_FOUND, "No case " + number));
  }

  private CaseRow clerkCase(CaseNumber number, StaffMember clerk, Role role) {
    var row = lockCase(number);
    if (!StaffScope.check(clerk, role, RegionCode.of(row.region())).allowed()) {
      throw new CaseworkException(Reason.FORBIDDEN, "Case " + number + " is outside " + clerk.username() + "'s region");
    }
    return row;
  }

  boolean supplementOpen(CaseNumber number) {
    return jdbc.sql("select count(*) from casework_supplement where case_number = ? and supplied_at is null")
        .param(number.value()).query(Long.class).single() > 0;
  }

  @Override
  public void accept(CaseNumber number, StaffMember clerk) {
    transaction.executeWithoutResult(status -> {
      var row = clerkCase(number, clerk, Role.WINDOW_CLERK);
      if (row.status() != CaseView.Status.SUBMITTED) {
        throw new CaseworkException(Reason.WRONG_STATE, "Case " + number + " is " + row.status());
      }
      if (supplementOpen(number)) {
        throw new CaseworkException(Reason.SUPPLEMENT_PENDING, "Case " + number + " waits for a supplement");
      }
      markAccepted(number, clerk.username(), false);
    });
  }

  private void markAccepted(CaseNumber number, String actor, boolean onTrust) {
    var today = today();
    jdbc.sql("update casework_case set status = 'ACCEPTED', accepted_by = ?, accepted_on = ? where case_number = ?")
        .params(actor, today, number.value()).update();
    trace(number, onTrust ? "ACCEPTED_ON_TRUST" : "ACCEPTED", actor, null);
    events.publishEvent(new CaseAccepted(number, today, onTrust));
  }

  @Override
  public void refuse(CaseNumber number, StaffMember clerk, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("A refusal needs a legal reason");
    }
    transaction.executeWithoutResult(status -> {
      var row = clerkCase(number, clerk, Role.WINDOW_CLERK);
      if (row.status() != CaseView.Status.SUBMITTED) {
        throw new CaseworkException(Reason.WRONG_STATE, "Case " + number + " is " + row.status());
      }
      jdbc.sql("update casework_case set status = 'NOT_ACCEPTED', refusal = ?, completed_at = ? where case_number = ?")
          .params(reason.strip(), Timestamp.from(clock.instant()), number.value()).update();
      trace(number, "NOT_ACCEPTED", clerk.username(), reason.strip());
    });
  }

  @Override
  public void requestSupplement(CaseNumber number, StaffMember clerk, List<String> missing,
      @Nullable StaffMember approvedBy) {
    var asked = missing.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
    if (asked.isEmpty()) {
      throw new IllegalArgumentException("A supplement notice lists what is missing");
    }
    transaction.executeWithoutResult(status -> {
      var row = clerkCase(number, clerk, Role.WINDOW_CLERK);
      if (row.status() != CaseView.Status.SUBMITTED && row.status() != CaseView.Status.ACCEPTED) {
        throw new CaseworkException(Reason.WRONG_STATE, "Case " + number + " is " + row.status());
      }
      if (supplementOpen(number)) {
        throw new CaseworkException(Reason.SUPPLEMENT_PENDING, "Case " + number + " already waits for a supplement");
      }
      long earlier = jdbc.sql("select count(*) from casework_supplement where case_number = ?").param(number.value())
          .query(Long.class).single();
      if (earlier > 0 && (approvedBy == null
          || !StaffScope.check(approvedBy, Role.SUPERVISOR, RegionCode.of(row.region())).allowed())) {
        throw new CaseworkException(Reason.SECOND_NOTICE_NEEDS_APPROVAL,
            "A second supplement notice for case " + number + " needs a supervisor's approval");
      }
      jdbc.sql("""
              insert into casework_supplement (case_number, requested_by, requested_at, requested_on, missing, approved_by)
              values (?, ?, ?, ?, ?::jsonb, ?)""")
          .params(number.value(), clerk.username(), Timestamp.from(clock.instant()), today(),
              json.writeValueAsString(asked), earlier > 0 ? Objects.requireNonNull(approvedBy).username() : null)
          .update();
      trace(number, earlier > 0 ? "SECOND_SUPPLEMENT_REQUESTED" : "SUPPLEMENT_REQUESTED", clerk.username(),
          String.join("；", asked));
      events.publishEvent(new SupplementRequested(number, asked));
    });
  }

  @Override
  public void supply(CaseNumber number, Applicant applicant, Map<String, String> values, Set<String> provided) {
    transaction.executeWithoutResult(status -> {
      var row = lockCase(number);
      if (!row.applicantId().equals(id(applicant))) {
        throw new CaseworkException(Reason.NOT_FOUND, "No case " + number);
      }
      int supplied = jdbc.sql("""
              update casework_supplement set supplied_at = ?, supplied_on = ?
              where case_number = ? and supplied_at is null""")
          .params(Timestamp.from(clock.instant()), today(), number.value()).update();
      if (supplied == 0) {
        throw new CaseworkException(Reason.NOTHING_ASKED, "Nothing was asked of case " + number);
      }
      var applicationId = jdbc.sql("select application_id from casework_case where case_number = ?")
          .param(number.value()).query(UUID.class).single();
      var current = application(applicationId, applicant);
      store(applicationId, merge(current.values(), values), union(current.provided(), provided));
      trace(number, "SUPPLIED", "applicant", null);
    });
  }

  // ---------------------------------------------------------------- on behalf (代办)

  @Override
  public UUID startDraftOnBehalf(StaffMember staff, IdNumber citizen, String name, Subject subject, Answers answers,
      RegionCode region) {
    String who = name == null ? "" : name.strip();
    if (who.isEmpty() || who.length() > 50) {
      throw new IllegalArgumentException("The citizen's name has 1 to 50 characters");
    }
    boolean clerk = staff.has(Role.WINDOW_CLERK) && StaffScope.check(staff, Role.WINDOW_CLERK, region).allowed();
    boolean agent = !clerk && staff.has(Role.VILLAGE_AGENT)
        && staff.region().county().equals(region.county())
        && authorisations(citizen.value()).stream()
            .anyMatch(a -> a.agent().equals(staff.username()) && a.validOn(today()));
    if (!clerk && !agent) {
      throw new CaseworkException(Reason.FORBIDDEN, staff.username() + " may not apply for this citizen in " + region);
    }
    return startDraft(Applicant.citizen(0, citizen, who), subject, answers, region, "staff:" + staff.username());
  }

  @Override
  public Applicant onBehalf(UUID id, StaffMember staff) {
    return jdbc.sql("""
            select applicant_id, applicant_name from casework_application
            where id = ? and applicant_kind = 'CITIZEN' and created_by = ?""")
        .params(id, "staff:" + staff.username())
        .query((rs, n) -> Applicant.citizen(0, IdNumber.parse(rs.getString(1)), rs.getString(2)))
        .optional()
        .orElseThrow(() -> new CaseworkException(Reason.NOT_FOUND, "No application " + id));
  }

  @Override
  public Authorisation authorise(Applicant citizen, String agentUsername, LocalDate validUntil) {
    if (citizen.actsForEnterprise()) {
      throw new IllegalArgumentException("An enterprise's staff apply themselves");
    }
    var agent = accounts.findStaff(agentUsername == null ? "" : agentUsername.strip())
        .filter(s -> s.has(Role.VILLAGE_AGENT))
        .orElseThrow(() -> new IllegalArgumentException("No village agent " + agentUsername));
    var today = today();
    if (validUntil.isBefore(today) || validUntil.isAfter(today.plusYears(1))) {
      throw new IllegalArgumentException("An authorisation lasts from today up to a year");
    }
    var now = clock.instant();
    long id = jdbc.sql("""
            insert into casework_authorisation (citizen_id, agent, granted_at, valid_until) values (?, ?, ?, ?)
            returning id""")
        .params(citizen.idNumber(), agent.username(), Timestamp.from(now), validUntil).query(Long.class).single();
    return new Authorisation(id, agent.username(), now, validUntil, null);
  }

  @Override
  public void revokeAuthorisation(Applicant citizen, long id) {
    int changed = jdbc.sql("""
            update casework_authorisation set revoked_at = ? where id = ? and citizen_id = ? and revoked_at is null""")
        .params(Timestamp.from(clock.instant()), id, citizen.idNumber()).update();
    if (changed == 0) {
      throw new CaseworkException(Reason.NOT_FOUND, "No authorisation " + id);
    }
  }

  @Override
  public List<Authorisation> authorisations(Applicant citizen) {
    return authorisations(citizen.idNumber());
  }

  private List<Authorisation> authorisations(String citizenId) {
    return jdbc.sql("""
            select id, agent, granted_at, valid_until, revoked_at from casework_authorisation
            where citizen_id = ? order by id desc""")
        .param(citizenId)
        .query((rs, n) -> new Authorisation(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
            rs.getObject(4, LocalDate.class), rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
        .list();
  }

  // ---------------------------------------------------------------- delivery and withdrawal

  private static final List<DeliveryMethod> ONLINE = List.of(DeliveryMethod.ONLINE_ONLINE,
      DeliveryMethod.ONLINE_COLLECT, DeliveryMethod.ONLINE_COURIER);

  @Override
  public List<DeliveryMethod> deliveryOptions(UUID id, Applicant applicant) {
    return deliveryOptions(application(id, applicant));
  }

  List<DeliveryMethod> deliveryOptions(Application application) {
    var guide = guide(application.subject(), application.answers());
    var offered = new java.util.HashSet<DeliveryMethod>();
    if (guide.delivery() != null) {
      offered.addAll(guide.delivery().methods());
    } else {
      guide.items().forEach(step -> catalog.item(step.code()).ifPresent(i -> offered.addAll(i.deliveryMethods())));
    }
    var online = ONLINE.stream().filter(offered::contains).toList();
    return online.isEmpty() ? List.of(DeliveryMethod.ONLINE_COLLECT) : online;
  }

  @Override
  public void chooseDelivery(UUID id, Applicant applicant, DeliveryMethod method, @Nullable String address) {
    transaction.executeWithoutResult(status -> {
      var draft = lockDraft(id, applicant);
      if (draft.caseNumber() != null) {
        throw new CaseworkException(Reason.NOT_A_DRAFT, "Application " + id + " is submitted");
      }
      if (!deliveryOptions(draft).contains(method)) {
        throw new IllegalArgumentException("Delivery " + method + " is not offered for " + draft.subject());
      }
      String where = address == null ? null : address.strip();
      if (method == DeliveryMethod.ONLINE_COURIER && (where == null || where.isEmpty() || where.length() > 200)) {
        throw new IllegalArgumentException("A courier delivery needs an address of at most 200 characters");
      }
      jdbc.sql("update casework_application set delivery = ?, delivery_address = ?, updated_at = ? where id = ?")
          .params(method.name(), method == DeliveryMethod.ONLINE_COURIER ? where : null,
              Timestamp.from(clock.instant()), id)
          .update();
    });
  }

  /** The chosen delivery of a case's application, or the first offered. */
  Map.Entry<DeliveryMethod, Optional<String>> deliveryOf(CaseNumber number) {
    var row = jdbc.sql("""
            select a.id, a.delivery, a.delivery_address from casework_case c join casework_application a
              on a.id = c.application_id where c.case_number = ?""")
        .param(number.value())
        .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)}).single();
    if (row[1] != null) {
      return Map.entry(DeliveryMethod.valueOf((String) row[1]), Optional.ofNullable((String) row[2]));
    }
    return Map.entry(deliveryOptions(applicationRow((UUID) row[0])).getFirst(), Optional.empty());
  }

  @Override
  public void withdraw(CaseNumber number, Applicant applicant, String reason) {
    String why = reason == null || reason.isBlank() ? "申请人撤回" : reason.strip();
    if (why.length() > 500) {
      throw new IllegalArgumentException("A reason has at most 500 characters");
    }
    transaction.executeWithoutResult(status -> {
      var row = lockCase(number);
      if (!row.applicantId().equals(id(applicant))) {
        throw new CaseworkException(Reason.NOT_FOUND, "No case " + number);
      }
      if (row.status() != CaseView.Status.SUBMITTED && row.status() != CaseView.Status.ACCEPTED) {
        throw new CaseworkException(Reason.WRONG_STATE, "Case " + number + " is " + row.status());
      }
      jdbc.sql("""
              update casework_case set status = 'WITHDRAWN', withdrawn_reason = ?, completed_at = ?
              where case_number = ?""")
          .params(why, Timestamp.from(clock.instant()), number.value()).update();
      jdbc.sql("update casework_supplement set supplied_at = ?, supplied_on = ? where case_number = ? and supplied_at is null")
          .params(Timestamp.from(clock.instant()), today(), number.value()).update();
      trace(number, "WITHDRAWN", "applicant", why);
      events.publishEvent(new CaseWithdrawn(number, why));
    });
  }

  @Override
  public CaseDetails details(CaseNumber number, Applicant applicant) {
    view(number, applicant);
    return details(number);
  }

  @Override
  public CaseDetails details(CaseNumber number, StaffMember staff) {
    view(number, staff);
    return details(number);
  }

  CaseDetails details(CaseNumber number) {
    var materials = jdbc.sql("select material, name, way, detail from casework_case_material where case_number = ?")
        .param(number.value())
        .query((rs, n) -> new MaterialCheck(rs.getString(1), rs.getString(2), MaterialCheck.Way.valueOf(rs.getString(3)),
            rs.getString(4)))
        .list();
    var licences = jdbc.sql("""
            select item, type, licence_number from casework_case_licence where case_number = ? order by issued_at""")
        .param(number.value())
        .query((rs, n) -> new CaseDetails.IssuedLicence(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    var delivery = jdbc.sql("select method, pickup_code, tracking, address, at from casework_delivery where case_number = ?")
        .param(number.value())
        .query((rs, n) -> new CaseDetails.Delivery(DeliveryMethod.valueOf(rs.getString(1)), rs.getString(2),
            rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()))
        .optional().orElse(null);
    var notices = jdbc.sql("select text, sms_sent, at from casework_notice where case_number = ? order by id")
        .param(number.value())
        .query((rs, n) -> new CaseDetails.SentNotice(rs.getString(1), rs.getBoolean(2), rs.getTimestamp(3).toInstant()))
        .list();
    var application = jdbc.sql("select application_id from casework_case where case_number = ?").param(number.value())
        .query(UUID.class).single();
    return new CaseDetails(application, materials, licences, delivery, notices);
  }

  /** The number the applicant left for this case (typed contact phone, else his registered mobile). */
  @Nullable String mobileOf(CaseNumber number) {
    var form = valuesOf(number);
    String typed = form.application().values().get("contactPhone");
    if (typed != null && FieldValues.valid(org.onevisit.catalog.FieldType.PHONE, typed) && typed.startsWith("1")) {
      return typed;
    }
    return form.prefilled().stream().filter(p -> p.element().equals("person.mobile") && p.value() != null)
        .map(Prefilled::value).findFirst().orElse(null);
  }

  // ---------------------------------------------------------------- reading

  @Override
  public CaseView view(CaseNumber number, Applicant applicant) {
    return views("where c.case_number = ? and c.applicant_id = ?", number.value(), id(applicant)).stream().findFirst()
        .orElseThrow(() -> new CaseworkException(Reason.NOT_FOUND, "No case " + number));
  }

  @Override
  public CaseView view(CaseNumber number, StaffMember staff) {
    var view = view(number);
    boolean allowed = java.util.stream.Stream.of(Role.WINDOW_CLERK, Role.APPROVER, Role.SUPERVISOR)
        .anyMatch(role -> StaffScope.check(staff, role, number.region()).allowed());
    if (!allowed) {
      throw new CaseworkException(Reason.FORBIDDEN, "Case " + number + " is outside " + staff.username() + "'s scope");
    }
    return view;
  }

  /** A case without any check, for this module's listeners. */
  CaseView view(CaseNumber number) {
    return views("where c.case_number = ?", number.value()).stream().findFirst()
        .orElseThrow(() -> new CaseworkException(Reason.NOT_FOUND, "No case " + number));
  }

  @Override
  public List<CaseView> cases(Applicant applicant) {
    return views("where c.applicant_id = ? order by c.submitted_at desc", id(applicant));
  }

  @Override
  public List<CaseView> supervision(StaffMember supervisor) {
    if (!supervisor.has(Role.SUPERVISOR)) {
      return List.of();
    }
    return urgent(supervisor.region().prefix());
  }

  /** Accepted cases under the region prefix whose deadline warns or is overdue, most overdue first. */
  List<CaseView> urgent(String regionPrefix) {
    return views("where c.status = 'ACCEPTED' and c.region like ? order by c.accepted_on", regionPrefix + "%").stream()
        .filter(v -> v.deadline() != null && (v.deadline().state() == Deadline.State.OVERDUE
            || v.deadline().state() == Deadline.State.WARNING))
        .sorted(java.util.Comparator.comparingInt(v -> v.deadline().workingDaysLeft()))
        .toList();
  }

  @Override
  public List<CaseView> acceptanceQueue(StaffMember clerk) {
    if (!clerk.has(Role.WINDOW_CLERK)) {
      return List.of();
    }
    return views("where c.status = 'SUBMITTED' and c.region like ? order by c.submitted_at",
        clerk.region().prefix() + "%");
  }

  /** The cases the condition selects, with their items, notices and steps loaded in one query each. */
  private List<CaseView> views(String where, Object... params) {
    var rows = jdbc.sql("""
            select c.case_number, c.title, c.applicant_name, c.status, c.submitted_at, c.accepted_on, c.refusal
            from casework_case c""" + " " + where)
        .params(params)
        .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getTimestamp(5).toInstant(), rs.getObject(6, LocalDate.class), rs.getString(7)})
        .list();
    if (rows.isEmpty()) {
      return List.of();
    }
    String[] numbers = rows.stream().map(r -> (String) r[0]).toArray(String[]::new);
    var items = new LinkedHashMap<String, List<CaseView.CaseItem>>();
    jdbc.sql("""
            select case_number, item, item_name, department_code, committed_days, outcome, reason
            from casework_case_item where case_number = any(?) order by case_number, item""")
        .param(numbers)
        .query((rs, n) -> Map.entry(rs.getString(1), new CaseView.CaseItem(rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getInt(5), rs.getString(6) == null ? null : "APPROVED".equals(rs.getString(6)),
            rs.getString(7))))
        .list().forEach(e -> items.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    var supplements = new LinkedHashMap<String, List<CaseView.Supplement>>();
    jdbc.sql("""
            select case_number, requested_on, missing::text, requested_by, approved_by, supplied_on
            from casework_supplement where case_number = any(?) order by id""")
        .param(numbers)
        .query((rs, n) -> Map.entry(rs.getString(1), new CaseView.Supplement(rs.getObject(2, LocalDate.class),
            json.readValue(rs.getString(3), LIST), rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class))))
        .list().forEach(e -> supplements.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    var steps = new LinkedHashMap<String, List<CaseView.Step>>();
    jdbc.sql("select case_number, at, action, actor, detail from casework_trace where case_number = any(?) order by id")
        .param(numbers)
        .query((rs, n) -> Map.entry(rs.getString(1), new CaseView.Step(rs.getTimestamp(2).toInstant(), rs.getString(3),
            rs.getString(4), rs.getString(5))))
        .list().forEach(e -> steps.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    var today = today();
    var out = new ArrayList<CaseView>();
    for (var r : rows) {
      String number = (String) r[0];
      var caseItems = items.getOrDefault(number, List.of());
      var notices = supplements.getOrDefault(number, List.of());
      LocalDate acceptedOn = (LocalDate) r[5];
      Deadline deadline = null;
      if (acceptedOn != null) {
        int committed = caseItems.stream().mapToInt(CaseView.CaseItem::committedDays).max().orElse(0);
        var stops = notices.stream().filter(s -> !s.requestedOn().isBefore(acceptedOn))
            .map(s -> new Deadline.ClockStop(s.requestedOn(), s.suppliedOn())).toList();
        deadline = Deadline.of(days, acceptedOn, committed, stops, today);
      }
      out.add(new CaseView(CaseNumber.of(number), (String) r[1], (String) r[2], CaseView.Status.valueOf((String) r[3]),
          (java.time.Instant) r[4], acceptedOn, deadline, (String) r[6], caseItems, notices,
          steps.getOrDefault(number, List.of())));
    }
    return out;
  }

  void trace(CaseNumber number, String action, String actor, @Nullable String detail) {
    jdbc.sql("insert into casework_trace (case_number, action, actor, at, detail) values (?, ?, ?, ?, ?)")
        .params(number.value(), action, actor, Timestamp.from(clock.instant()), detail).update();
  }
}
