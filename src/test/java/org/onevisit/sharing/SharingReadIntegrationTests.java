package org.onevisit.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onevisit.sharing.SharingFixtures.elements;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.catalog.DataElement;
import org.onevisit.identity.Accounts;
import org.onevisit.identity.IdNumber;
import org.onevisit.identity.IdentityFixtures;
import org.onevisit.sharing.Answer.RefusalReason;
import org.onevisit.sharing.SharingFixtures.OpenCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Purpose-bound reads: granted, ungranted, expired, wrong purpose, foreign case, unknown subject; all logged. */
@SpringBootTest
@ActiveProfiles("test")
class SharingReadIntegrationTests {

  static final String CONSUMER = "331126-CAB";
  static final String PURPOSE = "CS-02";

  @Autowired SharedData shared;
  @Autowired Grants grants;
  @Autowired Accounts accounts;
  @Autowired PopulationLibrary population;
  @Autowired AccessLog accessLog;
  @Autowired JdbcClient jdbc;

  IdNumber person;
  Subject subject;
  Consumer consumer;

  @BeforeEach
  void setUp() {
    person = SharingFixtures.marriedPerson(population);
    subject = Subject.person(person);
    consumer = new Consumer(CONSUMER, "client:test");
    if (grants.latest(500).stream().noneMatch(g -> g.consumerDepartment().equals(CONSUMER)
        && g.purposeType().equals(PURPOSE) && g.status() == Grant.Status.APPROVED)) {
      SharingFixtures.approvedGrant(grants, accounts, CONSUMER, PURPOSE, LocalDate.now().plusYears(1), "person.name",
          "person.birthDate", "household.address", "household.head", "marriage.certificateNo",
          "marriage.spouseIdNumber", "person.mobile", "enterprise.name");
    }
  }

  @Test
  void aGrantedReadReturnsEveryValueWithItsProvenanceAndIsLogged() {
    String kase = OpenCases.open(CONSUMER, subject);
    Answer answer = shared.read(consumer, subject,
        elements("person.name", "person.birthDate", "household.address", "household.head", "marriage.certificateNo"),
        new Purpose(PURPOSE, kase));

    assertThat(answer.outcome()).isEqualTo(Answer.Outcome.SERVED);
    assertThat(answer.refusals()).isEmpty();
    assertThat(answer.value(DataElement.of("person.name")).orElseThrow().value()).isEqualTo("吴建华");
    assertThat(answer.value(DataElement.of("person.name")).orElseThrow().provenance()).isEqualTo(SharingFixtures.PSB);
    assertThat(answer.value(DataElement.of("person.birthDate")).orElseThrow().value())
        .isEqualTo(person.birthDate().toString());
    assertThat(answer.value(DataElement.of("household.head")).orElseThrow().value()).isEqualTo("吴建华");
    var certificate = answer.value(DataElement.of("marriage.certificateNo")).orElseThrow();
    assertThat(certificate.value()).startsWith("J331126-2019-");
    assertThat(certificate.provenance()).isEqualTo(SharingFixtures.CAB);

    var entry = accessLog.about(person, 10).getFirst();
    assertThat(entry.seq()).isEqualTo(answer.entry());
    assertThat(entry.consumerDepartment()).isEqualTo(CONSUMER);
    assertThat(entry.purposeReference()).isEqualTo(kase);
    assertThat(entry.served()).extracting(DataElement::code).containsExactly("person.name", "person.birthDate",
        "household.address", "household.head", "marriage.certificateNo");
  }

  @Test
  void anUngrantedElementIsRefusedNotDroppedAndTheRestIsServed() {
    String kase = OpenCases.open(CONSUMER, subject);
    Answer answer = shared.read(consumer, subject, elements("person.name", "person.ethnicity", "no.suchElement"),
        new Purpose(PURPOSE, kase));

    assertThat(answer.outcome()).isEqualTo(Answer.Outcome.PARTIAL);
    assertThat(answer.values()).extracting(v -> v.element().code()).containsExactly("person.name");
    assertThat(answer.refusals()).extracting(r -> r.element().code() + ":" + r.reason())
        .containsExactly("person.ethnicity:NOT_GRANTED", "no.suchElement:UNKNOWN_ELEMENT");
    assertThat(accessLog.about(person, 1).getFirst().refused()).hasSize(2);
  }

  @Test
  void aWrongPurposeTypeIsRefusedAndLogged() {
    String kase = OpenCases.open(CONSUMER, subject);
    Answer answer = shared.read(consumer, subject, elements("person.name"), new Purpose("CS-99", kase));

    assertThat(answer.outcome()).isEqualTo(Answer.Outcome.REFUSED);
    assertThat(answer.refusals()).extracting(Answer.Refusal::reason).containsExactly(RefusalReason.NOT_GRANTED);
    assertThat(accessLog.about(person, 1).getFirst().outcome()).isEqualTo(Answer.Outcome.REFUSED);
  }

  @Test
  void aCaseOfAnotherSubjectOrDepartmentIsRefusedAndLogged() {
    IdNumber other = SharingFixtures.marriedPerson(population);
    String foreignSubject = OpenCases.open(CONSUMER, Subject.person(other));
    String foreignDepartment = OpenCases.open("331126-PSB", subject);

    for (String kase : new String[] {foreignSubject, foreignDepartment, "LIVE-0", "UNKNOWN-1"}) {
      Answer answer = shared.read(consumer, subject, elements("person.name", "household.address"),
          new Purpose(PURPOSE, kase));
      assertThat(answer.outcome()).as(kase).isEqualTo(Answer.Outcome.REFUSED);
      assertThat(answer.refusals()).as(kase).extracting(Answer.Refusal::reason)
          .containsOnly(RefusalReason.PURPOSE_NOT_CONFIRMED);
    }
    assertThat(accessLog.about(person, 10)).hasSize(4)
        .allSatisfy(e -> assertThat(e.outcome()).isEqualTo(Answer.Outcome.REFUSED));
  }

  @Test
  void anExpiredGrantIsRefusedAsExpired() {
    // "today" is the platform's civil date (Asia/Shanghai), which differs from UTC's from 16:00 to 24:00 UTC
    SharingFixtures.approvedGrant(grants, accounts, "331126-HC", "EXPIRING",
        LocalDate.now(org.onevisit.platform.ChinaTime.ZONE), "person.name");
    jdbc.sql("update sharing_grant set expires_on = current_date - 1 where consumer_department = '331126-HC'"
        + " and purpose_type = 'EXPIRING'").update();
    var hospital = new Consumer("331126-HC", "client:hospital");
    String kase = OpenCases.open("331126-HC", subject);

    Answer answer = shared.read(hospital, subject, elements("person.name"), new Purpose("EXPIRING", kase));

    assertThat(answer.refusals()).extracting(Answer.Refusal::reason).containsExactly(RefusalReason.GRANT_EXPIRED);
  }

  @Test
  void anUnknownSubjectIsRefusedAndLogged() {
    IdNumber nobody = IdentityFixtures.anyIdNumber();
    Subject stranger = Subject.person(nobody);
    String kase = OpenCases.open(CONSUMER, stranger);

    Answer answer = shared.read(consumer, stranger, elements("person.name"), new Purpose(PURPOSE, kase));

    assertThat(answer.refusals()).extracting(Answer.Refusal::reason).containsExactly(RefusalReason.UNKNOWN_SUBJECT);
    assertThat(accessLog.about(nobody, 5)).hasSize(1);
  }

  @Test
  void anElementNoLibraryHoldsIsRefusedAsNotHeldAndAMissingValueIsServedAsNone() {
    IdNumber wife = jdbc.sql("select wife_id_number from sharing_marriage where husband_id_number = ?")
        .param(person.value()).query((rs, i) -> new IdNumber(rs.getString(1))).single();
    Subject her = Subject.person(wife);
    String kase = OpenCases.open(CONSUMER, her);

    Answer answer = shared.read(consumer, her, elements("person.mobile", "marriage.spouseIdNumber", "enterprise.name"),
        new Purpose(PURPOSE, kase));

    assertThat(answer.value(DataElement.of("person.mobile")).orElseThrow().value()).isNull();
    assertThat(answer.value(DataElement.of("marriage.spouseIdNumber")).orElseThrow().value()).isEqualTo(person.value());
    assertThat(answer.refusals()).extracting(r -> r.element().code() + ":" + r.reason())
        .containsExactly("enterprise.name:NOT_HELD");
  }

  @Test
  void aRevokedGrantRefusesFromNowOn() {
    var requester = SharingFixtures.staff(accounts, "331126-HRSS", org.onevisit.identity.Role.APPROVER);
    var admin = SharingFixtures.staff(accounts, "331126-PSB", org.onevisit.identity.Role.DATA_ADMIN);
    var grant = grants.approve(grants.request(new Grants.Request("RV-01", java.util.Set.of(DataElement.of("person.name")),
        "社会保险登记", LocalDate.now().plusDays(30)), requester).id(), admin);
    var hrss = new Consumer("331126-HRSS", "client:hrss");
    assertThat(shared.read(hrss, subject, elements("person.name"), new Purpose("RV-01", OpenCases.open("331126-HRSS", subject)))
        .outcome()).isEqualTo(Answer.Outcome.SERVED);

    grants.revoke(grant.id(), admin, "用途已结束");

    assertThat(shared.read(hrss, subject, elements("person.name"), new Purpose("RV-01", OpenCases.open("331126-HRSS", subject)))
        .refusals()).extracting(Answer.Refusal::reason).containsExactly(RefusalReason.NOT_GRANTED);
  }

  @Test
  void noElementsOrTooManyAreABadRequestAndReadNothing() {
    long before = jdbc.sql("select count(*) from sharing_access_log").query(Long.class).single();
    assertThatThrownBy(() -> shared.read(consumer, subject, java.util.List.of(), new Purpose(PURPOSE, "LIVE-1")))
        .isInstanceOf(SharingException.class);
    var tooMany = java.util.stream.IntStream.range(0, 51).mapToObj(i -> DataElement.of("x.e" + i)).toList();
    assertThatThrownBy(() -> shared.read(consumer, subject, tooMany, new Purpose(PURPOSE, "LIVE-1")))
        .isInstanceOf(SharingException.class);
    assertThat(jdbc.sql("select count(*) from sharing_access_log").query(Long.class).single()).isEqualTo(before);
  }
}
