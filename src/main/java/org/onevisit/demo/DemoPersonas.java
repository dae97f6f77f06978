package org.onevisit.demo;

import java.time.LocalDate;
import java.util.List;
import org.onevisit.identity.CreditCode;
import org.onevisit.identity.IdNumber;
import org.onevisit.organisation.RegionCode;

/**
 * The named demo personas, created by {@link DemoProvince} whatever the seed. Their ID numbers use the
 * sequences 901–908, which generated persons never use; their mobiles start with 170, which generated
 * persons never get. Only {@link #turningSixty(LocalDate)} depends on the day of the load: a fixed birth
 * date cannot stay "60 next month".
 */
public final class DemoPersonas {

  /** 出生一件事: husband of an expecting couple in 庆元县 (marriage and prenatal records present). */
  public static final DemoPersona EXPECTANT_FATHER = new DemoPersona("吴建华",
      IdNumber.of("331126", LocalDate.of(1994, 3, 18), 901), "17000000001", RegionCode.of("331126001"),
      "出生一件事: husband, married, his wife expects a child in three months");

  /** 出生一件事: wife of the expecting couple, with a prenatal record (孕产妇建档). */
  public static final DemoPersona EXPECTANT_MOTHER = new DemoPersona("叶晓燕",
      IdNumber.of("331126", LocalDate.of(1996, 8, 9), 902), "17000000002", RegionCode.of("331126001"),
      "出生一件事: wife, prenatal record at 庆元县人民医院, expected in three months");

  /** The expecting couple's marriage certificate number (结婚证字号). */
  public static final String EXPECTANT_MARRIAGE_CERTIFICATE = "J331126-2021-900001";

  /** 出生一件事 end to end: father of a girl born at 庆元县人民医院 six days before the load (married, same household). */
  public static final DemoPersona NEW_FATHER = new DemoPersona("陈志远",
      IdNumber.of("331126", LocalDate.of(1993, 6, 12), 907), "17000000007", RegionCode.of("331126001"),
      "出生一件事: his daughter was born six days ago; the hospital's delivery record is in the population library");

  /** 出生一件事 end to end: the mother, whose delivery record (分娩记录) the hospital sent to the population library. */
  public static final DemoPersona NEW_MOTHER = new DemoPersona("周雨婷",
      IdNumber.of("331126", LocalDate.of(1995, 10, 3), 908), "17000000008", RegionCode.of("331126001"),
      "出生一件事: mother of the newborn, delivered at 庆元县人民医院, not employee-insured");

  /** The new parents' marriage certificate number (结婚证字号). */
  public static final String NEW_PARENTS_MARRIAGE_CERTIFICATE = "J331126-2022-900002";

  /** A young professional in 杭州市西湖区, born in 丽水市莲都区. */
  public static final DemoPersona YOUNG_PROFESSIONAL = new DemoPersona("林雨萱",
      IdNumber.of("331102", LocalDate.of(1998, 5, 20), 904), "17000000004", RegionCode.of("330106004"),
      "young professional in 西湖区, born elsewhere: residence permit, housing fund, 异地可办");

  /** Legal representative of {@link #RESTAURANT} in 庆元县. */
  public static final DemoPersona RESTAURATEUR = new DemoPersona("何志强",
      IdNumber.of("331126", LocalDate.of(1985, 11, 2), 905), "17000000005", RegionCode.of("331126002"),
      "legal representative of 庆元县香菇宴餐饮有限公司: enterprise login, opening a restaurant");

  /** A resident of 衢州市柯城区. */
  public static final DemoPersona QUZHOU_RESIDENT = new DemoPersona("徐丽娟",
      IdNumber.of("330802", LocalDate.of(1979, 2, 14), 906), "17000000006", RegionCode.of("330802006"),
      "resident of 柯城区: the 衢州 county, 就近能办 at a township centre");

  /** The restaurant of {@link #RESTAURATEUR}: 庆元县香菇宴餐饮有限公司. */
  public static final CreditCode RESTAURANT = CreditCode.of('9', '1', "331126", "MAY00001");

  /** The name of {@link #RESTAURANT}. */
  public static final String RESTAURANT_NAME = "庆元县香菇宴餐饮有限公司";

  static final String TURNING_SIXTY_NAME = "陈国平";
  static final String TURNING_SIXTY_MOBILE = "17000000003";

  private DemoPersonas() {}

  /**
   * 陈国平 in 庆元县黄田镇, who turns 60 on the 15th of the month after {@code referenceDate}: pension and
   * the elderly preferential card (R-7.4 proactive service). Born in 庆元县, sequence 903.
   */
  public static DemoPersona turningSixty(LocalDate referenceDate) {
    LocalDate birth = referenceDate.plusMonths(1).withDayOfMonth(15).minusYears(60);
    return new DemoPersona(TURNING_SIXTY_NAME, IdNumber.of("331126", birth, 903), TURNING_SIXTY_MOBILE,
        RegionCode.of("331126101"), "turns 60 next month: proactive offer of pension and elderly card (R-7.4)");
  }

  /** Every persona, for a load on {@code referenceDate}. */
  public static List<DemoPersona> all(LocalDate referenceDate) {
    return List.of(EXPECTANT_FATHER, EXPECTANT_MOTHER, turningSixty(referenceDate), YOUNG_PROFESSIONAL,
        RESTAURATEUR, QUZHOU_RESIDENT, NEW_FATHER, NEW_MOTHER);
  }
}
