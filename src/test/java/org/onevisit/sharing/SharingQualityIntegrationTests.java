package org.onevisit.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onevisit.TestClock;
import org.onevisit.catalog.DataElement;
import org.onevisit.identity.Accounts;
import org.onevisit.identity.IdNumber;
import org.onevisit.identity.IdentityFixtures;
import org.onevisit.identity.Role;
import org.onevisit.identity.StaffMember;
import org.onevisit.sharing.DataQuality.Reporter;
import org.onevisit.sharing.SharingFixtures.OpenCases;
import org.onevisit.workday.WorkingDays;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The data-quality loop: a wrong value is reported, the source department gets it with a deadline in working days,
 * corrects it (ingestion or desk) or rejects it, and the reporter and every department that read the old value are
 * told.
 */
@SpringBootTest
@ActiveProfiles("test")
class SharingQualityIntegrationTests {

  static final String READER = "331126-HRSS";
  static final String OTHER_READER = "331126-MIB";
  static final String PURPOSE = "QA-01";

  @Autowired DataQuality quality;
  @Autowired Ingestion ingestion;
  @Autowired SharedData shared;
  @Autowired Grants grants;
  @Autowired Accounts accounts;
  @Autowired PopulationLibrary population;
  @Autowired WorkingDays workingDays;
  @Autowired TestClock.MutableClock clock;

  void grant(String department) {
    if (grants.latest(500).stream().noneMatch(g -> g.consumerDepartment().equals(department)
        && g.purposeType().equals(PURPOSE))) {
      SharingFixtures.approvedGrant(grants, accounts, department, PURPOSE, LocalDate.now(org.onevisit.platform.ChinaTime.ZONE).plusDays(30), "person.name",
          "person.mobile");
    }
  }

  Answer read(String department, IdNumber person) {
    var subject = Subject.person(person);
    return shared.read(new Consumer(department, "staff:reader"), subject, SharingFixtures.elements("person.name"),
        new Purpose(PURPOSE, OpenCases.open(department, subject)));
  }

  static Map<String, String> personRow(IdNumber id, String name) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("idNumber", id.value());
    row.put("name", name);
    row.put("ethnicity", "汉族");
    row.put("regionCode", "331126001001");
    row.put("address", "庆元县松源街道石龙社区1号");
    return row;
  }

  @Test
  void aCorrectionThroughIngestionClosesTheReportAndNotifiesTheReporterAndEveryEarlierReader() {
    grant(READER);
    grant(OTHER_READER);
    IdNumber person = SharingFixtures.marriedPerson(population);
    read(READER, person);
    read(OTHER_READER, person);
    StaffMember reporter = SharingFixtures.staff(accounts, READER, Role.APPROVER);

    var issue = quality.report(new DataQuality.Report(DataElement.of("person.name"), Subject.person(person),
        "申请人户口簿上的姓名是吴建樺", Reporter.staff(reporter)));
    assertThat(issue.status()).isEqualTo(DataQuality.Status.OPEN);
    assertThat(issue.sourceDepartment()).isEqualTo("331126-PSB");
    assertThat(issue.reportedVersion()).isEqualTo(1);
    assertThat(issue.dueOn()).isEqualTo(workingDays.addWorkingDays(workingDays.today(), 5));
    assertThat(quality.open("331126-PSB")).extracting(DataQuality.Issue::id).contains(issue.id());

    var result = ingestion.ingest(new Ingestion.Source("client:psb-hukou", "331126-PSB", "户籍管理系统", "JSON"),
        Ingestion.RecordType.PERSON, List.of(new Ingestion.Row(1, personRow(person, "吴建樺"))), false);
    assertThat(result.updated()).isEqualTo(1);

    var corrected = quality.find(issue.id()).orElseThrow();
    assertThat(corrected.status()).isEqualTo(DataQuality.Status.CORRECTED);
    assertThat(corrected.correctedVersion()).isEqualTo(2);
    assertThat(corrected.resolvedBy()).isEqualTo("client:psb-hukou");
    assertThat(quality.notices(READER, 50)).anySatisfy(n -> {
      assertThat(n.issue()).isEqualTo(issue.id());
      assertThat(n.reason()).isEqualTo("REPORTER");
      assertThat(n.subjectMasked()).doesNotContain(person.value().substring(6, 14));
    });
    assertThat(quality.notices(OTHER_READER, 50)).anySatisfy(n -> {
      assertThat(n.issue()).isEqualTo(issue.id());
      assertThat(n.reason()).isEqualTo("READER");
      assertThat(n.outcome()).isEqualTo(DataQuality.Status.CORRECTED);
    });
    assertThat(quality.notices("331126-CAB", 50)).noneMatch(n -> n.issue() == issue.id());
    assertThat(read(READER, person).values().getFirst().value()).isEqualTo("吴建樺");
  }

  @Test
  void aCitizenReportsHisOwnDataOnlyAndTheSourceRejectsWithAReason() {
    IdNumber me = SharingFixtures.marriedPerson(population);
    IdNumber someoneElse = SharingFixtures.marriedPerson(population);
    assertThatThrownBy(() -> quality.report(new DataQuality.Report(DataElement.of("person.name"),
        Subject.person(someoneElse), "不是我", Reporter.citizen(me))))
        .isInstanceOf(SharingException.class).extracting("error").isEqualTo(SharingError.NOT_ALLOWED);
    assertThatThrownBy(() -> quality.report(new DataQuality.Report(DataElement.of("person.name"), Subject.person(me),
        " ", Reporter.citizen(me))))
        .isInstanceOf(SharingException.class).extracting("error").isEqualTo(SharingError.INVALID_REQUEST);
    assertThatThrownBy(() -> quality.report(new DataQuality.Report(DataElement.of("enterprise.name"), Subject.person(me),
        "x", Reporter.citizen(me))))
        .isInstanceOf(SharingException.class).extracting("error").isEqualTo(SharingError.INVALID_REQUEST);
    assertThatThrownBy(() -> quality.report(new DataQuality.Report(DataElement.of("person.name"),
        Subject.person(IdentityFixtures.anyIdNumber()), "x", Reporter.staff(SharingFixtures.staff(accounts, READER,
            Role.APPROVER)))))
        .isInstanceOf(SharingException.class).extracting("error").isEqualTo(SharingError.NOT_FOUND);

    var issue = quality.report(new DataQuality.Report(DataElement.of("person.mobile"), Subject.person(me),
        "我的手机号已经换了", Reporter.citizen(me)));
    assertThat(quality.reportedBy(me)).extracting(DataQuality.Issue::id).containsExactly(issue.id());
    assertThat(quality.reportedBy(someoneElse)).isEmpty();

    StaffMember wrongDepartment = SharingFixtures.staff(accounts, "331126-CAB", Role.DATA_ADMIN);
    assertThatThrownBy(() -> quality.reject(issue.id(), "无依据", wrongDepartment))
        .isInstanceOf(SharingException.class).extracting("error").isEqualTo(SharingError.NOT_ALLOWED);
    StaffMember source = SharingFixtures.staff(accounts, "331126-PSB", Role.APPROVER);
    assertThatThrownBy(() -> quality.reject(issue.id(), " ", source))
        .isInstanceOf(SharingException.class).extracting("error").isEqualTo(SharingError.INVALID_REQUEST);
    var rejected = quality.reject(issue.id(), "实名登记的号码未变更，请到营业厅办理", source);
    assertThat(rejected.status()).isEqualTo(DataQuality.Status.REJECTED);
    assertThat(quality.notices(me, 10)).anySatisfy(n -> {
      assertThat(n.issue()).isEqualTo(issue.id());
      assertThat(n.note()).contains("营业厅");
    });
    assertThatThrownBy(() -> quality.reject(issue.id(), "again", source))
        .isInstanceOf(SharingException.class).extracting("error").isEqualTo(SharingError.ILLEGAL_TRANSITION);
  }

  @Test
  void theSourceCorrectsOnTheDeskAndAnOverdueReportShowsForTheRegion() {
    IdNumber person = SharingFixtures.marriedPerson(population);
    StaffMember reporter = SharingFixtures.staff(accounts, READER, Role.APPROVER);
    var late = quality.report(new DataQuality.Report(DataElement.of("person.ethnicity"), Subject.person(person),
        "户口簿上是畲族", Reporter.staff(reporter)));
    var onTime = quality.report(new DataQuality.Report(DataElement.of("person.name"), Subject.person(person),
        "姓名有误", Reporter.staff(reporter)));
    try {
      clock.advance(Duration.ofDays(15));
      assertThat(quality.overdue(IdentityFixtures.QINGYUAN)).extracting(DataQuality.Issue::id)
          .contains(late.id(), onTime.id());
      assertThat(quality.overdue(org.onevisit.organisation.RegionCode.of("330802")))
          .extracting(DataQuality.Issue::id).doesNotContain(late.id());
      StaffMember source = SharingFixtures.staff(accounts, "331126-PSB", Role.DATA_ADMIN);
      assertThatThrownBy(() -> quality.correct(late.id(), "", source))
          .isInstanceOf(SharingException.class).extracting("error").isEqualTo(SharingError.INVALID_REQUEST);
      var corrected = quality.correct(late.id(), "畲族", source);
      assertThat(corrected.status()).isEqualTo(DataQuality.Status.CORRECTED);
      assertThat(corrected.resolvedBy()).isEqualTo("staff:" + source.username());
      assertThat(population.person(person).orElseThrow().ethnicity()).isEqualTo("畲族");
      assertThat(population.person(person).orElseThrow().provenance().version()).isEqualTo(2);
      assertThat(quality.overdue(IdentityFixtures.QINGYUAN)).extracting(DataQuality.Issue::id)
          .doesNotContain(late.id()).contains(onTime.id());
    } finally {
      clock.reset();
    }
  }
}
