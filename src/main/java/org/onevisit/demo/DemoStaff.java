package org.onevisit.demo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.onevisit.identity.Accounts.NewStaff;
import org.onevisit.identity.Role;
import org.onevisit.organisation.DepartmentKind;
import org.onevisit.organisation.RegionCode;

/**
 * The staff of the demo province: for each detailed county (庆元县, 柯城区, 西湖区) a window clerk, approvers in
 * six departments, a village agent for one township, a supervisor, a data admin and a hotline operator; at
 * 丽水市 an approver and a supervisor; at the province a catalog admin and a system admin. All share
 * {@link #PASSWORD}.
 *
 * <p>Seats: approvers sit in their department ({@code 331126-PSB}). The organisation module has no
 * department for the 行政服务中心, the 政务服务管理办公室 or the 12345 hotline, so the clerk, the agent, the
 * supervisor, the data admin and the hotline operator are seated in the region's 市场监督管理局
 * ({@code 331126-AMR}); their roles do not depend on a department. Usernames are stable:
 * {@code <place>.<role>[.<department>]}.
 */
public final class DemoStaff {

  /** The one password of every demo staff account. Demo only: never deploy the demo profile in production. */
  public static final String PASSWORD = "Demo-2026!";

  private static final List<DepartmentKind> APPROVING = List.of(DepartmentKind.PUBLIC_SECURITY,
      DepartmentKind.CIVIL_AFFAIRS, DepartmentKind.MARKET_REGULATION, DepartmentKind.MEDICAL_INSURANCE,
      DepartmentKind.NATURAL_RESOURCES, DepartmentKind.HEALTH);

  private record County(String place, String code, String agentTownship, String[] names) {}

  private static final List<County> COUNTIES = List.of(
      new County("qingyuan", "331126", "331126101",
          new String[] {"吴丽华", "叶志明", "周晓芳", "胡建军", "陈美玲", "季海燕", "姚俊杰", "练春花", "刘伟", "杨丹", "范立新"}),
      new County("kecheng", "330802", "330802100",
          new String[] {"徐慧敏", "郑国强", "毛晓燕", "余建平", "方婷婷", "祝志刚", "王静", "汪俊", "江红梅", "叶斌", "程丽"}),
      new County("xihu", "330106", "330106109",
          new String[] {"沈佳怡", "钱浩", "孙晓雯", "朱建华", "陆敏", "蒋伟", "何芳", "张磊", "楼晓丽", "金涛", "许静"}));

  private DemoStaff() {}

  /** Every demo staff account, in a stable order. */
  public static List<NewStaff> all() {
    var staff = new ArrayList<NewStaff>();
    for (County county : COUNTIES) {
      RegionCode region = RegionCode.of(county.code());
      String seat = county.code() + "-" + DepartmentKind.MARKET_REGULATION.code();
      String[] names = county.names();
      int n = 0;
      staff.add(member(county.place() + ".clerk", names[n++], seat, region, Role.WINDOW_CLERK));
      for (DepartmentKind kind : APPROVING) {
        staff.add(member(county.place() + ".approver." + kind.code().toLowerCase(java.util.Locale.ROOT), names[n++],
            county.code() + "-" + kind.code(), region, Role.APPROVER));
      }
      var random = new java.util.SplittableRandom(county.code().hashCode());
      for (DepartmentKind kind : DepartmentKind.values()) {
        if (!APPROVING.contains(kind)) {
          String name = ChineseNames.surname(random) + ChineseNames.given(random, random.nextBoolean(), 1985);
          staff.add(member(county.place() + ".approver." + kind.code().toLowerCase(java.util.Locale.ROOT), name,
              county.code() + "-" + kind.code(), region, Role.APPROVER));
        }
      }
      staff.add(member(county.place() + ".agent", names[n++], seat, RegionCode.of(county.agentTownship()),
          Role.VILLAGE_AGENT));
      staff.add(member(county.place() + ".supervisor", names[n++], seat, region, Role.SUPERVISOR));
      staff.add(member(county.place() + ".dataadmin", names[n++], seat, region, Role.DATA_ADMIN));
      staff.add(member(county.place() + ".hotline", names[n++], seat, region, Role.HOTLINE_OPERATOR));
    }
    RegionCode lishui = RegionCode.of("331100");
    staff.add(member("lishui.approver.amr", "雷振华", "331100-AMR", lishui, Role.APPROVER));
    staff.add(member("lishui.supervisor", "蓝秀琴", "331100-AMR", lishui, Role.SUPERVISOR));
    RegionCode zhejiang = RegionCode.of("330000");
    staff.add(member("zj.catalog", "章明远", "330000-AMR", zhejiang, Role.CATALOG_ADMIN));
    staff.add(member("zj.sysadmin", "邵一凡", "330000-AMR", zhejiang, Role.SYSTEM_ADMIN));
    return List.copyOf(staff);
  }

  private static NewStaff member(String username, String name, String department, RegionCode region, Role role) {
    Set<Role> roles = EnumSet.of(role);
    return new NewStaff(username, name, PASSWORD, department, region, roles);
  }
}
