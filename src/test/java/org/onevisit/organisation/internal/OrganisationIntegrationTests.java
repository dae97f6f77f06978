package org.onevisit.organisation.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onevisit.organisation.Department;
import org.onevisit.organisation.DepartmentKind;
import org.onevisit.organisation.Departments;
import org.onevisit.organisation.HallKind;
import org.onevisit.organisation.Region;
import org.onevisit.organisation.RegionCode;
import org.onevisit.organisation.RegionCode.Level;
import org.onevisit.organisation.Regions;
import org.onevisit.organisation.ServiceHall;
import org.onevisit.organisation.ServiceHalls;
import org.onevisit.organisation.WindowTheme;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@ActiveProfiles("test")
class OrganisationIntegrationTests {

  static final RegionCode QINGYUAN = RegionCode.of("331126");
  static final RegionCode DONGMEN = RegionCode.of("331126001200");

  @Autowired Regions regions;
  @Autowired Departments departments;
  @Autowired ServiceHalls halls;
  @Autowired ReferenceDataLoader loader;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Clock clock;

  @Test
  void loadsAllOfZhejiangDownToCounties() {
    assertThat(regions.atLevel(Level.PROVINCE)).extracting(Region::name).containsExactly("浙江省");
    assertThat(regions.children(RegionCode.of("330000"))).hasSize(11).extracting(Region::name)
        .contains("杭州市", "衢州市", "丽水市");
    assertThat(regions.atLevel(Level.COUNTY)).hasSize(90);
    assertThat(regions.children(RegionCode.of("331100"))).extracting(Region::name).contains("庆元县", "莲都区");
  }

  @Test
  void loadsTownshipsAndVillagesOfTheDetailedCounties() {
    assertThat(regions.townships(QINGYUAN)).hasSize(19).extracting(Region::name).contains("松源街道", "百山祖镇");
    assertThat(regions.villages(QINGYUAN)).hasSizeGreaterThan(150).allMatch(v -> QINGYUAN.covers(v.code()));
    assertThat(regions.townships(RegionCode.of("330802"))).isNotEmpty();
    assertThat(regions.townships(RegionCode.of("330106"))).isNotEmpty();
    assertThat(regions.find(DONGMEN)).map(Region::name).hasValue("东门村");
  }

  @Test
  void namesARegionFromTheProvinceDown() {
    assertThat(regions.pathName(QINGYUAN)).isEqualTo("浙江省 丽水市 庆元县");
    assertThat(regions.pathName(DONGMEN)).isEqualTo("浙江省 丽水市 庆元县 松源街道 东门村");
    assertThat(regions.ancestors(DONGMEN)).extracting(Region::level)
        .containsExactly(Level.PROVINCE, Level.CITY, Level.COUNTY, Level.TOWNSHIP);
    assertThat(regions.pathName(RegionCode.of("110101"))).isEmpty();
  }

  @Test
  void searchesByNamePrefix() {
    assertThat(regions.search("庆元", 5)).first().extracting(Region::code).isEqualTo(QINGYUAN);
    assertThat(regions.search("%", 5)).isEmpty();
    assertThat(regions.search(" ", 5)).isEmpty();
  }

  @Test
  void aSecondLoadChangesNothing() {
    List<Long> hallIds = jdbc.sql("select id from organisation_halls order by id").query(Long.class).list();
    long started = System.nanoTime();
    assertThat(loader.load()).isFalse();
    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1000);
    assertThat(jdbc.sql("select id from organisation_halls order by id").query(Long.class).list()).isEqualTo(hallIds);
  }

  @Test
  void aChangedFingerprintReloadsAndKeepsTheIds() {
    List<Long> departmentIds = jdbc.sql("select id from organisation_departments order by id").query(Long.class).list();
    jdbc.sql("update organisation_reference_data set fingerprint = 'stale'").update();
    assertThat(loader.load()).isTrue();
    assertThat(jdbc.sql("select id from organisation_departments order by id").query(Long.class).list())
        .isEqualTo(departmentIds);
    assertThat(loader.load()).isFalse();
  }

  @Test
  @Transactional
  void aRegionGoneFromTheFileTakesItsHallAlong() throws Exception {
    String csv = new String(new ClassPathResource("organisation/regions.csv").getContentAsByteArray(), UTF_8);
    String without = csv.lines().filter(line -> !line.startsWith(DONGMEN.value()))
        .collect(Collectors.joining("\n", "", "\n"));
    long centre = halls.inRegion(QINGYUAN).getFirst().id();

    var shrunk = new ReferenceDataLoader(jdbc, transactions, clock, new ByteArrayResource(without.getBytes(UTF_8)));
    assertThat(shrunk.load()).isTrue();

    assertThat(regions.find(DONGMEN)).isEmpty();
    assertThat(halls.inRegion(DONGMEN)).isEmpty();
    assertThat(halls.inRegion(QINGYUAN).getFirst().id()).isEqualTo(centre);
    assertThat(halls.windows(centre)).isNotEmpty();
  }

  @Test
  void findsTheCountyDepartmentResponsibleForAVillage() {
    assertThat(departments.byKind(DepartmentKind.PUBLIC_SECURITY, DONGMEN)).map(Department::name).hasValue("庆元县公安局");
    assertThat(departments.byKind(DepartmentKind.MEDICAL_INSURANCE, RegionCode.of("331100")))
        .map(Department::code).hasValue("331100-MIB");
    assertThat(departments.byKind(DepartmentKind.TAX, RegionCode.of("110101"))).isEmpty();
    Department psb = departments.findByCode("331126-PSB").orElseThrow();
    assertThat(departments.find(psb.id())).hasValue(psb);
    assertThat(departments.atRegion(QINGYUAN)).hasSize(DepartmentKind.values().length);
    assertThat(departments.atRegion(DONGMEN)).isEmpty();
  }

  @Test
  void servesEveryLevelWithHalls() {
    assertThat(halls.ofKind(HallKind.ADMINISTRATIVE_SERVICE_CENTRE)).hasSize(11 + 90);
    List<ServiceHall> inQingyuan = halls.inRegion(QINGYUAN);
    assertThat(inQingyuan).first().extracting(ServiceHall::name).isEqualTo("庆元县行政服务中心");
    assertThat(inQingyuan).extracting(ServiceHall::name).contains("松源街道便民服务中心", "东门村代办点");
    assertThat(inQingyuan).hasSize(1 + regions.townships(QINGYUAN).size() + regions.villages(QINGYUAN).size());
    assertThat(halls.inRegion(RegionCode.of("331100"))).hasSizeGreaterThan(inQingyuan.size());

    ServiceHall centre = inQingyuan.getFirst();
    assertThat(halls.find(centre.id())).hasValue(centre);
    assertThat(halls.windows(centre.id())).extracting(w -> w.theme()).contains(WindowTheme.values());
    assertThat(halls.windows(-1)).isEmpty();
  }
}
