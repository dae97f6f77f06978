package org.onevisit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onevisit.identity.Accounts.NewStaff;
import org.onevisit.identity.CreditCode;
import org.onevisit.identity.IdNumber;
import org.onevisit.identity.Role;
import org.onevisit.sharing.MaritalStatus;
import org.onevisit.sharing.PersonRecord;

class DemoProvinceTests {

  static final LocalDate TODAY = LocalDate.of(2026, 10, 15);
  static final int LARGE = 200_000;

  static final List<PersonRecord> persons = new ArrayList<>(LARGE);
  static final List<DemoHousehold> households = new ArrayList<>();

  @BeforeAll
  static void generateTwoHundredThousand() {
    province(7).households(LARGE, 1_000).forEach(h -> {
      households.add(h);
      persons.addAll(h.members());
    });
  }

  static DemoProvince province(long seed) {
    return new DemoProvince(seed, DemoVillagesFixture.all(), TODAY);
  }

  @Test
  void sameSeedGivesTheSameProvince() {
    List<PersonRecord> first = province(42).households(10_000, 100).flatMap(h -> h.members().stream())
        .limit(1_000).toList();
    List<PersonRecord> again = province(42).households(10_000, 100).flatMap(h -> h.members().stream())
        .limit(1_000).toList();
    List<PersonRecord> other = province(43).households(10_000, 100).flatMap(h -> h.members().stream())
        .limit(1_000).toList();

    assertThat(again).hasSize(1_000).isEqualTo(first);
    assertThat(other.subList(DemoProvince.PERSONAS, 1_000)).isNotEqualTo(first.subList(DemoProvince.PERSONAS, 1_000));
  }

  @Test
  void generatesExactlyTheRequestedNumberOfPersonsInHouseholdsOfOneToFive() {
    assertThat(persons).hasSize(LARGE);
    assertThat(households).allSatisfy(h -> {
      assertThat(h.members()).hasSizeBetween(1, 5);
      assertThat(h.household().head()).isEqualTo(h.members().getFirst().idNumber());
      assertThat(h.members()).allSatisfy(p -> {
        assertThat(p.householdId()).isEqualTo(h.household().id());
        assertThat(p.address()).isEqualTo(h.household().address());
      });
    });
  }

  @Test
  void idNumbersAreValidAndUnique() {
    Set<String> seen = new HashSet<>(LARGE * 2);
    for (PersonRecord p : persons) {
      IdNumber id = IdNumber.parse(p.idNumber().value());
      assertThat(id.birthDate()).isEqualTo(p.birthDate()).isBeforeOrEqualTo(TODAY);
      assertThat(seen.add(id.value())).as("unique %s", id).isTrue();
    }
    long bornInResidenceCounty = persons.stream()
        .filter(p -> p.idNumber().areaCode().equals(p.region().county().value())).count();
    assertThat(bornInResidenceCounty).isBetween(LARGE * 80L / 100, LARGE * 95L / 100);
  }

  @Test
  void agesFollowAPlausiblePyramid() {
    Map<Integer, Long> byAge = persons.stream().collect(Collectors.groupingBy(p -> p.ageOn(TODAY), Collectors.counting()));
    assertThat(byAge.keySet()).allSatisfy(age -> assertThat(age).isBetween(0, 96));
    long children = persons.stream().filter(p -> p.ageOn(TODAY) < 18).count();
    long elderly = persons.stream().filter(p -> p.ageOn(TODAY) >= 60).count();
    long veryOld = persons.stream().filter(p -> p.ageOn(TODAY) >= 85).count();
    assertThat(children * 100 / LARGE).as("percent under 18").isBetween(10L, 30L);
    assertThat(elderly * 100 / LARGE).as("percent 60 and over").isBetween(12L, 35L);
    assertThat(veryOld).as("85 and over").isPositive().isLessThan(LARGE / 20);
    double meanAge = persons.stream().mapToInt(p -> p.ageOn(TODAY)).average().orElseThrow();
    assertThat(meanAge).isBetween(32.0, 50.0);
  }

  @Test
  void adultsHaveMobilesAndChildrenDoNot() {
    assertThat(persons).filteredOn(p -> p.ageOn(TODAY) < 18).allSatisfy(p -> assertThat(p.mobile()).isNull());
    long adults = persons.stream().filter(p -> p.ageOn(TODAY) >= 18).count();
    long withMobile = persons.stream().filter(p -> p.mobile() != null).count();
    assertThat(withMobile).isGreaterThan(adults * 85 / 100);
    assertThat(persons.subList(DemoProvince.PERSONAS, LARGE)).allSatisfy(p -> {
      if (p.mobile() != null) {
        assertThat(p.mobile()).matches("1[3-9][0-9]{9}").doesNotStartWith("170");
      }
    });
  }

  @Test
  void everyCoupleHasAMarriageRecordWithAUniqueCertificate() {
    Set<String> certificates = new HashSet<>();
    households.stream().flatMap(h -> h.marriages().stream()).forEach(m -> {
      assertThat(certificates.add(m.certificateNo())).isTrue();
      assertThat(m.certificateNo()).matches("J33\\d{4}-\\d{4}-\\d{6}");
      assertThat(m.husband().sex()).isEqualTo(IdNumber.Sex.MALE);
      assertThat(m.wife().sex()).isEqualTo(IdNumber.Sex.FEMALE);
      assertThat(m.registeredOn()).isBeforeOrEqualTo(TODAY)
          .isAfterOrEqualTo(m.wife().birthDate().plusYears(20));
    });
    long married = persons.stream().filter(p -> p.maritalStatus() == MaritalStatus.MARRIED).count();
    assertThat(certificates).hasSize((int) (married / 2));
  }

  @Test
  void aboutOneCoupleInAHundredExpectsAChild() {
    Map<IdNumber, PersonRecord> byId = persons.stream().collect(Collectors.toMap(PersonRecord::idNumber, Function.identity()));
    var prenatal = households.stream().skip(5).flatMap(h -> h.prenatalRecords().stream()).toList();
    long couples = households.stream().mapToLong(h -> h.marriages().size()).sum();

    assertThat(prenatal.size() * 1000L / couples).as("per mille of couples").isBetween(5L, 20L);
    assertThat(prenatal).allSatisfy(r -> {
      assertThat(byId.get(r.mother()).ageOn(TODAY)).isBetween(22, 38);
      assertThat(r.expectedDate()).isAfter(TODAY.plusDays(29)).isBefore(TODAY.plusMonths(6).plusDays(1));
    });
  }

  @Test
  void somePeopleTurnSixtyWithinThreeMonths() {
    long turningSixty = persons.stream().filter(p -> {
      LocalDate birthday = p.birthDate().plusYears(60);
      return birthday.isAfter(TODAY) && !birthday.isAfter(TODAY.plusMonths(3));
    }).count();
    assertThat(turningSixty).isGreaterThan(100);
  }

  @Test
  void enterprisesHaveValidUniqueCreditCodesAndAnAdultRepresentativeOfTheHousehold() {
    List<DemoEnterprise> enterprises = province(7).households(10_000, 1_000)
        .flatMap(h -> {
          h.enterprises().forEach(e -> assertThat(h.members()).anySatisfy(p -> {
            assertThat(p.idNumber()).isEqualTo(e.legalRepresentative());
            assertThat(p.ageOn(TODAY)).isGreaterThanOrEqualTo(18);
            assertThat(p.mobile()).isNotNull();
          }));
          return h.enterprises().stream();
        })
        .toList();

    assertThat(enterprises).hasSizeBetween(800, 1_001);
    assertThat(enterprises.stream().map(e -> CreditCode.parse(e.creditCode().value())).distinct()).hasSameSizeAs(enterprises);
    assertThat(enterprises).extracting(DemoEnterprise::kind).contains(DemoEnterprise.Kind.values());
    assertThat(enterprises).allSatisfy(e -> {
      assertThat(e.creditCode().areaCode()).isEqualTo(e.region().county().value());
      assertThat(e.name()).startsWith(e.name().substring(0, 3)).matches(".*(有限公司|店|超市|农家乐|专业合作社)");
    });
  }

  @Test
  void personasComeFirstWhateverTheSeed() {
    for (long seed : new long[] {1, 99}) {
      List<DemoHousehold> first = province(seed).households(100, 10).limit(6).toList();
      Map<IdNumber, PersonRecord> byId = first.stream().flatMap(h -> h.members().stream())
          .collect(Collectors.toMap(PersonRecord::idNumber, Function.identity()));
      for (DemoPersona persona : DemoPersonas.all(TODAY)) {
        PersonRecord person = byId.get(persona.idNumber());
        assertThat(person).as(persona.name()).isNotNull();
        assertThat(person.name()).isEqualTo(persona.name());
        assertThat(person.mobile()).isEqualTo(persona.mobile());
        assertThat(persona.township().covers(person.region())).isTrue();
      }
      DemoHousehold couple = first.getFirst();
      assertThat(couple.marriages()).singleElement().satisfies(m -> {
        assertThat(m.husband()).isEqualTo(DemoPersonas.EXPECTANT_FATHER.idNumber());
        assertThat(m.wife()).isEqualTo(DemoPersonas.EXPECTANT_MOTHER.idNumber());
        assertThat(m.certificateNo()).isEqualTo(DemoPersonas.EXPECTANT_MARRIAGE_CERTIFICATE);
      });
      assertThat(couple.prenatalRecords()).singleElement()
          .satisfies(r -> assertThat(r.expectedDate()).isEqualTo(TODAY.plusMonths(3)));
      assertThat(first.stream().flatMap(h -> h.enterprises().stream()))
          .anySatisfy(e -> {
            assertThat(e.creditCode()).isEqualTo(DemoPersonas.RESTAURANT);
            assertThat(e.legalRepresentative()).isEqualTo(DemoPersonas.RESTAURATEUR.idNumber());
          });
    }
  }

  @Test
  void thePersonaTurningSixtyDoesSoNextMonth() {
    IdNumber id = DemoPersonas.turningSixty(TODAY).idNumber();
    assertThat(id.birthDate().plusYears(60)).isEqualTo(LocalDate.of(2026, 11, 15));
    assertThat(id.areaCode()).isEqualTo("331126");
    assertThat(id.sex()).isEqualTo(IdNumber.Sex.MALE);
  }

  @Test
  void generatedPersonsNeverTakeAPersonasNumber() {
    Set<String> personaIds = DemoPersonas.all(TODAY).stream().map(p -> p.idNumber().value()).collect(Collectors.toSet());
    assertThat(persons.subList(DemoProvince.PERSONAS, LARGE)).allSatisfy(p -> {
      assertThat(personaIds).doesNotContain(p.idNumber().value());
      assertThat(Integer.parseInt(p.idNumber().value().substring(14, 17))).isLessThan(900);
    });
  }

  @Test
  void staffCoverEveryRoleWithUniqueUsernames() {
    List<NewStaff> staff = DemoStaff.all();
    Set<Role> roles = EnumSet.noneOf(Role.class);
    staff.forEach(s -> roles.addAll(s.roles()));
    assertThat(roles).containsExactlyInAnyOrder(Role.values());
    assertThat(staff).extracting(NewStaff::username).doesNotHaveDuplicates().contains("qingyuan.clerk",
        "qingyuan.approver.psb", "kecheng.clerk", "xihu.hotline", "lishui.supervisor", "zj.sysadmin");
    assertThat(staff).hasSizeLessThanOrEqualTo(60).allSatisfy(s -> {
      assertThat(s.password()).isEqualTo(DemoStaff.PASSWORD);
      assertThat(s.departmentCode()).startsWith(s.region().county().value().substring(0, 4));
    });
    Map<String, Long> perCounty = new HashMap<>();
    staff.forEach(s -> perCounty.merge(s.region().county().value(), 1L, Long::sum));
    assertThat(perCounty).containsKeys("331126", "330802", "330106", "331100", "330000");
  }
}
