package org.onevisit.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.catalog.DataElement;
import org.onevisit.identity.Accounts;
import org.onevisit.identity.IdNumber;
import org.onevisit.identity.IdentityFixtures;
import org.onevisit.sharing.SharingFixtures.OpenCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Public security pushes households, civil affairs marriages, hospitals deliveries and deaths: each row validated, the
 * persons it names checked against the population library, every rejected row reported and nothing written, each change
 * versioned with its provenance; a marriage and a death change the spouses' marital status.
 */
@SpringBootTest
@ActiveProfiles("test")
class SharingPopulationIngestionIntegrationTests {

  static final String CONSUMER = "331126-HRSS";
  static final String PURPOSE = "HRSS-POP-01";

  @Autowired WebApplicationContext context;
  @Autowired ApiClients clients;
  @Autowired Accounts accounts;
  @Autowired Grants grants;
  @Autowired SharedData shared;
  @Autowired PopulationLibrary population;
  @Autowired ValueHistory history;
  @Autowired JdbcClient jdbc;

  MockMvc mvc;
  String psb;
  String cab;
  String hc;

  @BeforeEach
  void setUp() throws Exception {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    psb = token("331126-PSB", "户籍管理系统");
    cab = token("331126-CAB", "婚姻登记系统");
    hc = token("331126-HC", "妇幼保健信息系统");
    if (grants.latest(500).stream().noneMatch(g -> g.consumerDepartment().equals(CONSUMER)
        && g.purposeType().equals(PURPOSE))) {
      SharingFixtures.approvedGrant(grants, accounts, CONSUMER, PURPOSE, LocalDate.now(org.onevisit.platform.ChinaTime.ZONE).plusDays(30), "person.name",
          "household.number", "household.address", "household.headIdNumber", "marriage.status",
          "marriage.certificateNo", "marriage.spouseIdNumber", "marriage.registeredOn", "newborn.gender",
          "newborn.birthTime", "newborn.birthWeight", "newborn.gestationalWeeks", "birth.institution", "death.date",
          "death.medicalCertNo", "death.place", "death.cause");
    }
  }

  String token(String department, String name) throws Exception {
    return SharingFixtures.clientToken(mvc, clients, accounts, department, name);
  }

  static IdNumber person(IdNumber.Sex sex) {
    IdNumber id = IdentityFixtures.anyIdNumber();
    while (id.sex() != sex) {
      id = IdentityFixtures.anyIdNumber();
    }
    return id;
  }

  /** Registers persons through public security's ingestion, as the household register would. */
  void register(IdNumber... ids) throws Exception {
    var csv = new StringBuilder("idNumber,name,ethnicity,regionCode,address\n");
    for (IdNumber id : ids) {
      csv.append(id.value()).append(",王").append(id.sex() == IdNumber.Sex.MALE ? "建国" : "晓燕")
          .append(",汉族,331126001001,庆元县松源街道石龙社区9号\n");
    }
    push(psb, "persons", "text/csv", csv.toString()).andExpect(status().isOk());
  }

  ResultActions push(String token, String type, String contentType, String body) throws Exception {
    return mvc.perform(post("/api/v1/sharing/ingestion/" + type).header("Authorization", "Bearer " + token)
        .contentType(contentType).content(body));
  }

  Answer read(IdNumber subject, String... elements) {
    var person = Subject.person(subject);
    return shared.read(new Consumer(CONSUMER, "staff:hrss"), person, SharingFixtures.elements(elements),
        new Purpose(PURPOSE, OpenCases.open(CONSUMER, person)));
  }

  static Answer.SharedValue value(Answer answer, String element) {
    return answer.value(DataElement.of(element)).orElseThrow();
  }

  static String errors(String response) {
    List<Map<String, Object>> rejected = JsonPath.read(response, "$.errors");
    return rejected.stream().map(e -> "row=" + e.get("row") + ", field=" + e.get("field") + ", code=" + e.get("code"))
        .toList().toString();
  }

  static String certificate() {
    return "J331126-2024-" + (System.nanoTime() % 1_000_000_000L);
  }

  static String marriage(String certificate, IdNumber husband, IdNumber wife, String status) {
    return """
        {"certificateNo": "%s", "husbandIdNumber": "%s", "wifeIdNumber": "%s", "registeredOn": "2024-05-20",
         "registryRegion": "331126", "status": "%s"}""".formatted(certificate, husband.value(), wife.value(), status);
  }

  @Test
  void publicSecurityPushesAHouseholdAndAChangeKeepsTheVersionAnEarlierReadServed() throws Exception {
    IdNumber head = person(IdNumber.Sex.MALE);
    register(head);
    long number = 880_000_000L + System.nanoTime() % 100_000_000L;
    push(psb, "persons", "text/csv", "idNumber,name,ethnicity,regionCode,address,householdId\n" + head.value()
        + ",王建国,汉族,331126001001,庆元县松源街道石龙社区9号," + number + "\n").andExpect(status().isOk());
    push(psb, "households", "text/csv", "id,headIdNumber,regionCode,address\n" + number + "," + head.value()
        + ",331126001001,庆元县松源街道石龙社区9号\n")
        .andExpect(status().isOk()).andExpect(jsonPath("$.inserted").value(1));

    var before = read(head, "household.number", "household.address", "household.headIdNumber");
    assertThat(before.values()).extracting(Answer.SharedValue::value)
        .containsExactly(Long.toString(number), "庆元县松源街道石龙社区9号", head.value());
    assertThat(value(before, "household.address").provenance())
        .extracting(Provenance::sourceDepartment, Provenance::sourceSystem, Provenance::version)
        .containsExactly("331126-PSB", "户籍管理系统", 1);

    push(psb, "households", MediaType.APPLICATION_JSON_VALUE, """
        [{"id": "%d", "headIdNumber": "%s", "regionCode": "331126001001", "address": "庆元县松源街道石龙社区10号"}]"""
        .formatted(number, head.value()))
        .andExpect(status().isOk()).andExpect(jsonPath("$.updated").value(1));
    var after = read(head, "household.address");
    assertThat(value(after, "household.address").value()).isEqualTo("庆元县松源街道石龙社区10号");
    assertThat(value(after, "household.address").provenance().version()).isEqualTo(2);
    assertThat(history.served(before.entry()))
        .extracting(ValueHistory.ServedValue::value, ValueHistory.ServedValue::version, ValueHistory.ServedValue::current)
        .containsExactly(tuple(Long.toString(number), 1, false), tuple("庆元县松源街道石龙社区9号", 1, false),
            tuple(head.value(), 1, false));
  }

  @Test
  void civilAffairsRegistersAMarriageAndADivorceAndTheSpousesStatusFollows() throws Exception {
    IdNumber husband = person(IdNumber.Sex.MALE);
    IdNumber wife = person(IdNumber.Sex.FEMALE);
    register(husband, wife);
    assertThat(value(read(wife, "marriage.status"), "marriage.status").value()).isEqualTo("UNMARRIED");
    String certificate = certificate();
    push(cab, "marriages", MediaType.APPLICATION_JSON_VALUE, "[" + marriage(certificate, husband, wife, "REGISTERED") + "]")
        .andExpect(status().isOk()).andExpect(jsonPath("$.inserted").value(1));

    var married = read(wife, "marriage.status", "marriage.certificateNo", "marriage.spouseIdNumber",
        "marriage.registeredOn");
    assertThat(married.values()).extracting(Answer.SharedValue::value)
        .containsExactly("MARRIED", certificate, husband.value(), "2024-05-20");
    assertThat(married.values()).extracting(v -> v.provenance().sourceDepartment(), v -> v.provenance().sourceSystem(),
            v -> v.provenance().version())
        .containsOnly(tuple("331126-CAB", "婚姻登记系统", 1));
    assertThat(value(read(husband, "marriage.status"), "marriage.status").value()).isEqualTo("MARRIED");
    assertThat(population.person(husband).orElseThrow().maritalStatus()).isEqualTo(MaritalStatus.MARRIED);

    push(cab, "marriages", "text/csv", "certificateNo,husbandIdNumber,wifeIdNumber,registeredOn,registryRegion,status\n"
        + certificate + "," + husband.value() + "," + wife.value() + ",2024-05-20,331126,DIVORCED\n")
        .andExpect(status().isOk()).andExpect(jsonPath("$.updated").value(1));
    var divorced = read(wife, "marriage.status", "marriage.certificateNo");
    assertThat(value(divorced, "marriage.status").value()).isEqualTo("DIVORCED");
    assertThat(value(divorced, "marriage.status").provenance().version()).isEqualTo(2);
    assertThat(value(divorced, "marriage.certificateNo").value()).isNull();
    assertThat(history.served(married.entry()))
        .extracting(ValueHistory.ServedValue::value, ValueHistory.ServedValue::version, ValueHistory.ServedValue::current,
            ValueHistory.ServedValue::sourceDepartment)
        .containsExactly(tuple("MARRIED", 1, false, "331126-CAB"), tuple(certificate, 1, false, "331126-CAB"),
            tuple(husband.value(), 1, false, "331126-CAB"), tuple("2024-05-20", 1, false, "331126-CAB"));
  }

  @Test
  void aHospitalPushesADeliveryReadWithTheMotherAsSubject() throws Exception {
    IdNumber mother = person(IdNumber.Sex.FEMALE);
    IdNumber father = person(IdNumber.Sex.MALE);
    register(mother, father);
    String deliveryNo = "QYRMYY-" + System.nanoTime() % 1_000_000_000L;
    LocalDateTime bornAt = LocalDate.now(org.onevisit.platform.ChinaTime.ZONE).minusDays(3).atTime(8, 15);
    push(hc, "births", "text/csv", "deliveryNo,motherIdNumber,fatherIdNumber,childSex,bornAt,weightGrams,"
        + "gestationalWeeks,institution,regionCode\n" + deliveryNo + "," + mother.value() + "," + father.value()
        + ",FEMALE," + bornAt + ",3250,39,庆元县人民医院,331126001001\n")
        .andExpect(status().isOk()).andExpect(jsonPath("$.inserted").value(1));

    var answer = read(mother, "newborn.gender", "newborn.birthTime", "newborn.birthWeight", "newborn.gestationalWeeks",
        "birth.institution");
    assertThat(answer.values()).extracting(Answer.SharedValue::value)
        .containsExactly("FEMALE", bornAt.toString(), "3250", "39", "庆元县人民医院");
    assertThat(answer.values()).extracting(v -> v.provenance().sourceDepartment(), v -> v.provenance().version())
        .containsOnly(tuple("331126-HC", 1));
    assertThat(population.births(mother)).singleElement()
        .satisfies(b -> assertThat(b.father()).isEqualTo(father));

    push(hc, "births", MediaType.APPLICATION_JSON_VALUE, """
        [{"deliveryNo": "%s", "motherIdNumber": "%s", "fatherIdNumber": "%s", "childSex": "FEMALE", "bornAt": "%s",
          "weightGrams": 3350, "gestationalWeeks": 39, "institution": "庆元县人民医院", "regionCode": "331126001001"}]"""
        .formatted(deliveryNo, mother.value(), father.value(), bornAt))
        .andExpect(status().isOk()).andExpect(jsonPath("$.updated").value(1));
    assertThat(value(read(mother, "newborn.birthWeight"), "newborn.birthWeight").value()).isEqualTo("3350");
    assertThat(history.served(answer.entry()))
        .extracting(ValueHistory.ServedValue::value, ValueHistory.ServedValue::current)
        .containsExactly(tuple("FEMALE", false), tuple(bornAt.toString(), false), tuple("3250", false),
            tuple("39", false), tuple("庆元县人民医院", false));
  }

  @Test
  void aDeathIsReadableEndsTheLifeAndWidowsTheSpouse() throws Exception {
    IdNumber husband = person(IdNumber.Sex.MALE);
    IdNumber wife = person(IdNumber.Sex.FEMALE);
    register(husband, wife);
    String certificate = certificate();
    push(cab, "marriages", MediaType.APPLICATION_JSON_VALUE, "[" + marriage(certificate, husband, wife, "REGISTERED") + "]")
        .andExpect(status().isOk());
    String deathCertificate = "D" + System.nanoTime() % 1_000_000_000L;
    LocalDate died = LocalDate.now(org.onevisit.platform.ChinaTime.ZONE).minusDays(1);
    push(hc, "deaths", "text/csv", "certificateNo,idNumber,deathDate,place,cause,regionCode\n" + deathCertificate + ","
        + husband.value() + "," + died + ",庆元县人民医院,I21.9,331126001001\n")
        .andExpect(status().isOk()).andExpect(jsonPath("$.inserted").value(1));

    var death = read(husband, "death.date", "death.medicalCertNo", "death.place", "death.cause");
    assertThat(death.values()).extracting(Answer.SharedValue::value)
        .containsExactly(died.toString(), deathCertificate, "庆元县人民医院", "I21.9");
    assertThat(death.values()).extracting(v -> v.provenance().sourceDepartment(), v -> v.provenance().sourceSystem())
        .containsOnly(tuple("331126-HC", "妇幼保健信息系统"));
    assertThat(population.person(husband).orElseThrow().alive()).isFalse();
    // the cause is health data: not in clear at rest
    byte[] cause = jdbc.sql("select cause from sharing_death where certificate_no = ?").param(deathCertificate)
        .query((rs, i) -> rs.getBytes(1)).single();
    assertThat(new String(cause, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("I21");

    var widow = read(wife, "marriage.status", "marriage.certificateNo");
    assertThat(value(widow, "marriage.status").value()).isEqualTo("WIDOWED");
    assertThat(value(widow, "marriage.status").provenance().sourceDepartment()).isEqualTo("331126-HC");
    assertThat(value(widow, "marriage.certificateNo").value()).isNull();
    assertThat(population.person(wife).orElseThrow().maritalStatus()).isEqualTo(MaritalStatus.WIDOWED);
    assertThat(history.served(widow.entry())).first()
        .extracting(ValueHistory.ServedValue::value, ValueHistory.ServedValue::current)
        .containsExactly("WIDOWED", true);
    // a living person's death elements are null, not refused
    var living = read(wife, "death.date");
    assertThat(value(living, "death.date").value()).isNull();

    // the household register cannot bring him back to life
    String response = push(psb, "persons", MediaType.APPLICATION_JSON_VALUE, """
        [{"idNumber": "%s", "name": "王建国", "ethnicity": "汉族", "regionCode": "331126001001",
          "address": "庆元县松源街道石龙社区9号", "alive": "true"}]""".formatted(husband.value()))
        .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
    assertThat(errors(response)).contains("row=1, field=alive, code=INCONSISTENT");
    // a new widow may marry again
    IdNumber second = person(IdNumber.Sex.MALE);
    register(second);
    push(cab, "marriages", MediaType.APPLICATION_JSON_VALUE, "[" + marriage(certificate(), second, wife, "REGISTERED")
        + "]").andExpect(status().isOk()).andExpect(jsonPath("$.inserted").value(1));
    assertThat(value(read(wife, "marriage.status"), "marriage.status").value()).isEqualTo("MARRIED");
  }

  @Test
  void badHouseholdAndMarriageRowsAreEachReportedAndNothingIsWritten() throws Exception {
    IdNumber head = person(IdNumber.Sex.MALE);
    IdNumber husband = person(IdNumber.Sex.MALE);
    IdNumber wife = person(IdNumber.Sex.FEMALE);
    IdNumber married = person(IdNumber.Sex.FEMALE);
    IdNumber marriedHusband = person(IdNumber.Sex.MALE);
    register(head, husband, wife, married, marriedHusband);
    push(cab, "marriages", MediaType.APPLICATION_JSON_VALUE,
        "[" + marriage(certificate(), marriedHusband, married, "REGISTERED") + "]").andExpect(status().isOk());
    String badChecksum = head.value().substring(0, 17) + (head.value().charAt(17) == '0' ? '1' : '0');
    long number = 770_000_000L + System.nanoTime() % 100_000_000L;

    String response = push(psb, "households", "text/csv", "id,headIdNumber,regionCode,address\n"
        + number + "," + head.value() + ",331126001001,庆元县1号\n"
        + (number + 1) + "," + badChecksum + ",331126001001,庆元县2号\n"
        + (number + 2) + "," + person(IdNumber.Sex.MALE).value() + ",331126001001,庆元县3号\n"
        + (number + 3) + "," + head.value() + ",330802001001,柯城区1号\n")
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value("ROWS_REJECTED"))
        .andReturn().getResponse().getContentAsString();
    assertThat(errors(response))
        .contains("row=2, field=headIdNumber, code=INVALID_ID_NUMBER")
        .contains("row=3, field=headIdNumber, code=UNKNOWN_PERSON")
        .containsPattern("row=4, field=regionCode, code=(OUTSIDE_REGION|INVALID_REGION)")
        .doesNotContain("row=1");
    assertThat(jdbc.sql("select count(*) from sharing_household where id = ?").param(number).query(Long.class).single())
        .isZero();

    String good = certificate();
    IdNumber unknown = person(IdNumber.Sex.FEMALE);
    // an even sequence number: a woman, 16 on the day of registration
    IdNumber young = IdNumber.of("331126", LocalDate.of(2008, 3, 1), 22);
    response = push(cab, "marriages", MediaType.APPLICATION_JSON_VALUE, "["
        + marriage(good, husband, wife, "REGISTERED") + ","
        + marriage(certificate(), husband, unknown, "REGISTERED") + ","
        + marriage(certificate(), head, married, "REGISTERED") + ","
        + marriage(certificate(), wife, head, "REGISTERED") + ","
        + marriage("M-2024-1", head, wife, "REGISTERED") + ","
        + marriage(certificate(), head, young, "REGISTERED") + ","
        + marriage(good, husband, wife, "REGISTERED") + "]")
        .andExpect(status().isUnprocessableContent())
        .andReturn().getResponse().getContentAsString();
    assertThat(errors(response))
        .contains("row=2, field=wifeIdNumber, code=UNKNOWN_PERSON")
        .contains("row=3, field=wifeIdNumber, code=DUPLICATE_MARRIAGE")
        .contains("row=4, field=husbandIdNumber, code=INCONSISTENT")
        .contains("row=4, field=wifeIdNumber, code=INCONSISTENT")
        .contains("row=5, field=certificateNo, code=INVALID_FORMAT")
        .contains("row=6, field=wifeIdNumber, code=UNDER_AGE")
        .contains("row=7, field=certificateNo, code=DUPLICATE_KEY")
        .doesNotContain("row=1,");
    // all or nothing: the good first row was not applied either
    assertThat(jdbc.sql("select count(*) from sharing_marriage where certificate_no = ?").param(good).query(Long.class)
        .single()).isZero();
    assertThat(population.person(wife).orElseThrow().maritalStatus()).isEqualTo(MaritalStatus.UNMARRIED);
    assertThat(population.person(married).orElseThrow().maritalStatus()).isEqualTo(MaritalStatus.MARRIED);

    // a second marriage of the same two people in one batch, and a change of the spouses of a stored certificate
    response = push(cab, "marriages", MediaType.APPLICATION_JSON_VALUE, "["
        + marriage(certificate(), husband, wife, "REGISTERED") + ","
        + marriage(certificate(), husband, wife, "REGISTERED") + "]")
        .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
    assertThat(errors(response)).contains("row=2, field=husbandIdNumber, code=DUPLICATE_MARRIAGE")
        .contains("row=2, field=wifeIdNumber, code=DUPLICATE_MARRIAGE");
    assertThat(population.marriages(husband)).isEmpty();
  }

  @Test
  void badBirthAndDeathRowsAreEachReportedAndNothingIsWritten() throws Exception {
    IdNumber mother = person(IdNumber.Sex.FEMALE);
    IdNumber man = person(IdNumber.Sex.MALE);
    register(mother, man);
    String header = "deliveryNo,motherIdNumber,fatherIdNumber,childSex,bornAt,weightGrams,gestationalWeeks,institution,"
        + "regionCode\n";
    LocalDateTime bornAt = LocalDate.now(org.onevisit.platform.ChinaTime.ZONE).minusDays(1).atTime(9, 0);
    String response = push(hc, "births", "text/csv", header
        + "QY-OK-" + System.nanoTime() % 1_000_000 + "," + mother.value() + ",," + "MALE," + bornAt
        + ",3100,40,庆元县人民医院,331126001001\n"
        + "QY-B2," + person(IdNumber.Sex.FEMALE).value() + ",,MALE," + bornAt + ",3100,40,庆元县人民医院,331126001001\n"
        + "QY-B3," + man.value() + ",,MALE," + bornAt + ",3100,40,庆元县人民医院,331126001001\n"
        + "QY-B4," + mother.value() + ",,X," + bornAt + ",100,50,庆元县人民医院,331126001001\n"
        + "QY-B5," + mother.value() + ",,MALE,2026-02-30T08:00,3100,40,庆元县人民医院,331126001001\n"
        + "QY-B6," + mother.value() + ",,MALE," + LocalDate.now(org.onevisit.platform.ChinaTime.ZONE).plusDays(2).atTime(8, 0)
        + ",3100,40,庆元县人民医院,331126001001\n")
        .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
    assertThat(errors(response))
        .contains("row=2, field=motherIdNumber, code=UNKNOWN_PERSON")
        .contains("row=3, field=motherIdNumber, code=INCONSISTENT")
        .contains("row=4, field=childSex, code=INVALID_CODE")
        .contains("row=4, field=weightGrams, code=OUT_OF_RANGE")
        .contains("row=4, field=gestationalWeeks, code=OUT_OF_RANGE")
        .contains("row=5, field=bornAt, code=INVALID_DATE")
        .contains("row=6, field=bornAt, code=OUT_OF_RANGE")
        .doesNotContain("row=1,");
    assertThat(response).contains("weightGrams must lie between 300 and 7000");
    assertThat(population.births(mother)).isEmpty();

    String deathHeader = "certificateNo,idNumber,deathDate,place,cause,regionCode\n";
    String good = "D" + System.nanoTime() % 1_000_000_000L;
    response = push(hc, "deaths", "text/csv", deathHeader
        + good + "," + man.value() + "," + LocalDate.now(org.onevisit.platform.ChinaTime.ZONE).minusDays(1) + ",家中,C34.9,331126001001\n"
        + "D2X" + System.nanoTime() % 1_000_000L + "," + person(IdNumber.Sex.MALE).value() + "," + LocalDate.now(org.onevisit.platform.ChinaTime.ZONE)
        + ",家中,,331126001001\n"
        + "D3X" + System.nanoTime() % 1_000_000L + "," + mother.value() + "," + LocalDate.now(org.onevisit.platform.ChinaTime.ZONE).plusDays(3)
        + ",家中,,331126001001\n"
        + "D4X" + System.nanoTime() % 1_000_000L + "," + man.value() + "," + LocalDate.now(org.onevisit.platform.ChinaTime.ZONE)
        + ",家中,,331126001001\n"
        + "D5X" + System.nanoTime() % 1_000_000L + "," + mother.value() + "," + LocalDate.now(org.onevisit.platform.ChinaTime.ZONE)
        + ",家中,cancer,331126001001\n"
        + good + "," + mother.value() + "," + LocalDate.now(org.onevisit.platform.ChinaTime.ZONE) + ",家中,,331126001001\n")
        .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
    assertThat(errors(response))
        .contains("row=2, field=idNumber, code=UNKNOWN_PERSON")
        .contains("row=3, field=deathDate, code=OUT_OF_RANGE")
        .contains("row=4, field=idNumber, code=DUPLICATE_DEATH")
        .contains("row=5, field=cause, code=INVALID_FORMAT")
        .contains("row=6, field=certificateNo, code=DUPLICATE_KEY")
        .doesNotContain("row=1,");
    assertThat(population.person(man).orElseThrow().alive()).isTrue();
    assertThat(jdbc.sql("select count(*) from sharing_death where certificate_no = ?").param(good).query(Long.class)
        .single()).isZero();

    // stored once, a second certificate for the same person is refused
    push(hc, "deaths", "text/csv", deathHeader + good + "," + man.value() + "," + LocalDate.now(org.onevisit.platform.ChinaTime.ZONE).minusDays(1)
        + ",家中,C34.9,331126001001\n").andExpect(status().isOk());
    response = push(hc, "deaths", "text/csv", deathHeader + good + "X," + man.value() + "," + LocalDate.now(org.onevisit.platform.ChinaTime.ZONE)
        + ",家中,,331126001001\n").andExpect(status().isUnprocessableContent())
        .andReturn().getResponse().getContentAsString();
    assertThat(errors(response)).contains("row=1, field=idNumber, code=DUPLICATE_DEATH");
  }

  @Test
  void onlyTheSourceDepartmentPushesAndBatchesKeepTheirLimits() throws Exception {
    IdNumber husband = person(IdNumber.Sex.MALE);
    IdNumber wife = person(IdNumber.Sex.FEMALE);
    register(husband, wife);
    String certificate = certificate();
    for (String wrong : List.of(psb, hc)) {
      push(wrong, "marriages", MediaType.APPLICATION_JSON_VALUE, "[" + marriage(certificate, husband, wife, "REGISTERED")
          + "]")
          .andExpect(status().isForbidden())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.code").value("NOT_ALLOWED"));
    }
    push(cab, "births", "text/csv", "deliveryNo,motherIdNumber\nQY-1," + wife.value() + "\n")
        .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("NOT_ALLOWED"));
    push(cab, "deaths", "text/csv", "certificateNo,idNumber\nD12345678," + husband.value() + "\n")
        .andExpect(status().isForbidden());
    push(hc, "households", "text/csv", "id,headIdNumber\n1," + husband.value() + "\n")
        .andExpect(status().isForbidden());
    assertThat(population.marriages(husband)).isEmpty();

    var csv = new StringBuilder("certificateNo,idNumber,deathDate,place,regionCode\n");
    for (int i = 0; i <= Ingestion.MAX_ROWS; i++) {
      csv.append("DX").append(100_000 + i).append(',').append(husband.value()).append(",2026-01-01,家中,331126001001\n");
    }
    push(hc, "deaths", "text/csv", csv.toString())
        .andExpect(status().isContentTooLarge())
        .andExpect(jsonPath("$.code").value("BATCH_TOO_LARGE"));
    assertThat(population.person(husband).orElseThrow().alive()).isTrue();

    mvc.perform(get("/api/v1/sharing/ingestion").header("Authorization", "Bearer " + hc))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.path == 'births')].sourceDepartmentKind").value("HEALTH"))
        .andExpect(jsonPath("$[?(@.path == 'marriages')].fields[0]").value("certificateNo"))
        .andExpect(jsonPath("$[?(@.path == 'households')].sourceDepartmentKind").value("PUBLIC_SECURITY"));
  }
}
