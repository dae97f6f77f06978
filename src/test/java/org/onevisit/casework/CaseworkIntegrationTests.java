package org.onevisit.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.approval.ApprovalProcesses;
import org.onevisit.approval.Decision;
import org.onevisit.casework.Casework.Subject;
import org.onevisit.casework.CaseworkException.Reason;
import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.CatalogAdministration;
import org.onevisit.catalog.CatalogDocuments;
import org.onevisit.catalog.CatalogFixtures;
import org.onevisit.catalog.CatalogTestData;
import org.onevisit.identity.Applicant;
import org.onevisit.identity.IdentityFixtures;
import org.onevisit.identity.Role;
import org.onevisit.identity.StaffMember;
import org.onevisit.organisation.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The case loop on the real database, catalog and process engine: submit once, accept, supplement, decide, complete. */
@SpringBootTest
@ActiveProfiles("test")
class CaseworkIntegrationTests {

  static final RegionCode QINGYUAN = RegionCode.of("331126");
  static final AtomicLong IDS = new AtomicLong(9_000);

  @Autowired Casework casework;
  @Autowired ApprovalProcesses approval;
  @Autowired CatalogAdministration admin;
  @Autowired Catalog catalog;

  /** The father of a newly registered usual family (see {@link Families}). */
  static Applicant citizen() {
    return Families.father();
  }

  /** A citizen the population library does not know. */
  static Applicant stranger() {
    return Applicant.citizen(IDS.incrementAndGet(), IdentityFixtures.anyIdNumber(), "叶晓燕");
  }

  static StaffMember staff(String department, String region, Role role) {
    return new StaffMember(IDS.incrementAndGet(), role.name().toLowerCase() + IDS.get(), "王芳", department, region,
        Set.of(role));
  }

  static final StaffMember CLERK = staff("331126-PSB", "331126", Role.WINDOW_CLERK);
  static final StaffMember SUPERVISOR = staff("331126-PSB", "331126", Role.SUPERVISOR);
  static final StaffMember LONGQUAN_CLERK = staff("331181-PSB", "331181", Role.WINDOW_CLERK);

  @Autowired org.onevisit.sharing.PopulationLibrary population;
  @Autowired org.onevisit.licence.Licences licences;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @BeforeEach
  void catalog() {
    CatalogTestData.publishBirthBundle(admin, catalog);
    Families.use(population, licences, jdbc, catalog);
  }

  static final Map<String, String> TYPED = Map.of("newbornName", "叶小米", "newbornEthnicity", "汉族",
      "contactPhone", "13800000000", "registerWith", "随父", "relationToHead", "孙女", "contributionTier", "一档",
      "cardBank", "农业银行", "postalAddress", "庆元县松源街道 1 号", "deductionShare", "100%",
      "birthLength", "50");

  UUID draft(Applicant applicant) {
    return casework.startDraft(applicant, Subject.bundle("YJS-CS"), CatalogFixtures.MARRIED_WITH_CARD, QINGYUAN,
        "self");
  }

  @Test
  void anIncompleteApplicationListsEverythingMissingAndStaysADraft() {
    var applicant = citizen();
    var id = draft(applicant);

    assertThatThrownBy(() -> casework.submit(id, applicant))
        .isInstanceOfSatisfying(CaseworkException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.INCOMPLETE);
          assertThat(e.missing()).as("what the usual family types and brings; birthLength is held by no library")
              .containsExactlyInAnyOrder("field:newbornName", "field:newbornEthnicity", "field:contactPhone",
                  "field:registerWith", "field:relationToHead", "field:contributionTier", "field:cardBank",
                  "field:postalAddress", "field:deductionShare", "field:birthLength", "material:photo");
        });
    assertThat(casework.application(id, applicant).caseNumber()).isNull();
  }

  @Autowired java.util.List<org.onevisit.sharing.PurposeVerifier> verifiers;

  @Test
  void aSharedDataReadForACaseIsConfirmedOnlyForItsApplicantItsDepartmentAndWhileItIsLive() {
    var applicant = citizen();
    var id = draft(applicant);
    casework.fill(id, applicant, TYPED, Set.of("photo"));
    var number = casework.submit(id, applicant);
    var verifier = verifiers.stream().filter(v -> v.getClass().getSimpleName().equals("LiveCases")).findFirst()
        .orElseThrow();
    var subject = org.onevisit.sharing.Subject.person(applicant.person());
    var psb = new org.onevisit.sharing.Consumer("331126-PSB", "staff:test");
    var purpose = new org.onevisit.sharing.Purpose("CS-02", number.value());

    assertThat(verifier.verify(psb, subject, purpose)).isEqualTo(org.onevisit.sharing.PurposeVerifier.Verdict.CONFIRMED);
    assertThat(verifier.verify(new org.onevisit.sharing.Consumer("331181-PSB", "staff:x"), subject, purpose))
        .isEqualTo(org.onevisit.sharing.PurposeVerifier.Verdict.NOT_CONFIRMED);
    assertThat(verifier.verify(psb, org.onevisit.sharing.Subject.person(IdentityFixtures.anyIdNumber()), purpose))
        .isEqualTo(org.onevisit.sharing.PurposeVerifier.Verdict.NOT_CONFIRMED);
    assertThat(verifier.verify(psb, subject, new org.onevisit.sharing.Purpose("CS-03", number.value())))
        .as("another department's item").isEqualTo(org.onevisit.sharing.PurposeVerifier.Verdict.NOT_CONFIRMED);
    assertThat(verifier.verify(psb, subject, new org.onevisit.sharing.Purpose("CS-02", "LIVE-1")))
        .isEqualTo(org.onevisit.sharing.PurposeVerifier.Verdict.ABSTAIN);

    casework.refuse(number, CLERK, "不符合受理条件");
    assertThat(verifier.verify(psb, subject, purpose)).as("closed case")
        .isEqualTo(org.onevisit.sharing.PurposeVerifier.Verdict.NOT_CONFIRMED);
  }

  @Test
  void aValueOfTheWrongFormatIsReportedAndKept() {
    var item = CatalogFixtures.item().field(new org.onevisit.catalog.FormField("mobile", "联系电话",
        org.onevisit.catalog.FormField.Binding.freeInput("以申请时为准"), org.onevisit.catalog.FieldType.PHONE, true,
        false, org.onevisit.catalog.Condition.always())).build();
    admin.importDocument(CatalogDocuments.write(List.of(item), List.of()), true, "test");
    Families.grantAll(jdbc, catalog, QINGYUAN);
    var applicant = citizen();
    var id = casework.startDraft(applicant, Subject.item(item.code().value()), org.onevisit.catalog.Answers.none(),
        QINGYUAN, "self");
    casework.fill(id, applicant, Map.of("purpose", "出国", "mobile", "12345"), Set.of("application"));

    assertThatThrownBy(() -> casework.submit(id, applicant))
        .isInstanceOfSatisfying(CaseworkException.class, e -> assertThat(e.missing()).containsExactly(
            "invalid:mobile"));
    assertThat(casework.application(id, applicant).values()).containsEntry("mobile", "12345");
    casework.fill(id, applicant, Map.of("mobile", "0578-6123456"), Set.of());
    assertThat(casework.submit(id, applicant).value()).startsWith("331126-");
  }

  @Test
  void aDoubleSubmissionMakesOneCase() throws Exception {
    var applicant = citizen();
    var id = draft(applicant);
    casework.fill(id, applicant, TYPED, Set.of("photo"));

    try (var pool = Executors.newFixedThreadPool(4)) {
      Callable<CaseNumber> submit = () -> casework.submit(id, applicant);
      var numbers = pool.invokeAll(List.of(submit, submit, submit, submit)).stream().map(f -> {
        try {
          return f.get();
        } catch (Exception e) {
          throw new AssertionError(e);
        }
      }).distinct().toList();
      assertThat(numbers).hasSize(1);
      assertThat(numbers.getFirst().value()).startsWith("331126-");
    }
    assertThat(casework.cases(applicant)).hasSize(1);
  }

  @Test
  void someoneElsesDraftAndCaseAreNotFound() {
    var applicant = citizen();
    var id = draft(applicant);
    casework.fill(id, applicant, TYPED, Set.of("photo"));
    var number = casework.submit(id, applicant);

    assertThatThrownBy(() -> casework.application(id, citizen()))
        .isInstanceOfSatisfying(CaseworkException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
    assertThatThrownBy(() -> casework.view(number, citizen()))
        .isInstanceOfSatisfying(CaseworkException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
    assertThatThrownBy(() -> casework.accept(number, LONGQUAN_CLERK))
        .isInstanceOfSatisfying(CaseworkException.class, e -> assertThat(e.reason()).isEqualTo(Reason.FORBIDDEN));
    assertThatThrownBy(() -> casework.supply(number, applicant, Map.of(), Set.of()))
        .isInstanceOfSatisfying(CaseworkException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOTHING_ASKED));
  }

  @Test
  void theBirthBundleGoesFromSubmissionThroughOneSupplementToCompletion() throws Exception {
    var applicant = citizen();
    var id = draft(applicant);
    casework.fill(id, applicant, TYPED, Set.of("photo"));
    assertThat(casework.deliveryOptions(id, applicant)).containsExactly(org.onevisit.catalog.DeliveryMethod.ONLINE_ONLINE,
        org.onevisit.catalog.DeliveryMethod.ONLINE_COURIER);
    assertThatThrownBy(() -> casework.chooseDelivery(id, applicant, org.onevisit.catalog.DeliveryMethod.ONLINE_COURIER,
        " ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> casework.chooseDelivery(id, applicant, org.onevisit.catalog.DeliveryMethod.ONLINE_COLLECT,
        null)).as("not offered").isInstanceOf(IllegalArgumentException.class);
    casework.chooseDelivery(id, applicant, org.onevisit.catalog.DeliveryMethod.ONLINE_COURIER, "庆元县松源街道 1 号");
    var number = casework.submit(id, applicant);
    assertThat(casework.acceptanceQueue(CLERK)).extracting(CaseView::number).contains(number);

    casework.requestSupplement(number, CLERK, List.of("新生儿照片不清晰，请重新上传"), null);
    assertThatThrownBy(() -> casework.accept(number, CLERK))
        .isInstanceOfSatisfying(CaseworkException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.SUPPLEMENT_PENDING));
    casework.supply(number, applicant, Map.of(), Set.of("photo"));
    assertThatThrownBy(() -> casework.requestSupplement(number, CLERK, List.of("再补一张"), null))
        .isInstanceOfSatisfying(CaseworkException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.SECOND_NOTICE_NEEDS_APPROVAL));
    casework.accept(number, CLERK);
    var before = licences.heldBy(org.onevisit.licence.HolderKind.PERSON, applicant.person().value()).stream()
        .map(org.onevisit.licence.Licence::number).collect(java.util.stream.Collectors.toSet());

    var accepted = casework.view(number, applicant);
    assertThat(accepted.status()).isEqualTo(CaseView.Status.ACCEPTED);
    assertThat(accepted.deadline()).isNotNull();
    assertThat(accepted.items()).hasSize(5);

    // the back office starts by event, after the acceptance committed; decide every task until none is left
    var departments = Map.of("HC", "331126-HC", "PSB", "331126-PSB", "MIB", "331126-MIB", "HRSS", "331126-HRSS",
        "TAX", "331126-TAX");
    var approvers = new HashMap<String, StaffMember>();
    departments.forEach((k, d) -> approvers.put(k, staff(d, "331126", Role.APPROVER)));
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (casework.view(number, applicant).status() == CaseView.Status.ACCEPTED && System.nanoTime() < deadline) {
      boolean decided = false;
      for (var approver : approvers.values()) {
        for (var task : approval.inbox(approver)) {
          if (task.caseRef().equals(number.value())) {
            approval.decide(task.id(), approver, task.item().equals("CS-05") && task.step().equals("decide")
                ? new Decision.Refuse("纳税人信息不符") : new Decision.Approve(""));
            decided = true;
          }
        }
      }
      if (!decided) {
        Thread.sleep(100);
      }
    }

    var done = casework.view(number, applicant);
    assertThat(done.status()).isEqualTo(CaseView.Status.PARTIALLY_COMPLETED);
    assertThat(done.items()).filteredOn(i -> i.item().equals("CS-05")).singleElement()
        .satisfies(i -> assertThat(i.reason()).isEqualTo("纳税人信息不符"));
    assertThat(done.items()).filteredOn(i -> !i.item().equals("CS-05")).allSatisfy(i -> assertThat(i.approved()).isTrue());
    assertThat(done.steps()).extracting(CaseView.Step::action).containsSubsequence("SUBMITTED",
        "SUPPLEMENT_REQUESTED", "SUPPLIED", "ACCEPTED", "BACK_OFFICE_STARTED", "PARTIALLY_COMPLETED");

    // the approved items' licences are in the applicant's wallet, signed by the deciding departments, and usable
    var holder = applicant.person().value();
    var wallet = new java.util.ArrayList<org.onevisit.licence.Licence>();
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < until) {
      wallet.clear();
      wallet.addAll(licences.heldBy(org.onevisit.licence.HolderKind.PERSON, holder).stream()
          .filter(l -> l.departmentCode().startsWith("331126-") && !before.contains(l.number())).toList());
      if (wallet.size() >= 3) {
        break;
      }
      Thread.sleep(100);
    }
    assertThat(wallet).extracting(l -> l.type().code()).containsExactlyInAnyOrder("birth-medical-certificate",
        "household-register", "social-security-card");
    var certificate = wallet.stream().filter(l -> l.type().code().equals("birth-medical-certificate")).findFirst()
        .orElseThrow();
    assertThat(certificate.fields()).containsEntry("childName", "叶小米").containsEntry("sex", "女")
        .containsEntry("birthDate", "2026-11-26").containsEntry("birthPlace", "庆元县人民医院");
    assertThat(certificate.departmentCode()).isEqualTo("331126-HC");
    var card = wallet.stream().filter(l -> l.type().code().equals("social-security-card")).findFirst().orElseThrow();
    var childId = org.onevisit.identity.IdNumber.parse(card.fields().get("idNumber"));
    assertThat(childId.birthDate()).isEqualTo(java.time.LocalDate.of(2026, 11, 26));
    assertThat(childId.sex()).isEqualTo(org.onevisit.identity.IdNumber.Sex.FEMALE);
    assertThat(licences.usable(org.onevisit.licence.HolderKind.PERSON, holder,
        org.onevisit.licence.LicenceDefinitions.HOUSEHOLD_REGISTER)).isNotEmpty();
    assertThat(casework.view(number, applicant).steps()).extracting(CaseView.Step::action)
        .contains("LICENCE_ISSUED").doesNotContain("LICENCE_NOT_ISSUED");

    // the delivery plan was carried out once and the applicant was told at each step
    var details = awaitDetails(number, applicant, d -> d.delivery() != null && d.notices().size() >= 3);
    assertThat(details.delivery().method()).isEqualTo(org.onevisit.catalog.DeliveryMethod.ONLINE_COURIER);
    assertThat(details.delivery().tracking()).startsWith("OV");
    assertThat(details.delivery().address()).isEqualTo("庆元县松源街道 1 号");
    assertThat(details.notices()).extracting(CaseDetails.SentNotice::text).anySatisfy(t -> assertThat(t)
        .contains("已提交", number.value())).anySatisfy(t -> assertThat(t).contains("需要补正", "新生儿照片"))
        .anySatisfy(t -> assertThat(t).contains("已办结", details.delivery().tracking(), "纳税人信息不符"));
    assertThat(details.notices()).allSatisfy(n -> assertThat(n.bySms()).as("to the typed contact phone").isTrue());
    assertThat(details.materials()).extracting(MaterialCheck::material, MaterialCheck::way).contains(
        org.assertj.core.groups.Tuple.tuple("marriageCertificate", MaterialCheck.Way.LICENCE),
        org.assertj.core.groups.Tuple.tuple("householdRegister", MaterialCheck.Way.LICENCE),
        org.assertj.core.groups.Tuple.tuple("deliveryRecord", MaterialCheck.Way.SHARED_DATA),
        org.assertj.core.groups.Tuple.tuple("photo", MaterialCheck.Way.UPLOADED));
    assertThat(details.licences()).hasSize(3);
  }

  CaseDetails awaitDetails(CaseNumber number, Applicant applicant, java.util.function.Predicate<CaseDetails> until)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    var details = casework.details(number, applicant);
    while (!until.test(details) && System.nanoTime() < deadline) {
      Thread.sleep(100);
      details = casework.details(number, applicant);
    }
    return details;
  }

  @Test
  void aCaseWithdrawnBeforeAcceptanceIsToldSoAndCannotBeAccepted() throws Exception {
    var applicant = citizen();
    var id = draft(applicant);
    casework.fill(id, applicant, TYPED, Set.of("photo"));
    var number = casework.submit(id, applicant);

    casework.withdraw(number, applicant, "");

    assertThat(casework.view(number, applicant).status()).isEqualTo(CaseView.Status.WITHDRAWN);
    assertThat(awaitDetails(number, applicant, d -> d.notices().size() >= 2).notices())
        .extracting(CaseDetails.SentNotice::text).anySatisfy(t -> assertThat(t).contains("撤回"));
    assertThatThrownBy(() -> casework.accept(number, CLERK))
        .isInstanceOfSatisfying(CaseworkException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_STATE));
    assertThat(approval.status(number.value())).as("no back office for it").isEmpty();
  }

  @Test
  void theApplicantWithdrawsAndTheBackOfficeStops() throws Exception {
    var applicant = citizen();
    var id = draft(applicant);
    casework.fill(id, applicant, TYPED, Set.of("photo"));
    var number = casework.submit(id, applicant);
    casework.accept(number, CLERK);
    var health = staff("331126-HC", "331126", Role.APPROVER);
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (approval.inbox(health).stream().noneMatch(t -> t.caseRef().equals(number.value()))
        && System.nanoTime() < until) {
      Thread.sleep(100);
    }
    var task = approval.inbox(health).stream().filter(t -> t.caseRef().equals(number.value())).findFirst().orElseThrow();

    assertThatThrownBy(() -> casework.withdraw(number, citizen(), "不办了"))
        .isInstanceOfSatisfying(CaseworkException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
    casework.withdraw(number, applicant, "孩子随母落户外省");

    assertThat(casework.view(number, applicant).status()).isEqualTo(CaseView.Status.WITHDRAWN);
    assertThatThrownBy(() -> casework.withdraw(number, applicant, "again"))
        .isInstanceOfSatisfying(CaseworkException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_STATE));
    until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (approval.inbox(health).stream().anyMatch(t -> t.caseRef().equals(number.value()))
        && System.nanoTime() < until) {
      Thread.sleep(100);
    }
    assertThat(approval.inbox(health)).noneMatch(t -> t.caseRef().equals(number.value()));
    assertThatThrownBy(() -> approval.decide(task.id(), health, new Decision.Approve("")))
        .as("deciding after withdrawal").isInstanceOf(RuntimeException.class);
    assertThat(awaitDetails(number, applicant, d -> d.notices().size() >= 2).notices())
        .extracting(CaseDetails.SentNotice::text).anySatisfy(t -> assertThat(t).contains("撤回"));
    var verifier = verifiers.stream().filter(v -> v.getClass().getSimpleName().equals("LiveCases")).findFirst()
        .orElseThrow();
    assertThat(verifier.verify(new org.onevisit.sharing.Consumer("331126-HC", "staff:x"),
        org.onevisit.sharing.Subject.person(applicant.person()), new org.onevisit.sharing.Purpose("CS-01", number.value())))
        .as("no reads for a withdrawn case").isEqualTo(org.onevisit.sharing.PurposeVerifier.Verdict.NOT_CONFIRMED);
  }

  @Autowired org.onevisit.TestClock.MutableClock clock;
  @Autowired org.onevisit.casework.internal.OverdueWatch overdue;

  @Test
  void anOverdueCaseIsReportedOnceAndListedForSupervisors() throws Exception {
    var applicant = citizen();
    var id = draft(applicant);
    casework.fill(id, applicant, TYPED, Set.of("photo"));
    var number = casework.submit(id, applicant);
    casework.accept(number, CLERK);
    try {
      clock.advance(Duration.ofDays(60));

      assertThat(casework.view(number, applicant).deadline().state()).isEqualTo(Deadline.State.OVERDUE);
      assertThat(overdue.check()).isGreaterThanOrEqualTo(1);
      assertThat(overdue.check()).as("reported once").isZero();
      assertThat(casework.supervision(SUPERVISOR)).extracting(CaseView::number).contains(number);
      assertThat(casework.supervision(staff("331181-PSB", "331181", Role.SUPERVISOR))).extracting(CaseView::number)
          .doesNotContain(number);
      assertThat(casework.view(number, applicant).steps()).extracting(CaseView.Step::action).contains("OVERDUE");
    } finally {
      clock.reset();
    }
  }

  @Test
  void aTrustFirstItemIsAcceptedAtOnceAndASecondNoticeNeedsASupervisor() throws Exception {
    var item = CatalogFixtures.item().trustFirst(true).build();
    admin.importDocument(CatalogDocuments.write(List.of(item), List.of()), true, "test");
    Families.grantAll(jdbc, catalog, QINGYUAN);
    var applicant = citizen();
    var id = casework.startDraft(applicant, Subject.item(item.code().value()), org.onevisit.catalog.Answers.none(),
        QINGYUAN, "self");
    casework.fill(id, applicant, Map.of("purpose", "出国"), Set.of("application"));

    var number = casework.submit(id, applicant);

    assertThat(casework.view(number, applicant).status()).isEqualTo(CaseView.Status.ACCEPTED);
    casework.requestSupplement(number, CLERK, List.of("申请书未签名"), null);
    assertThat(casework.view(number, applicant).deadline().state()).isEqualTo(Deadline.State.STOPPED);
    casework.supply(number, applicant, Map.of(), Set.of("application"));
    casework.requestSupplement(number, CLERK, List.of("申请书签名与身份证不符"), SUPERVISOR);

    var view = casework.view(number, applicant);
    assertThat(view.supplements()).hasSize(2);
    assertThat(view.supplements().get(1).approvedBy()).isEqualTo(SUPERVISOR.username());
    assertThat(view.steps()).extracting(CaseView.Step::action).contains("ACCEPTED_ON_TRUST",
        "SECOND_SUPPLEMENT_REQUESTED");
  }

  @Autowired org.onevisit.identity.Accounts accounts;

  @Test
  void aClerkAppliesForACitizenAndAnAgentOnlyWithHisAuthorisation() {
    var citizen = citizen();
    var id = org.onevisit.identity.IdNumber.parse(citizen.idNumber());
    var answers = CatalogFixtures.MARRIED_WITH_CARD;

    var draft = casework.startDraftOnBehalf(CLERK, id, "吴建国", Subject.bundle("YJS-CS"), answers, QINGYUAN);
    var forHim = casework.onBehalf(draft, CLERK);
    assertThat(casework.form(draft, forHim).prefilled()).as("pre-filled for the citizen, not the clerk")
        .filteredOn(p -> p.field().equals("motherName")).singleElement()
        .satisfies(p -> assertThat(p.value()).isEqualTo("叶晓红"));
    casework.fill(draft, forHim, TYPED, Set.of("photo"));
    var number = casework.submit(draft, forHim);
    assertThat(casework.cases(citizen)).extracting(CaseView::number).as("the citizen sees it").contains(number);
    assertThat(casework.view(number, citizen).steps()).first()
        .satisfies(s -> assertThat(s.actor()).isEqualTo("staff:" + CLERK.username()));
    assertThatThrownBy(() -> casework.onBehalf(draft, staff("331126-PSB", "331126", Role.WINDOW_CLERK)))
        .as("another clerk's draft").isInstanceOfSatisfying(CaseworkException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
    assertThatThrownBy(() -> casework.startDraftOnBehalf(LONGQUAN_CLERK, id, "吴建国", Subject.bundle("YJS-CS"),
        answers, QINGYUAN)).as("outside his region").isInstanceOfSatisfying(CaseworkException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.FORBIDDEN));
    assertThatThrownBy(() -> casework.startDraftOnBehalf(staff("331126-HC", "331126", Role.APPROVER), id, "吴建国",
        Subject.bundle("YJS-CS"), answers, QINGYUAN)).as("an approver").isInstanceOf(CaseworkException.class);

    String agentName = "agent" + IDS.incrementAndGet();
    accounts.createStaff(new org.onevisit.identity.Accounts.NewStaff(agentName, "练春花", "Agent-2026!x", "331126-AMR",
        RegionCode.of("331126101"), Set.of(Role.VILLAGE_AGENT)));
    var agent = accounts.findStaff(agentName).orElseThrow();
    assertThatThrownBy(() -> casework.startDraftOnBehalf(agent, id, "吴建国", Subject.bundle("YJS-CS"), answers,
        QINGYUAN)).as("no authorisation").isInstanceOfSatisfying(CaseworkException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.FORBIDDEN));
    assertThatThrownBy(() -> casework.authorise(citizen, CLERK.username(), java.time.LocalDate.now(org.onevisit.platform.ChinaTime.ZONE).plusDays(30)))
        .as("only a village agent").isInstanceOf(IllegalArgumentException.class);
    var authorisation = casework.authorise(citizen, agentName, java.time.LocalDate.now(org.onevisit.platform.ChinaTime.ZONE).plusDays(30));
    var byAgent = casework.startDraftOnBehalf(agent, id, "吴建国", Subject.bundle("YJS-CS"), answers, QINGYUAN);
    assertThat(casework.application(byAgent, citizen).caseNumber()).isNull();
    casework.revokeAuthorisation(citizen, authorisation.id());
    assertThatThrownBy(() -> casework.startDraftOnBehalf(agent, id, "吴建国", Subject.bundle("YJS-CS"), answers,
        QINGYUAN)).as("revoked").isInstanceOf(CaseworkException.class);
    assertThatThrownBy(() -> casework.revokeAuthorisation(citizen(), authorisation.id()))
        .as("someone else's").isInstanceOf(CaseworkException.class);
  }

  @Autowired org.onevisit.sharing.DataQuality quality;

  @Test
  void aCorrectedPrefilledValueIsKeptAndReportedToItsSourceAndOthersCannotBeOverwritten() {
    var item = CatalogFixtures.item().field(new org.onevisit.catalog.FormField("address", "居住地址",
        org.onevisit.catalog.FormField.Binding.to("person.address"), org.onevisit.catalog.FieldType.TEXT, true, true,
        org.onevisit.catalog.Condition.always())).build();
    admin.importDocument(CatalogDocuments.write(List.of(item), List.of()), true, "test");
    Families.grantAll(jdbc, catalog, QINGYUAN);
    var applicant = citizen();
    var id = casework.startDraft(applicant, Subject.item(item.code().value()), org.onevisit.catalog.Answers.none(),
        QINGYUAN, "self");
    var before = casework.form(id, applicant);
    var address = before.prefilled().stream().filter(p -> p.field().equals("address")).findFirst().orElseThrow();
    assertThat(address.state()).isEqualTo(Prefilled.State.SERVED);
    assertThat(before.correctable(address)).isTrue();

    casework.fill(id, applicant, Map.of("address", "庆元县松源街道新建路 8 号", "name", "别人的名字", "purpose", "出国"),
        Set.of("application"));

    var after = casework.form(id, applicant);
    var corrected = after.prefilled().stream().filter(p -> p.field().equals("address")).findFirst().orElseThrow();
    assertThat(after.correction(corrected)).isEqualTo("庆元县松源街道新建路 8 号");
    assertThat(casework.application(id, applicant).values()).as("a field the catalog does not let him correct")
        .doesNotContainKey("name").containsEntry("purpose", "出国");
    assertThat(quality.reportedBy(applicant.person())).singleElement().satisfies(issue -> {
      assertThat(issue.element().code()).isEqualTo("person.address");
      assertThat(issue.sourceDepartment()).isEqualTo("331126-PSB");
    });
    casework.fill(id, applicant, Map.of("address", "庆元县松源街道新建路 8 号"), Set.of());
    assertThat(quality.reportedBy(applicant.person())).as("reported once").hasSize(1);
  }
}
