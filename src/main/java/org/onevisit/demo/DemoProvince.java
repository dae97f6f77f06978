package org.onevisit.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.onevisit.identity.CreditCode;
import org.onevisit.identity.IdNumber;
import org.onevisit.organisation.RegionCode;
import org.onevisit.platform.ChinaTime;
import org.onevisit.sharing.HouseholdRecord;
import org.onevisit.sharing.MaritalStatus;
import org.onevisit.sharing.MarriageRecord;
import org.onevisit.sharing.PersonRecord;
import org.onevisit.sharing.BirthRecord;
import org.onevisit.sharing.PrenatalRecord;
import org.onevisit.sharing.Provenance;

/**
 * 演示省 generator: a deterministic, seedable stream of households for the villages it is given. Pure Java
 * (no Spring, no database) and streaming: only per-day sequence counters are kept, so ten million persons
 * never sit in memory.
 *
 * <p>What it generates, relative to {@code referenceDate} ("today" of the load):
 * <ul>
 *   <li>households of 1–5 persons: singles, couples, couples with children, three generations; ages
 *       follow the 2020 census pyramid (0–95);
 *   <li>names from weighted surname and generation-specific given-name tables; ethnicity (畲族 in 庆元县);
 *   <li>valid ID numbers: the birth county is mostly the residence county, the birth date exact, and the
 *       sequence unique per (area, birth date, sex) by counting (0–899; 900–999 are reserved for
 *       {@link DemoPersonas}); a full day moves the birth one day earlier;
 *   <li>mobiles (1[3-9], never 170) for most adults, addresses from the region names;
 *   <li>a marriage record for every couple; a prenatal record for about one couple in a hundred (wife
 *       22–38, expected 1–6 months after the reference date);
 *   <li>enterprises (有限责任公司, 个体工商户, 农民专业合作社) with valid credit codes, run by an adult with a
 *       mobile of the household, up to the requested number;
 *   <li>the {@link DemoPersonas} first, whatever the seed.
 * </ul>
 * The same seed, villages and reference date give the same stream. Not thread-safe: one stream at a time.
 */
public final class DemoProvince {

  /** Household ids, marriage and prenatal ids of generated records start here; below are the personas'. */
  public static final long FIRST_GENERATED_ID = 101;

  /** The persons of the personas' households, generated before any other. */
  public static final int PERSONAS = 8;

  private static final int MAX_AGE = 95;
  private static final int DAYS = (MAX_AGE + 2) * 366;
  private static final int MAX_GENERATED_SEQUENCE = 899;
  /** Percent per 5-year band 0–4 … 90–95 (China, 2020 census, rounded). */
  private static final double[] BANDS = {5.4, 6.4, 6.3, 5.3, 5.3, 6.0, 8.9, 7.0, 6.7, 8.3, 8.7, 7.2, 5.2, 5.2, 3.5, 2.3,
      1.4, 0.8, 0.3};
  private static final int[] AGE_CUMULATIVE = ages();
  private static final int[] HOUSEHOLD_SIZE_CUMULATIVE = ChineseNames.cumulative(new int[] {20, 30, 25, 15, 10});
  /** Birth counties of people who moved into the detailed counties. */
  private static final String[] OTHER_BIRTH_AREAS = {"330102", "330106", "330381", "330782", "331102", "331121",
      "331127", "330803", "330881", "350722", "362330", "341881"};
  private static final String[] MOBILE_PREFIXES = {"130", "131", "132", "133", "135", "136", "137", "138", "139",
      "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "176", "177", "180", "181",
      "182", "183", "185", "186", "187", "188", "189", "191", "195", "198", "199"};
  private static final String[] BRANDS = {"鑫", "恒", "华", "盛", "兴", "隆", "泰", "丰", "源", "康", "宏", "达", "瑞", "祥",
      "福", "新", "和", "顺", "诚", "信", "佳", "美", "旺", "利", "安", "益", "嘉", "德", "春", "绿"};
  private static final String[] COMPANY_TRADES = {"食品", "餐饮管理", "农业开发", "竹木制品", "食用菌", "茶业", "建材", "电子科技",
      "网络科技", "贸易", "旅游开发", "物流"};
  private static final String[] SHOP_TRADES = {"餐饮店", "小吃店", "便利店", "理发店", "五金店", "水果店", "农家乐", "茶叶店",
      "服装店", "超市"};
  private static final String[] COOPERATIVE_PRODUCTS = {"香菇", "茶叶", "竹笋", "柑橘", "蔬菜", "甜桔柚", "养蜂", "黑木耳"};
  private static final String ORGANISATION_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private final long seed;
  private final List<DemoVillage> villages;
  private final LocalDate referenceDate;
  private final Instant asOf;

  /**
   * @param seed the seed; the same seed gives the same province
   * @param villages where people live (at least the personas' townships must be present); order matters
   * @param referenceDate today in Asia/Shanghai: ages, birthdays and expected dates count from it
   */
  public DemoProvince(long seed, List<DemoVillage> villages, LocalDate referenceDate) {
    this.seed = seed;
    this.villages = List.copyOf(villages);
    this.referenceDate = Objects.requireNonNull(referenceDate, "referenceDate");
    if (this.villages.isEmpty()) {
      throw new IllegalArgumentException("The demo province needs at least one village");
    }
    this.asOf = referenceDate.atStartOfDay(ChinaTime.ZONE).toInstant();
  }

  /**
   * The households of {@code persons} persons (the personas first; at least the personas), lazily.
   *
   * @param persons how many persons in total; the last household is cut to fit
   * @param enterprises at most this many generated enterprises (the personas' restaurant comes on top),
   *     spread over the households; 0 for none
   */
  public Stream<DemoHousehold> households(long persons, int enterprises) {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(new Generation(persons, enterprises),
            Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  public LocalDate referenceDate() {
    return referenceDate;
  }

  private static int[] ages() {
    int[] weights = new int[MAX_AGE + 1];
    for (int age = 0; age <= MAX_AGE; age++) {
      int band = Math.min(age / 5, BANDS.length - 1);
      int years = band == BANDS.length - 1 ? 6 : 5;
      weights[age] = (int) Math.round(BANDS[band] * 1000 / years);
    }
    return ChineseNames.cumulative(weights);
  }

  private final class Generation implements Iterator<DemoHousehold> {

    private final SplittableRandom random = new SplittableRandom(seed);
    private final long persons;
    private final int enterpriseLimit;
    private final double enterpriseRate;
    private final Map<String, Integer> areaIndex = new HashMap<>();
    private final short[] sequences;
    private final Map<String, Integer> certificates = new HashMap<>();
    private final Map<RegionCode, Map<String, Provenance>> provenances = new HashMap<>();
    private final Map<RegionCode, List<DemoVillage>> villagesByTownship = new LinkedHashMap<>();
    private final Iterator<DemoHousehold> personas;
    private final long organisationSalt;
    private long generatedPersons;
    private long nextHousehold = FIRST_GENERATED_ID;
    private long nextMarriage = FIRST_GENERATED_ID;
    private long nextPrenatal = FIRST_GENERATED_ID;
    private int enterprises;

    Generation(long persons, int enterpriseLimit) {
      this.persons = persons;
      this.enterpriseLimit = enterpriseLimit;
      // about 2.6 persons per household; four in five households have someone who can run a business
      double candidateHouseholds = Math.max(1, persons / 2.6 * 0.8);
      this.enterpriseRate = Math.min(1.0, enterpriseLimit / candidateHouseholds);
      for (DemoVillage village : villages) {
        areaIndex.putIfAbsent(village.county().value(), areaIndex.size());
        villagesByTownship.computeIfAbsent(village.township(), t -> new ArrayList<>()).add(village);
      }
      for (String area : OTHER_BIRTH_AREAS) {
        areaIndex.putIfAbsent(area, areaIndex.size());
      }
      this.sequences = new short[areaIndex.size() * DAYS * 2];
      this.organisationSalt = new SplittableRandom(seed ^ 0x5DEECE66DL).nextLong(30L * pow31(5));
      this.personas = personaHouseholds().iterator();
    }

    @Override
    public boolean hasNext() {
      return personas.hasNext() || generatedPersons < persons - PERSONAS;
    }

    @Override
    public DemoHousehold next() {
      if (personas.hasNext()) {
        return personas.next();
      }
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      int size = (int) Math.min(1 + ChineseNames.pick(HOUSEHOLD_SIZE_CUMULATIVE, random), persons - PERSONAS - generatedPersons);
      DemoHousehold household = household(size);
      generatedPersons += household.members().size();
      return household;
    }

    // --- generated households -------------------------------------------------------------------

    private DemoHousehold household(int size) {
      DemoVillage village = villages.get(random.nextInt(villages.size()));
      long id = nextHousehold++;
      String address = address(village);
      String ethnicity = ethnicity(village);
      var members = new ArrayList<PersonRecord>(size);
      var marriages = new ArrayList<MarriageRecord>(1);
      var prenatals = new ArrayList<PrenatalRecord>(1);
      boolean couple = size >= 3 || (size == 2 && random.nextInt(5) != 0);
      if (size == 1) {
        int age = age(18, MAX_AGE);
        boolean male = random.nextBoolean();
        members.add(person(id, village, address, ethnicity, male, age, null, singleStatus(age)));
      } else if (!couple) {
        int parentAge = age(42, 90);
        boolean male = random.nextInt(5) < 2;
        PersonRecord parent = person(id, village, address, ethnicity, male, parentAge, null,
            random.nextBoolean() ? MaritalStatus.WIDOWED : MaritalStatus.DIVORCED);
        members.add(parent);
        int childAge = parentAge - 22 - random.nextInt(17);
        members.add(person(id, village, address, ethnicity, random.nextBoolean(), childAge,
            surnameOf(parent), MaritalStatus.UNMARRIED));
      } else {
        int husbandAge = age(24, 90);
        int wifeAge = Math.max(22, Math.min(husbandAge, husbandAge - 2 + random.nextInt(7) - 3));
        PersonRecord husband = person(id, village, address, ethnicity, true, husbandAge, null, MaritalStatus.MARRIED);
        PersonRecord wife = person(id, village, address, ethnicity, false, wifeAge, null, MaritalStatus.MARRIED);
        members.add(husband);
        members.add(wife);
        marriages.add(marriage(village, husband, wife, wifeAge));
        int children = Math.min(size - 2, 2);
        boolean grandparent = size == 5 && husbandAge + 22 <= MAX_AGE - 13;
        if (size == 5 && !grandparent) {
          children = 3;
        }
        for (int i = 0; i < children; i++) {
          int motherAge = 22 + random.nextInt(Math.min(38, wifeAge) - 22 + 1);
          members.add(person(id, village, address, ethnicity, random.nextBoolean(), wifeAge - motherAge,
              surnameOf(husband), MaritalStatus.UNMARRIED));
        }
        if (grandparent) {
          int age = Math.min(MAX_AGE, husbandAge + 22 + random.nextInt(14));
          members.add(person(id, village, address, ethnicity, random.nextInt(3) != 0, age,
              random.nextBoolean() ? surnameOf(husband) : null, MaritalStatus.WIDOWED));
        }
        if (wifeAge >= 22 && wifeAge <= 38 && random.nextInt(1000) < 35) {
          prenatals.add(new PrenatalRecord(nextPrenatal++, wife.idNumber(),
              referenceDate.plusDays(30 + random.nextInt(151)), hospital(village), provenance(village, "HC")));
        }
      }
      PersonRecord head = members.getFirst();
      var household = new HouseholdRecord(id, head.idNumber(), village.code(), address, provenance(village, "PSB"));
      List<DemoEnterprise> enterprises = enterprise(village, members);
      return new DemoHousehold(household, members, marriages, prenatals, List.of(), enterprises);
    }

    private PersonRecord person(long household, DemoVillage village, String address, String ethnicity,
        boolean male, int age, @Nullable String surname, MaritalStatus status) {
      LocalDate birth = referenceDate.minusYears(age).minusDays(random.nextInt(365));
      String area = random.nextInt(100) < (age < 18 ? 95 : 85) ? village.county().value()
          : OTHER_BIRTH_AREAS[random.nextInt(OTHER_BIRTH_AREAS.length)];
      IdNumber id = idNumber(area, birth, male);
      String name = (surname == null ? ChineseNames.surname(random) : surname)
          + ChineseNames.given(random, male, id.birthDate().getYear());
      String mobile = null;
      if (age >= 18 && random.nextInt(100) < (age >= 80 ? 60 : 95)) {
        mobile = mobile();
      }
      return new PersonRecord(id, name, id.sex(), id.birthDate(), ethnicity, household, village.code(), address,
          mobile, status, true, provenance(village, "PSB"));
    }

    private IdNumber idNumber(String area, LocalDate birth, boolean male) {
      int areaNo = areaIndex.get(area);
      LocalDate day = birth;
      while (true) {
        long offset = referenceDate.toEpochDay() - day.toEpochDay();
        if (offset >= DAYS) {
          throw new IllegalStateException("The demo province is too dense for unique ID numbers");
        }
        int slot = (int) ((areaNo * (long) DAYS + offset) * 2 + (male ? 1 : 0));
        int used = sequences[slot];
        int sequence = used * 2 + (male ? 1 : 0);
        if (sequence <= MAX_GENERATED_SEQUENCE) {
          sequences[slot] = (short) (used + 1);
          return new IdNumber(idBody(area, day, sequence));
        }
        day = day.minusDays(1);
      }
    }

    private MarriageRecord marriage(DemoVillage village, PersonRecord husband, PersonRecord wife, int wifeAge) {
      int ageAtMarriage = 22 + random.nextInt(Math.min(30, wifeAge) - 22 + 1);
      LocalDate registered = wife.birthDate().plusYears(ageAtMarriage).plusDays(random.nextInt(365));
      if (registered.isAfter(referenceDate)) {
        registered = referenceDate.minusDays(random.nextInt(30) + 1);
      }
      String county = village.county().value();
      int number = certificates.merge(county + registered.getYear(), 1, Integer::sum);
      String certificate = "J" + county + "-" + registered.getYear() + "-" + sixDigits(number);
      return new MarriageRecord(nextMarriage++, husband.idNumber(), wife.idNumber(), registered, certificate,
          village.county(), MarriageRecord.Status.REGISTERED, provenance(village, "CAB"));
    }

    private List<DemoEnterprise> enterprise(DemoVillage village, List<PersonRecord> members) {
      if (enterprises >= enterpriseLimit || random.nextDouble() >= enterpriseRate) {
        return List.of();
      }
      PersonRecord representative = null;
      for (PersonRecord member : members) {
        int age = member.ageOn(referenceDate);
        if (member.mobile() != null && age >= 20 && age <= 65) {
          representative = member;
          break;
        }
      }
      if (representative == null) {
        return List.of();
      }
      int kindRoll = random.nextInt(100);
      var kind = kindRoll < 35 ? DemoEnterprise.Kind.LIMITED_COMPANY
          : kindRoll < 90 ? DemoEnterprise.Kind.SOLE_TRADER : DemoEnterprise.Kind.FARMERS_COOPERATIVE;
      String brand = BRANDS[random.nextInt(BRANDS.length)] + BRANDS[random.nextInt(BRANDS.length)];
      String name = switch (kind) {
        case LIMITED_COMPANY -> village.countyName() + village.townshipName() + brand
            + COMPANY_TRADES[random.nextInt(COMPANY_TRADES.length)] + "有限公司";
        case SOLE_TRADER -> village.countyName() + brand + SHOP_TRADES[random.nextInt(SHOP_TRADES.length)];
        case FARMERS_COOPERATIVE -> village.countyName() + village.name()
            + COOPERATIVE_PRODUCTS[random.nextInt(COOPERATIVE_PRODUCTS.length)] + "专业合作社";
      };
      CreditCode code = CreditCode.of(kind.authority(), kind.kind(), village.county().value(),
          organisationBody((organisationSalt + enterprises) % (30L * pow31(5))));
      enterprises++;
      return List.of(new DemoEnterprise(code, name, kind, village.code(), representative.idNumber()));
    }

    // --- personas --------------------------------------------------------------------------------

    private List<DemoHousehold> personaHouseholds() {
      var households = new ArrayList<DemoHousehold>();
      DemoVillage songyuan = firstVillage(DemoPersonas.EXPECTANT_FATHER.township());
      String address = address(songyuan);
      PersonRecord husband = persona(DemoPersonas.EXPECTANT_FATHER, 1, songyuan, address, MaritalStatus.MARRIED);
      PersonRecord wife = persona(DemoPersonas.EXPECTANT_MOTHER, 1, songyuan, address, MaritalStatus.MARRIED);
      households.add(new DemoHousehold(
          new HouseholdRecord(1, husband.idNumber(), songyuan.code(), address, provenance(songyuan, "PSB")),
          List.of(husband, wife),
          List.of(new MarriageRecord(1, husband.idNumber(), wife.idNumber(), LocalDate.of(2021, 5, 20),
              DemoPersonas.EXPECTANT_MARRIAGE_CERTIFICATE, songyuan.county(), MarriageRecord.Status.REGISTERED,
              provenance(songyuan, "CAB"))),
          List.of(new PrenatalRecord(1, wife.idNumber(), referenceDate.plusMonths(3), "庆元县人民医院",
              provenance(songyuan, "HC"))),
          List.of(),
          List.of()));
      PersonRecord father = persona(DemoPersonas.NEW_FATHER, 6, songyuan, address(songyuan), MaritalStatus.MARRIED);
      PersonRecord mother = new PersonRecord(DemoPersonas.NEW_MOTHER.idNumber(), DemoPersonas.NEW_MOTHER.name(),
          IdNumber.Sex.FEMALE, DemoPersonas.NEW_MOTHER.idNumber().birthDate(), "汉族", 6L, songyuan.code(),
          father.address(), DemoPersonas.NEW_MOTHER.mobile(), MaritalStatus.MARRIED, true, provenance(songyuan, "PSB"));
      households.add(new DemoHousehold(
          new HouseholdRecord(6, father.idNumber(), songyuan.code(), father.address(), provenance(songyuan, "PSB")),
          List.of(father, mother),
          List.of(new MarriageRecord(2, father.idNumber(), mother.idNumber(), LocalDate.of(2022, 10, 1),
              DemoPersonas.NEW_PARENTS_MARRIAGE_CERTIFICATE, songyuan.county(), MarriageRecord.Status.REGISTERED,
              provenance(songyuan, "CAB"))),
          List.of(),
          List.of(new BirthRecord(1, mother.idNumber(), father.idNumber(), IdNumber.Sex.FEMALE,
              referenceDate.minusDays(6).atTime(8, 42), 3_250, 39, "庆元县人民医院", provenance(songyuan, "HC"))),
          List.of()));
      households.add(single(2, DemoPersonas.turningSixty(referenceDate), MaritalStatus.DIVORCED, List.of()));
      households.add(single(3, DemoPersonas.YOUNG_PROFESSIONAL, MaritalStatus.UNMARRIED, List.of()));
      DemoVillage restaurant = firstVillage(DemoPersonas.RESTAURATEUR.township());
      households.add(single(4, DemoPersonas.RESTAURATEUR, MaritalStatus.UNMARRIED,
          List.of(new DemoEnterprise(DemoPersonas.RESTAURANT, DemoPersonas.RESTAURANT_NAME,
              DemoEnterprise.Kind.LIMITED_COMPANY, restaurant.code(), DemoPersonas.RESTAURATEUR.idNumber()))));
      households.add(single(5, DemoPersonas.QUZHOU_RESIDENT, MaritalStatus.DIVORCED, List.of()));
      return households;
    }

    private DemoHousehold single(long id, DemoPersona persona, MaritalStatus status, List<DemoEnterprise> enterprises) {
      DemoVillage village = firstVillage(persona.township());
      String address = address(village);
      PersonRecord person = persona(persona, id, village, address, status);
      return new DemoHousehold(new HouseholdRecord(id, person.idNumber(), village.code(), address,
          provenance(village, "PSB")), List.of(person), List.of(), List.of(), List.of(), enterprises);
    }

    private PersonRecord persona(DemoPersona persona, long household, DemoVillage village, String address,
        MaritalStatus status) {
      IdNumber id = persona.idNumber();
      return new PersonRecord(id, persona.name(), id.sex(), id.birthDate(), "汉族", household, village.code(),
          address, persona.mobile(), status, true, provenance(village, "PSB"));
    }

    private DemoVillage firstVillage(RegionCode township) {
      List<DemoVillage> list = villagesByTownship.get(township);
      if (list == null) {
        throw new IllegalArgumentException("The villages lack the personas' township " + township);
      }
      return list.stream().min((a, b) -> a.code().compareTo(b.code())).orElseThrow();
    }

    // --- small parts ------------------------------------------------------------------------------

    private int age(int from, int to) {
      return ChineseNames.pick(AGE_CUMULATIVE, random, from, to);
    }

    private MaritalStatus singleStatus(int age) {
      int roll = random.nextInt(100);
      if (age < 30) {
        return MaritalStatus.UNMARRIED;
      }
      if (age < 60) {
        return roll < 50 ? MaritalStatus.UNMARRIED : MaritalStatus.DIVORCED;
      }
      return roll < 70 ? MaritalStatus.WIDOWED : roll < 85 ? MaritalStatus.DIVORCED : MaritalStatus.UNMARRIED;
    }

    private String surnameOf(PersonRecord person) {
      String name = person.name();
      return name.startsWith("欧阳") || name.startsWith("诸葛") ? name.substring(0, 2) : name.substring(0, 1);
    }

    private String ethnicity(DemoVillage village) {
      int roll = random.nextInt(1000);
      if (village.county().value().startsWith("3311") && roll < 20) {
        return "畲族";
      }
      return roll >= 990 ? (roll < 994 ? "回族" : roll < 997 ? "苗族" : "土家族") : "汉族";
    }

    private String address(DemoVillage village) {
      String place = village.countyName() + village.townshipName() + village.name();
      if (village.urban()) {
        return place + (1 + random.nextInt(40)) + "幢" + (1 + random.nextInt(18)) + "0" + (1 + random.nextInt(4)) + "室";
      }
      return place + (1 + random.nextInt(300)) + "号";
    }

    private String hospital(DemoVillage village) {
      return village.countyName() + (random.nextBoolean() ? "人民医院" : "妇幼保健院");
    }

    private String mobile() {
      String prefix = MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)];
      int rest = random.nextInt(100_000_000);
      var out = new StringBuilder(11).append(prefix);
      String digits = Integer.toString(rest);
      out.append("0".repeat(8 - digits.length())).append(digits);
      return out.toString();
    }

    private Provenance provenance(DemoVillage village, String departmentKind) {
      return provenances.computeIfAbsent(village.county(), c -> new HashMap<>())
          .computeIfAbsent(departmentKind, kind -> new Provenance(village.county().value() + "-" + kind,
              switch (kind) {
                case "PSB" -> "户籍管理系统";
                case "CAB" -> "婚姻登记信息系统";
                default -> "妇幼保健信息系统";
              }, asOf, 1));
    }
  }

  static String idBody(String area, LocalDate birth, int sequence) {
    char[] chars = new char[18];
    area.getChars(0, 6, chars, 0);
    int y = birth.getYear();
    int m = birth.getMonthValue();
    int d = birth.getDayOfMonth();
    chars[6] = (char) ('0' + y / 1000);
    chars[7] = (char) ('0' + y / 100 % 10);
    chars[8] = (char) ('0' + y / 10 % 10);
    chars[9] = (char) ('0' + y % 10);
    chars[10] = (char) ('0' + m / 10);
    chars[11] = (char) ('0' + m % 10);
    chars[12] = (char) ('0' + d / 10);
    chars[13] = (char) ('0' + d % 10);
    chars[14] = (char) ('0' + sequence / 100);
    chars[15] = (char) ('0' + sequence / 10 % 10);
    chars[16] = (char) ('0' + sequence % 10);
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (chars[i] - '0') * weights[i];
    }
    chars[17] = "10X98765432".charAt(sum % 11);
    return new String(chars);
  }

  private static String sixDigits(int number) {
    String digits = Integer.toString(number);
    return digits.length() >= 6 ? digits : "0".repeat(6 - digits.length()) + digits;
  }

  /** "MA" and six base-31 characters, the first below Y: Y is reserved for the personas' enterprises. */
  private static String organisationBody(long number) {
    char[] chars = new char[6];
    long rest = number;
    for (int i = 5; i >= 0; i--) {
      chars[i] = ORGANISATION_ALPHABET.charAt((int) (rest % 31));
      rest /= 31;
    }
    return "MA" + new String(chars);
  }

  private static long pow31(int exponent) {
    long result = 1;
    for (int i = 0; i < exponent; i++) {
      result *= 31;
    }
    return result;
  }
}
