package org.onevisit.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.onevisit.catalog.Catalog;
import org.onevisit.identity.Applicant;
import org.onevisit.identity.IdNumber;
import org.onevisit.licence.Holder;
import org.onevisit.licence.IssueRequest;
import org.onevisit.licence.LicenceDefinitions;
import org.onevisit.licence.Licences;
import org.onevisit.organisation.RegionCode;
import org.onevisit.sharing.BirthRecord;
import org.onevisit.sharing.HouseholdRecord;
import org.onevisit.sharing.MaritalStatus;
import org.onevisit.sharing.MarriageRecord;
import org.onevisit.sharing.PersonRecord;
import org.onevisit.sharing.PopulationLibrary;
import org.onevisit.sharing.Provenance;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Registered families for casework tests: a married couple in one household of 庆元县 with a daughter
 * delivered last week (the hospital's record in the population library), their ID cards, marriage
 * certificates and household register in the licence library — the usual family of 出生一件事. Also grants
 * every published item's department the elements it reads.
 */
final class Families {

  /** Consecutive family numbers from a random start: unique within a run, and across runs on one database. */
  private static final AtomicInteger NEXT = new AtomicInteger(
      java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));
  static final RegionCode SONGYUAN = RegionCode.of("331126001001");

  private static volatile PopulationLibrary population;
  private static volatile Licences licences;

  private Families() {}

  /** Remembers the libraries of the test context, for {@link #father()}; call it before each test. */
  static void use(PopulationLibrary population, Licences licences, JdbcClient jdbc, Catalog catalog) {
    Families.population = population;
    Families.licences = licences;
    grantAll(jdbc, catalog, RegionCode.of("331126"));
  }

  /** The father of a newly registered usual family, as applicant. */
  static Applicant father() {
    return register(population, licences).father();
  }

  record Family(Applicant father, Applicant mother, long household, String marriageCertificate) {}

  static Family register(PopulationLibrary population, Licences licences) {
    int n = NEXT.incrementAndGet() + (int) (System.nanoTime() % 1_000) * 100;
    LocalDate base = LocalDate.of(1985, 1, 1).plusDays(n % 3_000);
    var fatherId = IdNumber.of("331126", base, 2 * (n % 400) + 1);
    var motherId = IdNumber.of("331126", base.plusYears(2), 2 * (n % 400));
    long household = 900_000_000L + n;
    String certificate = "J331126-2020-T" + n;
    String address = "庆元县松源街道石龙社区" + (n % 90 + 1) + "号";
    var psb = new Provenance("331126-PSB", "户籍管理系统", Instant.parse("2026-01-05T02:00:00Z"), 1);
    try (var load = population.bulkLoad(PopulationLibrary.Indexes.MAINTAIN)) {
      load.add(new HouseholdRecord(household, fatherId, SONGYUAN, address, psb));
      load.add(new PersonRecord(fatherId, "吴建国", IdNumber.Sex.MALE, fatherId.birthDate(), "汉族", household, SONGYUAN,
          address, "13900000001", MaritalStatus.MARRIED, true, psb));
      load.add(new PersonRecord(motherId, "叶晓红", IdNumber.Sex.FEMALE, motherId.birthDate(), "汉族", household, SONGYUAN,
          address, "13900000002", MaritalStatus.MARRIED, true, psb));
      load.add(new MarriageRecord(household, fatherId, motherId, LocalDate.of(2020, 5, 20), certificate,
          RegionCode.of("331126"), MarriageRecord.Status.REGISTERED,
          new Provenance("331126-CAB", "婚姻登记系统", Instant.parse("2020-05-20T02:00:00Z"), 1)));
      load.add(new BirthRecord(household, motherId, fatherId, IdNumber.Sex.FEMALE, LocalDateTime.of(2026, 11, 26, 8, 42),
          3_250, 39, "庆元县人民医院", new Provenance("331126-HC", "妇幼保健信息系统",
              Instant.parse("2026-11-26T03:00:00Z"), 1)));
      load.finish();
    }
    var father = Holder.person(fatherId, "吴建国");
    var mother = Holder.person(motherId, "叶晓红");
    var marriage = Map.of("certificateNo", certificate, "husbandName", "吴建国", "husbandIdNumber", fatherId.value(),
        "wifeName", "叶晓红", "wifeIdNumber", motherId.value(), "registeredOn", "2020-05-20");
    licences.issueAll(List.of(
        new IssueRequest(LicenceDefinitions.MARRIAGE_CERTIFICATE, father, "331126-CAB", marriage, null, null, "test"),
        new IssueRequest(LicenceDefinitions.MARRIAGE_CERTIFICATE, mother, "331126-CAB", marriage, null, null, "test"),
        idCard(father, address), idCard(mother, address),
        new IssueRequest(LicenceDefinitions.HOUSEHOLD_REGISTER, father, "331126-PSB", Map.of("householdNumber",
            Long.toString(household), "headName", "吴建国", "address", address, "members", "吴建国、叶晓红"), null, null,
            "test")));
    return new Family(Applicant.citizen(n, fatherId, "吴建国"), Applicant.citizen(n + 1L, motherId, "叶晓红"), household,
        certificate);
  }

  private static IssueRequest idCard(Holder holder, String address) {
    var id = IdNumber.parse(holder.identifier());
    return new IssueRequest(LicenceDefinitions.RESIDENT_ID_CARD, holder, "331126-PSB", Map.of("name", holder.name(),
        "sex", id.sex() == IdNumber.Sex.MALE ? "男" : "女", "ethnicity", "汉族", "birthDate", id.birthDate().toString(),
        "address", address, "idNumber", id.value()), null, null, "test");
  }

  /**
   * Grants each published item's deciding department in the county the elements {@link SharedElements#readFor}
   * names (those in the sharing catalog), for the purpose of handling that item; once per department and item.
   */
  static synchronized void grantAll(JdbcClient jdbc, Catalog catalog, RegionCode county) {
    for (var item : catalog.items()) {
      String level = switch (item.handlingLevel()) {
        case PROVINCE -> county.value().substring(0, 2) + "0000";
        case CITY -> county.value().substring(0, 4) + "00";
        default -> county.value();
      };
      String department = level + "-" + item.department().code();
      String purpose = item.code().value();
      boolean exists = jdbc.sql("""
              select count(*) from sharing_grant where consumer_department = ? and purpose_type = ?
              and status = 'APPROVED'""").params(department, purpose).query(Long.class).single() > 0;
      if (exists) {
        continue;
      }
      long id = jdbc.sql("""
              insert into sharing_grant (consumer_department, consumer_region, purpose_type, status, justification,
                expires_on, requested_by, requested_at, decided_by, decided_at)
              values (?, ?, ?, 'APPROVED', '办件预填', ?, 'test', now(), 'test-admin', now()) returning id""")
          .params(department, level, purpose, LocalDate.of(2029, 12, 31)).query(Long.class).single();
      for (var element : SharedElements.readFor(item)) {
        jdbc.sql("""
                insert into sharing_grant_element (grant_id, element_code)
                select ?, code from sharing_data_element where code = ?""")
            .params(id, element.code()).update();
      }
    }
  }
}
