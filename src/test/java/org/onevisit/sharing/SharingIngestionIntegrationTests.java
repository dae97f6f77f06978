package org.onevisit.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevisit.identity.Accounts;
import org.onevisit.identity.CreditCode;
import org.onevisit.identity.IdNumber;
import org.onevisit.identity.IdentityFixtures;
import org.onevisit.sharing.SharingFixtures.OpenCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Source departments push enterprises, credit entries, addresses and persons: validated per field, every rejected row
 * reported, nothing half-applied, each change versioned so that a past read still shows what it served.
 */
@SpringBootTest
@ActiveProfiles("test")
class SharingIngestionIntegrationTests {

  static final String SOURCE = "331126-AMR";
  static final String CONSUMER = "331126-TAX";
  static final String PURPOSE = "TAX-01";

  @Autowired WebApplicationContext context;
  @Autowired ApiClients clients;
  @Autowired Accounts accounts;
  @Autowired Grants grants;
  @Autowired SharedData shared;
  @Autowired LegalPersonLibrary legalPersons;
  @Autowired PopulationLibrary population;
  @Autowired ValueHistory history;
  @Autowired JdbcClient jdbc;

  MockMvc mvc;
  String amr;

  @BeforeEach
  void setUp() throws Exception {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    amr = token(SOURCE, "市场主体登记系统");
    if (grants.latest(500).stream().noneMatch(g -> g.consumerDepartment().equals(CONSUMER)
        && g.purposeType().equals(PURPOSE))) {
      SharingFixtures.approvedGrant(grants, accounts, CONSUMER, PURPOSE, LocalDate.now(org.onevisit.platform.ChinaTime.ZONE).plusDays(30), "enterprise.name",
          "enterprise.legalRepresentative", "enterprise.legalRepresentativeIdNumber", "credit.level",
          "credit.blackList", "address.coordinates", "person.name");
    }
  }

  String token(String department, String name) throws Exception {
    return SharingFixtures.clientToken(mvc, clients, accounts, department, name);
  }

  static String enterpriseCsv(CreditCode code, String name, IdNumber representative) {
    return "creditCode,name,legalForm,regionCode,address,representativeName,representativeIdNumber,"
        + "representativeMobile,registeredOn,status\r\n"
        + code.value() + ",\"" + name + "\",LIMITED_COMPANY,331126001001,\"庆元县松源街道石龙社区8号, 2楼\",吴建华,"
        + representative.value() + ",13905781234,2018-03-01,ACTIVE\r\n";
  }

  @Test
  void aSourceDepartmentPushesEnterprisesAsCsvAndConsumersReadThemWithProvenance() throws Exception {
    CreditCode code = SharingFixtures.anyCreditCode();
    IdNumber representative = IdentityFixtures.anyIdNumber();
    mvc.perform(post("/api/v1/sharing/ingestion/enterprises").header("Authorization", "Bearer " + amr)
            .contentType("text/csv").content(enterpriseCsv(code, "庆元县鑫源食品有限公司", representative)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.inserted").value(1))
        .andExpect(jsonPath("$.applied").value(true));

    var stored = legalPersons.enterprise(code).orElseThrow();
    assertThat(stored.address()).isEqualTo("庆元县松源街道石龙社区8号, 2楼");
    assertThat(stored.representativeId()).isEqualTo(representative);
    assertThat(stored.provenance().sourceDepartment()).isEqualTo(SOURCE);
    assertThat(stored.provenance().sourceSystem()).isEqualTo("市场主体登记系统");
    assertThat(legalPersons.representedBy(representative)).extracting(EnterpriseRecord::creditCode).containsExactly(code);
    // at rest: neither the ID number nor the mobile appear in the row
    String raw = jdbc.sql("select representative_id, representative_mobile, representative_id_index from sharing_enterprise"
            + " where credit_code = ?").param(code.value())
        .query((rs, i) -> HexFormat.of().formatHex(rs.getBytes(1)) + HexFormat.of().formatHex(rs.getBytes(2))
            + new String(rs.getBytes(1), java.nio.charset.StandardCharsets.ISO_8859_1)).single();
    assertThat(raw).doesNotContain(representative.value()).doesNotContain("13905781234");

    var subject = new Subject.Enterprise(code);
    var answer = shared.read(new Consumer(CONSUMER, "staff:tax"), subject,
        SharingFixtures.elements("enterprise.name", "enterprise.legalRepresentativeIdNumber", "credit.level",
            "person.name"), new Purpose(PURPOSE, OpenCases.open(CONSUMER, subject)));
    assertThat(answer.value(org.onevisit.catalog.DataElement.of("enterprise.name")).orElseThrow().value())
        .isEqualTo("庆元县鑫源食品有限公司");
    assertThat(answer.value(org.onevisit.catalog.DataElement.of("enterprise.legalRepresentativeIdNumber")).orElseThrow()
        .value()).isEqualTo(representative.value());
    assertThat(answer.value(org.onevisit.catalog.DataElement.of("credit.level")).orElseThrow().value()).isNull();
    assertThat(answer.refusals()).extracting(Answer.Refusal::reason).containsExactly(Answer.RefusalReason.NOT_HELD);
  }

  @Test
  void everyMalformedRowIsReportedAndNothingIsApplied() throws Exception {
    CreditCode good = SharingFixtures.anyCreditCode();
    CreditCode other = SharingFixtures.anyCreditCode();
    IdNumber person = IdentityFixtures.anyIdNumber();
    String body = """
        [
          {"creditCode": "%s", "name": "好企业", "legalForm": "LIMITED_COMPANY", "regionCode": "331126001001",
           "address": "庆元县1号", "representativeName": "王芳", "representativeIdNumber": "%s"},
          {"creditCode": "91331126MA00000000", "name": "坏代码", "legalForm": "LIMITED_COMPANY", "regionCode": "331126001001",
           "address": "庆元县2号", "representativeName": "王芳", "representativeIdNumber": "%s"},
          {"creditCode": "%s", "legalForm": "BANK", "regionCode": "331126001001", "address": "庆元县3号",
           "representativeName": "王芳", "representativeIdNumber": "331126199403189011", "representativeMobile": "12345",
           "colour": "red"},
          {"creditCode": "%s", "name": "外地企业", "legalForm": "SOLE_TRADER", "regionCode": "330802",
           "address": "柯城区1号", "representativeName": "王芳", "representativeIdNumber": "%s", "registeredOn": "2018-02-30"},
          {"creditCode": "%s", "name": "重复", "legalForm": "LIMITED_COMPANY", "regionCode": "331126001001",
           "address": "庆元县1号", "representativeName": "王芳", "representativeIdNumber": "%s"}
        ]""".formatted(good.value(), person.value(), person.value(), other.value(), SharingFixtures.anyCreditCode().value(),
        person.value(), good.value(), person.value());
    String response = mvc.perform(post("/api/v1/sharing/ingestion/enterprises").header("Authorization", "Bearer " + amr)
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value("ROWS_REJECTED"))
        .andReturn().getResponse().getContentAsString();
    java.util.List<java.util.Map<String, Object>> rejected = JsonPath.read(response, "$.errors");
    assertThat(rejected.stream().map(e -> "row=" + e.get("row") + ", field=" + e.get("field") + ", code=" + e.get("code"))
        .toList().toString())
        .contains("row=2, field=creditCode, code=INVALID_CREDIT_CODE")
        .contains("row=3, field=name, code=REQUIRED")
        .contains("row=3, field=legalForm, code=INVALID_CODE")
        .contains("row=3, field=representativeIdNumber, code=INVALID_ID_NUMBER")
        .contains("row=3, field=representativeMobile, code=INVALID_MOBILE")
        .contains("row=3, field=colour, code=UNKNOWN_FIELD")
        .contains("row=4, field=registeredOn, code=INVALID_DATE")
        .contains("row=5, field=creditCode, code=DUPLICATE_KEY");
    assertThat(legalPersons.enterprise(good)).isEmpty();

    // the same batch with partial=true applies the one good row, completely
    mvc.perform(post("/api/v1/sharing/ingestion/enterprises?partial=true").header("Authorization", "Bearer " + amr)
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.inserted").value(1))
        .andExpect(jsonPath("$.rejected.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(4)));
    assertThat(legalPersons.enterprise(good).orElseThrow().name()).isEqualTo("好企业");
  }

  @Test
  void aRecordOutsideTheDepartmentsRegionIsRejected() throws Exception {
    String body = """
        [{"creditCode": "%s", "name": "外地企业", "legalForm": "SOLE_TRADER", "regionCode": "330802001001",
          "address": "柯城区1号", "representativeName": "王芳", "representativeIdNumber": "%s"}]"""
        .formatted(SharingFixtures.anyCreditCode().value(), IdentityFixtures.anyIdNumber().value());
    mvc.perform(post("/api/v1/sharing/ingestion/enterprises").header("Authorization", "Bearer " + amr)
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].code").value(org.hamcrest.Matchers.oneOf("OUTSIDE_REGION", "INVALID_REGION")));
  }

  @Test
  void onlyTheSourceDepartmentMayPushARecordType() throws Exception {
    String psb = token("331126-PSB", "户籍管理系统");
    mvc.perform(post("/api/v1/sharing/ingestion/enterprises").header("Authorization", "Bearer " + psb)
            .contentType("text/csv").content(enterpriseCsv(SharingFixtures.anyCreditCode(), "冒名企业",
                IdentityFixtures.anyIdNumber())))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("NOT_ALLOWED"));
    mvc.perform(post("/api/v1/sharing/ingestion/persons").header("Authorization", "Bearer " + amr)
            .contentType("text/csv").content("idNumber,name\n" + IdentityFixtures.anyIdNumber().value() + ",张三\n"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/sharing/ingestion/enterprises")
            .contentType("text/csv").content("creditCode\n"))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void oversizeEmptyAndMalformedBatchesAreProblems() throws Exception {
    var csv = new StringBuilder("address,regionCode,longitude,latitude\n");
    for (int i = 0; i <= Ingestion.MAX_ROWS; i++) {
      csv.append("庆元县测试路").append(i).append("号,331126001001,119.06,27.61\n");
    }
    String nrp = token("331126-NRP", "标准地址库");
    mvc.perform(post("/api/v1/sharing/ingestion/addresses").header("Authorization", "Bearer " + nrp)
            .contentType("text/csv").content(csv.toString()))
        .andExpect(status().isContentTooLarge())
        .andExpect(jsonPath("$.code").value("BATCH_TOO_LARGE"));
    mvc.perform(post("/api/v1/sharing/ingestion/addresses").header("Authorization", "Bearer " + nrp)
            .contentType(MediaType.APPLICATION_JSON).content("{not json"))
        .andExpect(status().isBadRequest());
    mvc.perform(post("/api/v1/sharing/ingestion/addresses").header("Authorization", "Bearer " + nrp)
            .contentType("text/csv").content("address,regionCode\n\"unterminated,331126\n"))
        .andExpect(status().isBadRequest());
    mvc.perform(post("/api/v1/sharing/ingestion/planets").header("Authorization", "Bearer " + nrp)
            .contentType("text/csv").content("address\nx\n"))
        .andExpect(status().isNotFound());
    mvc.perform(post("/api/v1/sharing/ingestion/addresses").header("Authorization", "Bearer " + nrp)
            .contentType("text/csv").content("address,regionCode,longitude,latitude\n庆元县坐标路1号,331126001001,200,27.6\n"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].code").value("OUT_OF_RANGE"));
    mvc.perform(get("/api/v1/sharing/ingestion").header("Authorization", "Bearer " + nrp))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.path == 'addresses')].fields[0]").value("address"));
  }

  @Test
  void aChangeGetsANewVersionAndAnEarlierReadStillShowsTheValueItServed() throws Exception {
    IdNumber representative = IdentityFixtures.anyIdNumber();
    var enterprise = SharingFixtures.enterprise(population, representative);
    CreditCode code = enterprise.creditCode();
    var subject = new Subject.Enterprise(code);
    var consumer = new Consumer(CONSUMER, "staff:tax");
    var before = shared.read(consumer, subject, SharingFixtures.elements("enterprise.name", "credit.level"),
        new Purpose(PURPOSE, OpenCases.open(CONSUMER, subject)));
    assertThat(before.values().getFirst().provenance().version()).isEqualTo(1);

    mvc.perform(post("/api/v1/sharing/ingestion/enterprises").header("Authorization", "Bearer " + amr)
            .contentType("text/csv").content(enterpriseCsv(code, "庆元县鑫源食品股份有限公司", representative)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.updated").value(1));
    // the same record again changes nothing
    mvc.perform(post("/api/v1/sharing/ingestion/enterprises").header("Authorization", "Bearer " + amr)
            .contentType("text/csv").content(enterpriseCsv(code, "庆元县鑫源食品股份有限公司", representative)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.unchanged").value(1))
        .andExpect(jsonPath("$.applied").value(false));
    mvc.perform(post("/api/v1/sharing/ingestion/credits").header("Authorization", "Bearer " + amr)
            .contentType(MediaType.APPLICATION_JSON)
            .content("[{\"creditCode\": \"%s\", \"level\": \"D\", \"blackList\": true, \"listReason\": \"庆市监信〔2026〕1号\"}]"
                .formatted(code.value())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.updated").value(1));

    var after = shared.read(consumer, subject, SharingFixtures.elements("enterprise.name", "credit.level",
        "credit.blackList"), new Purpose(PURPOSE, OpenCases.open(CONSUMER, subject)));
    assertThat(after.values()).extracting(Answer.SharedValue::value)
        .containsExactly("庆元县鑫源食品股份有限公司", "D", "true");
    assertThat(after.values().getFirst().provenance().version()).isEqualTo(2);
    assertThat(after.values().getFirst().provenance().sourceDepartment()).isEqualTo(SOURCE);

    assertThat(history.served(before.entry()))
        .extracting(ValueHistory.ServedValue::value, ValueHistory.ServedValue::version, ValueHistory.ServedValue::current)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("庆元县松源街道鑫源食品有限公司", 1, false),
            org.assertj.core.groups.Tuple.tuple("B", 1, false));
    assertThat(history.served(after.entry()))
        .extracting(ValueHistory.ServedValue::value, ValueHistory.ServedValue::current)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("庆元县鑫源食品股份有限公司", true),
            org.assertj.core.groups.Tuple.tuple("D", true), org.assertj.core.groups.Tuple.tuple("true", true));
  }

  @Test
  void creditAndAddressRowsAreCheckedAgainstTheirRules() throws Exception {
    mvc.perform(post("/api/v1/sharing/ingestion/credits").header("Authorization", "Bearer " + amr)
            .contentType("text/csv").content("creditCode,level,redList,blackList,listReason\n"
                + SharingFixtures.anyCreditCode().value() + ",A,false,false,\n"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].code").value("UNKNOWN_ENTERPRISE"));
    var enterprise = SharingFixtures.enterprise(population, IdentityFixtures.anyIdNumber());
    mvc.perform(post("/api/v1/sharing/ingestion/credits").header("Authorization", "Bearer " + amr)
            .contentType("text/csv").content("creditCode,level,redList,blackList,listReason\n"
                + enterprise.creditCode().value() + ",A,true,false,\n"
                + enterprise.creditCode().value() + ",E,maybe,false,\n"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].code").value("REQUIRED"))
        .andExpect(jsonPath("$.errors[1].code").value("INVALID_CODE"))
        .andExpect(jsonPath("$.errors[2].code").value("INVALID_BOOLEAN"));

    String nrp = token("331126-NRP", "标准地址库");
    mvc.perform(post("/api/v1/sharing/ingestion/addresses").header("Authorization", "Bearer " + nrp)
            .contentType("text/csv").content("address,regionCode,longitude,latitude\n"
                + enterprise.address() + ",331126001001,119.062345,27.618901\n"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.inserted").value(1));
    var subject = new Subject.Enterprise(enterprise.creditCode());
    var answer = shared.read(new Consumer(CONSUMER, "staff:tax"), subject,
        SharingFixtures.elements("address.coordinates"), new Purpose(PURPOSE, OpenCases.open(CONSUMER, subject)));
    assertThat(answer.values().getFirst().value()).isEqualTo("119.062345,27.618901");
    assertThat(answer.values().getFirst().provenance().sourceDepartment()).isEqualTo("331126-NRP");
  }

  @Test
  void aFullBatchOf5000EnterprisesIsAppliedAndTimed() throws Exception {
    var csv = new StringBuilder("creditCode,name,legalForm,regionCode,address,representativeName,representativeIdNumber,"
        + "representativeMobile\n");
    for (int i = 0; i < Ingestion.MAX_ROWS; i++) {
      csv.append(SharingFixtures.anyCreditCode().value()).append(",庆元县批量企业").append(i).append("有限公司,LIMITED_COMPANY,")
          .append("331126001001,庆元县松源街道批量路").append(i).append("号,王芳,").append(IdentityFixtures.anyIdNumber().value())
          .append(",1390578").append(String.format("%04d", i)).append('\n');
    }
    long started = System.nanoTime();
    mvc.perform(post("/api/v1/sharing/ingestion/enterprises").header("Authorization", "Bearer " + amr)
            .contentType("text/csv").content(csv.toString()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.inserted").value(Ingestion.MAX_ROWS));
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.printf("Ingestion: %d enterprises as CSV over HTTP (MockMvc) in %d ms (%d rows/s)%n", Ingestion.MAX_ROWS,
        millis, Ingestion.MAX_ROWS * 1000L / Math.max(1, millis));
    long second = System.nanoTime();
    mvc.perform(post("/api/v1/sharing/ingestion/enterprises").header("Authorization", "Bearer " + amr)
            .contentType("text/csv").content(csv.toString()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.unchanged").value(Ingestion.MAX_ROWS));
    System.out.printf("Ingestion: the same %d rows again (all unchanged) in %d ms%n", Ingestion.MAX_ROWS,
        (System.nanoTime() - second) / 1_000_000);
  }
}
