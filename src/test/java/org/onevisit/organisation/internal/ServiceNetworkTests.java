package org.onevisit.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onevisit.organisation.DepartmentKind;
import org.onevisit.organisation.HallKind;
import org.onevisit.organisation.Region;
import org.onevisit.organisation.RegionCode;
import org.onevisit.organisation.RegionCode.Level;
import org.onevisit.organisation.WindowTheme;
import org.onevisit.organisation.internal.ServiceNetwork.PlannedDepartment;
import org.onevisit.organisation.internal.ServiceNetwork.PlannedHall;

class ServiceNetworkTests {

  static final List<Region> TREE = List.of(
      region("330000", "浙江省", Level.PROVINCE, null),
      region("330100", "杭州市", Level.CITY, "330000"),
      region("330106", "西湖区", Level.COUNTY, "330100"),
      region("331100", "丽水市", Level.CITY, "330000"),
      region("331126", "庆元县", Level.COUNTY, "331100"),
      region("331126001", "松源街道", Level.TOWNSHIP, "331126"),
      region("331126001200", "东门村", Level.VILLAGE, "331126001"));

  final ServiceNetwork network = ServiceNetwork.of(TREE);

  @Test
  void everyProvinceCityAndCountyGetsOneDepartmentOfEachKind() {
    assertThat(network.departments()).hasSize(5 * DepartmentKind.values().length);
    assertThat(network.departments()).noneMatch(d -> d.region().level().compareTo(Level.COUNTY) > 0);
  }

  @Test
  void namesDepartmentsTheWayZhejiangDoes() {
    assertThat(department("331126-PSB").name()).isEqualTo("庆元县公安局");
    assertThat(department("331126-AMR").name()).isEqualTo("庆元县市场监督管理局");
    assertThat(department("331126-TAX").name()).isEqualTo("国家税务总局庆元县税务局");
    assertThat(department("331126-HPF").name()).isEqualTo("丽水市住房公积金管理中心庆元分中心");
    assertThat(department("331100-MIB").name()).isEqualTo("丽水市医疗保障局");
    assertThat(department("330106-PSB").name()).isEqualTo("杭州市公安局西湖区分局");
    assertThat(department("330106-CAB").name()).isEqualTo("杭州市西湖区民政局");
    assertThat(department("330000-PSB").name()).isEqualTo("浙江省公安厅");
  }

  @Test
  void givesCentresThemedWindowsAndTownshipsTwoGeneralOnes() {
    PlannedHall county = hall("331126-ASC");
    assertThat(county.name()).isEqualTo("庆元县行政服务中心");
    assertThat(county.windows()).hasSize(WindowTheme.values().length * ServiceNetwork.COUNTY_WINDOWS_PER_THEME);
    assertThat(county.windows()).extracting(w -> w.number()).startsWith("A01", "A02", "B01");
    assertThat(hall("331100-ASC").windows()).hasSize(WindowTheme.values().length * ServiceNetwork.CITY_WINDOWS_PER_THEME);

    PlannedHall township = hall("331126001-TSC");
    assertThat(township.name()).isEqualTo("松源街道便民服务中心");
    assertThat(township.kind()).isEqualTo(HallKind.TOWNSHIP_CENTRE);
    assertThat(township.address()).isEqualTo("浙江省丽水市庆元县松源街道");
    assertThat(township.windows()).extracting(w -> w.theme()).containsExactly(WindowTheme.GENERAL, WindowTheme.GENERAL);

    assertThat(hall("331126001200-VAP").name()).isEqualTo("东门村代办点");
    assertThat(network.halls()).noneMatch(h -> h.region().level() == Level.PROVINCE);
  }

  @Test
  void isDeterministic() {
    assertThat(ServiceNetwork.of(TREE)).isEqualTo(network);
  }

  private PlannedDepartment department(String code) {
    return network.departments().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
  }

  private PlannedHall hall(String code) {
    return network.halls().stream().filter(h -> h.code().equals(code)).findFirst().orElseThrow();
  }

  private static Region region(String code, String name, Level level, String parent) {
    return new Region(RegionCode.of(code), name, level, parent == null ? null : RegionCode.of(parent));
  }
}
