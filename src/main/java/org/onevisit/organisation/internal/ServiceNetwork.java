package org.onevisit.organisation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onevisit.organisation.DepartmentKind;
import org.onevisit.organisation.HallKind;
import org.onevisit.organisation.Region;
import org.onevisit.organisation.RegionCode;
import org.onevisit.organisation.RegionCode.Level;
import org.onevisit.organisation.WindowTheme;

/**
 * The departments, halls and windows that follow from the region tree, generated deterministically:
 * every province, city and county gets one department of each kind; every city and county a 行政服务中心
 * with themed windows; every township a 便民服务中心 with two general windows; every village a 代办点.
 * Codes are stable ({@code 331126-PSB}, {@code 331126001-TSC}) so that a reload keeps every id.
 */
record ServiceNetwork(List<PlannedDepartment> departments, List<PlannedHall> halls) {

  static final int CITY_WINDOWS_PER_THEME = 3;
  static final int COUNTY_WINDOWS_PER_THEME = 2;
  static final int TOWNSHIP_WINDOWS = 2;

  record PlannedDepartment(String code, String name, DepartmentKind kind, RegionCode region) {}

  record PlannedHall(
      String code, String name, HallKind kind, RegionCode region, String address, String openingHours,
      List<PlannedWindow> windows) {}

  record PlannedWindow(String number, WindowTheme theme) {}

  /** Plans the network of a region tree whose every region's parent is in the list too. */
  static ServiceNetwork of(List<Region> regions) {
    Map<RegionCode, Region> byCode = new HashMap<>();
    regions.forEach(region -> byCode.put(region.code(), region));
    var departments = new ArrayList<PlannedDepartment>();
    var halls = new ArrayList<PlannedHall>();
    for (Region region : regions) {
      var names = new Names(region, byCode);
      switch (region.level()) {
        case PROVINCE -> departments.addAll(departments(region, names));
        case CITY, COUNTY -> {
          departments.addAll(departments(region, names));
          halls.add(new PlannedHall(code(region, HallKind.ADMINISTRATIVE_SERVICE_CENTRE), names.seat() + "行政服务中心",
              HallKind.ADMINISTRATIVE_SERVICE_CENTRE, region.code(), names.address(),
              "周一至周五 8:30—12:00，14:00—17:30；周六 9:00—12:00（综合窗口）",
              themedWindows(region.level() == Level.CITY ? CITY_WINDOWS_PER_THEME : COUNTY_WINDOWS_PER_THEME)));
        }
        case TOWNSHIP -> halls.add(new PlannedHall(code(region, HallKind.TOWNSHIP_CENTRE), region.name() + "便民服务中心",
            HallKind.TOWNSHIP_CENTRE, region.code(), names.address(), "周一至周五 8:30—12:00，14:00—17:00",
            numbered(TOWNSHIP_WINDOWS)));
        case VILLAGE -> halls.add(new PlannedHall(code(region, HallKind.VILLAGE_AGENT_POINT), region.name() + "代办点",
            HallKind.VILLAGE_AGENT_POINT, region.code(), names.address(), "周一至周五 8:30—17:00，可预约代办员上门",
            numbered(1)));
      }
    }
    return new ServiceNetwork(List.copyOf(departments), List.copyOf(halls));
  }

  private static String code(Region region, HallKind kind) {
    return region.code().value() + "-" + kind.code();
  }

  private static List<PlannedDepartment> departments(Region region, Names names) {
    var list = new ArrayList<PlannedDepartment>();
    for (DepartmentKind kind : DepartmentKind.values()) {
      list.add(new PlannedDepartment(region.code().value() + "-" + kind.code(), names.department(kind), kind,
          region.code()));
    }
    return list;
  }

  private static List<PlannedWindow> themedWindows(int perTheme) {
    var windows = new ArrayList<PlannedWindow>();
    for (WindowTheme theme : WindowTheme.values()) {
      for (int i = 1; i <= perTheme; i++) {
        windows.add(new PlannedWindow("%s%02d".formatted(theme.letter(), i), theme));
      }
    }
    return windows;
  }

  private static List<PlannedWindow> numbered(int count) {
    var windows = new ArrayList<PlannedWindow>();
    for (int i = 1; i <= count; i++) {
      windows.add(new PlannedWindow("%02d".formatted(i), WindowTheme.GENERAL));
    }
    return windows;
  }

  /** How the names of a region's offices are formed, following the usual Zhejiang forms. */
  private record Names(Region region, Map<RegionCode, Region> byCode) {

    /** The seat's name as offices carry it: a city district with its city (杭州市西湖区), else its own (庆元县). */
    String seat() {
      return isDistrict() ? city().name() + region.name() : region.name();
    }

    boolean isDistrict() {
      return region.level() == Level.COUNTY && region.name().endsWith("区");
    }

    Region city() {
      return parentOf(region);
    }

    private Region parentOf(Region r) {
      var parent = byCode.get(r.parent());
      if (parent == null) {
        throw new IllegalStateException("The parent of " + r.code() + " is missing");
      }
      return parent;
    }

    String address() {
      var parts = new ArrayList<String>();
      for (Region r = region; r != null; r = r.parent() == null ? null : parentOf(r)) {
        parts.addFirst(r.name());
      }
      return String.join("", parts);
    }

    /** The county name without its level suffix, as in 庆元分中心. */
    String shortName() {
      var name = region.name();
      return name.length() > 2 ? name.substring(0, name.length() - 1) : name;
    }

    String department(DepartmentKind kind) {
      return switch (region.level()) {
        case PROVINCE -> province(kind);
        case CITY -> city(kind, seat());
        default -> county(kind);
      };
    }

    private String province(DepartmentKind kind) {
      var p = region.name();
      return switch (kind) {
        case PUBLIC_SECURITY -> p + "公安厅";
        case CIVIL_AFFAIRS -> p + "民政厅";
        case HUMAN_RESOURCES -> p + "人力资源和社会保障厅";
        case MEDICAL_INSURANCE -> p + "医疗保障局";
        case HEALTH -> p + "卫生健康委员会";
        case MARKET_REGULATION -> p + "市场监督管理局";
        case TAX -> "国家税务总局" + p + "税务局";
        case NATURAL_RESOURCES -> p + "自然资源厅";
        case HOUSING -> p + "住房和城乡建设厅";
        case HOUSING_FUND -> p + "住房公积金管理中心";
        case EDUCATION -> p + "教育厅";
        case TRANSPORT -> p + "交通运输厅";
      };
    }

    private static String city(DepartmentKind kind, String s) {
      return switch (kind) {
        case PUBLIC_SECURITY -> s + "公安局";
        case CIVIL_AFFAIRS -> s + "民政局";
        case HUMAN_RESOURCES -> s + "人力资源和社会保障局";
        case MEDICAL_INSURANCE -> s + "医疗保障局";
        case HEALTH -> s + "卫生健康委员会";
        case MARKET_REGULATION -> s + "市场监督管理局";
        case TAX -> "国家税务总局" + s + "税务局";
        case NATURAL_RESOURCES -> s + "自然资源和规划局";
        case HOUSING -> s + "住房和城乡建设局";
        case HOUSING_FUND -> s + "住房公积金管理中心";
        case EDUCATION -> s + "教育局";
        case TRANSPORT -> s + "交通运输局";
      };
    }

    private String county(DepartmentKind kind) {
      var city = city().name();
      return switch (kind) {
        case PUBLIC_SECURITY -> isDistrict() ? city + "公安局" + region.name() + "分局" : seat() + "公安局";
        case HEALTH -> seat() + "卫生健康局";
        case HOUSING_FUND -> city + "住房公积金管理中心" + shortName() + "分中心";
        default -> city(kind, seat());
      };
    }
  }
}
