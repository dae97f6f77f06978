package org.onevisit.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.onevisit.catalog.DataElement;
import org.onevisit.identity.Accounts;
import org.onevisit.identity.IdNumber;
import org.onevisit.identity.IdentityFixtures;
import org.onevisit.identity.Role;
import org.onevisit.identity.StaffMember;
import org.onevisit.organisation.RegionCode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Persons in the population library, staff of given departments, approved grants and a purpose verifier
 * that confirms exactly the cases a test opens: valid defaults, unique per run.
 */
public final class SharingFixtures {

  public static final Provenance PSB = new Provenance("331126-PSB", "户籍管理系统", Instant.parse("2026-01-01T00:00:00Z"), 1);
  public static final Provenance CAB = new Provenance("331126-CAB", "婚姻登记系统", Instant.parse("2025-06-01T00:00:00Z"), 2);
  public static final RegionCode VILLAGE = RegionCode.of("331126100201");
  private static final AtomicLong IDS = new AtomicLong(5_000_000 + ThreadLocalRandom.current().nextInt(1_000_000) * 10L);

  private SharingFixtures() {}

  /** A married man with a household (he is its head) and a mobile, in the library; returns his ID number. */
  public static IdNumber marriedPerson(PopulationLibrary population) {
    IdNumber husband = IdentityFixtures.anyIdNumber();
    while (husband.sex() != IdNumber.Sex.MALE) {
      husband = IdentityFixtures.anyIdNumber();
    }
    IdNumber wife = IdentityFixtures.anyIdNumber();
    while (wife.sex() != IdNumber.Sex.FEMALE) {
      wife = IdentityFixtures.anyIdNumber();
    }
    long household = IDS.incrementAndGet();
    try (BulkLoad load = population.bulkLoad(PopulationLibrary.Indexes.MAINTAIN)) {
      load.add(new HouseholdRecord(household, husband, VILLAGE, "庆元县松源街道石龙社区1号", PSB));
      load.add(person(husband, "吴建华", household, IdentityFixtures.anyMobile(), MaritalStatus.MARRIED));
      load.add(person(wife, "叶晓燕", household, null, MaritalStatus.MARRIED));
      load.add(new MarriageRecord(IDS.incrementAndGet(), husband, wife, LocalDate.of(2019, 5, 20),
          "J331126-2019-" + IDS.get(), RegionCode.of("331126"), MarriageRecord.Status.REGISTERED, CAB));
      load.finish();
    }
    return husband;
  }

  private static PersonRecord person(IdNumber id, String name, long household, String mobile, MaritalStatus status) {
    return new PersonRecord(id, name, id.sex(), id.birthDate(), "汉族", household, VILLAGE, "庆元县松源街道石龙社区1号",
        mobile, status, true, PSB);
  }

  /** A staff member (not logged in) with these roles at this department, registered in identity. */
  public static StaffMember staff(Accounts accounts, String departmentCode, Role... roles) {
    RegionCode region = RegionCode.of(departmentCode.substring(0, departmentCode.indexOf('-')));
    String username = "s" + IDS.incrementAndGet() + "." + roles[0].name().toLowerCase();
    accounts.createStaff(new Accounts.NewStaff(username, "王芳", IdentityFixtures.STAFF_PASSWORD, departmentCode, region,
        Set.of(roles)));
    return accounts.findStaff(username).orElseThrow();
  }

  /**
   * A bearer token of a newly registered API client of {@code department}, through the token endpoint (client
   * credentials), as that department's system would get one.
   */
  public static String clientToken(org.springframework.test.web.servlet.MockMvc mvc, ApiClients clients,
      Accounts accounts, String department, String name) throws Exception {
    var credentials = clients.register(department, name, staff(accounts, "331126-PSB", Role.DATA_ADMIN));
    String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
            .post("/api/v1/sharing/token").param("client_id", credentials.clientId())
            .param("client_secret", credentials.secret()))
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
        .andReturn().getResponse().getContentAsString();
    return com.jayway.jsonpath.JsonPath.read(body, "$.access_token");
  }

  /** A valid credit code of an enterprise registered in 庆元县, unique per run. */
  public static org.onevisit.identity.CreditCode anyCreditCode() {
    String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    long n = IDS.incrementAndGet();
    var body = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      body.append(alphabet.charAt((int) (n % 31)));
      n /= 31;
    }
    return org.onevisit.identity.CreditCode.of('9', '1', "331126", body.reverse().toString());
  }

  public static final Provenance AMR = new Provenance("331126-AMR", "市场主体登记系统", Instant.parse("2026-01-01T00:00:00Z"), 1);

  /** An enterprise of 庆元县 with a credit entry (level B), bulk-loaded; returns it. */
  public static EnterpriseRecord enterprise(PopulationLibrary population, IdNumber representative) {
    var record = new EnterpriseRecord(anyCreditCode(), "庆元县松源街道鑫源食品有限公司", EnterpriseRecord.LegalForm.LIMITED_COMPANY,
        org.onevisit.organisation.RegionCode.of("331126001001"), "庆元县松源街道石龙社区8号", "吴建华", representative, "13905781234", LocalDate.of(2018, 3, 1),
        EnterpriseRecord.Status.ACTIVE, AMR);
    try (BulkLoad load = population.bulkLoad(PopulationLibrary.Indexes.MAINTAIN)) {
      load.add(record);
      load.add(new CreditRecord(record.creditCode(), CreditRecord.Level.B, false, false, null, AMR));
      load.finish();
    }
    return record;
  }

  public static List<DataElement> elements(String... codes) {
    return java.util.Arrays.stream(codes).map(DataElement::of).toList();
  }

  /** A grant requested by an approver of {@code consumer} and approved by the county's data administrator. */
  public static Grant approvedGrant(Grants grants, Accounts accounts, String consumer, String purposeType,
      LocalDate expiresOn, String... codes) {
    StaffMember requester = staff(accounts, consumer, Role.APPROVER);
    StaffMember admin = staff(accounts, consumer.substring(0, 6) + "-PSB", Role.DATA_ADMIN);
    Grant requested = grants.request(new Grants.Request(purposeType, Set.copyOf(elements(codes)), "《户口登记条例》第七条",
        expiresOn), requester);
    return grants.approve(requested.id(), admin);
  }

  /** Confirms purposes whose reference starts with {@code LIVE-} and names the subject and consumer given. */
  @Configuration(proxyBeanMethods = false)
  @Profile("test & !no-verifier")
  public static class OpenCases {

    /** case reference → (consumer department, subject key) */
    public static final java.util.Map<String, String[]> CASES = new java.util.concurrent.ConcurrentHashMap<>();

    public static String open(String consumerDepartment, Subject subject) {
      String reference = "LIVE-" + IDS.incrementAndGet();
      CASES.put(reference, new String[] {consumerDepartment, subject.key()});
      return reference;
    }

    @Bean
    PurposeVerifier testCases() {
      return (consumer, subject, purpose) -> {
        String[] kase = CASES.get(purpose.reference());
        if (kase == null) {
          return purpose.reference().startsWith("LIVE-") ? PurposeVerifier.Verdict.NOT_CONFIRMED
              : PurposeVerifier.Verdict.ABSTAIN;
        }
        return kase[0].equals(consumer.departmentCode()) && kase[1].equals(subject.key())
            ? PurposeVerifier.Verdict.CONFIRMED : PurposeVerifier.Verdict.NOT_CONFIRMED;
      };
    }
  }

  /** Every {@link AccessAnomalyDetected} published in the test contexts, in order. */
  @org.springframework.stereotype.Component
  @Profile("test")
  public static class RaisedAlarms {

    public static final java.util.Queue<AccessAnomalyDetected> EVENTS = new java.util.concurrent.ConcurrentLinkedQueue<>();

    @org.springframework.context.event.EventListener
    void on(AccessAnomalyDetected event) {
      EVENTS.add(event);
    }
  }
}
