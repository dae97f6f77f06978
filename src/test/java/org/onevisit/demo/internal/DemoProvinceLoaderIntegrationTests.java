package org.onevisit.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onevisit.demo.DemoPersona;
import org.onevisit.demo.DemoPersonas;
import org.onevisit.demo.DemoStaff;
import org.onevisit.identity.Accounts;
import org.onevisit.identity.Role;
import org.onevisit.organisation.Departments;
import org.onevisit.platform.ChinaTime;
import org.onevisit.sharing.MaritalStatus;
import org.onevisit.sharing.PopulationLibrary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = {"onevisit.demo.enabled=true", "onevisit.demo.persons=2000"})
@ActiveProfiles("test")
class DemoProvinceLoaderIntegrationTests {

  @Autowired DemoProvinceLoader loader;
  @Autowired PopulationLibrary population;
  @Autowired Accounts accounts;
  @Autowired Departments departments;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired org.onevisit.catalog.Catalog catalog;
  @Autowired org.onevisit.licence.Licences licences;
  @Autowired org.onevisit.licence.CredentialVerifier verifier;

  @Test
  void loadsTheProvinceOnceOnStartUp() {
    assertThat(population.persons()).isEqualTo(2_000);
    assertThat(jdbc.sql("select persons from demo_load").query(Integer.class).single()).isEqualTo(2_000);
    long citizens = accounts.countCitizens();
    long staff = accounts.countStaff();
    assertThat(citizens).isBetween(1_000L, 2_000L);

    assertThat(loader.load()).as("second run").isFalse();

    assertThat(population.persons()).isEqualTo(2_000);
    assertThat(accounts.countCitizens()).isEqualTo(citizens);
    assertThat(accounts.countStaff()).isEqualTo(staff).isEqualTo(DemoStaff.all().size());
    assertThat(jdbc.sql("select count(*) from identity_enterprise").query(Long.class).single()).isBetween(100L, 202L);
  }

  @Test
  void publishesTheDemoCatalogOnce() {
    assertThat(catalog.items()).hasSize(org.onevisit.demo.DemoCatalog.items().size());
    assertThat(catalog.bundles()).hasSize(6);
    assertThat(catalog.guide(org.onevisit.demo.DemoCatalog.BIRTH, org.onevisit.demo.DemoCatalog.USUAL_BIRTH)
        .figures().after()).isEqualTo(new org.onevisit.catalog.Figures.Tally(0, 1, 9, 0));
    assertThat(catalog.search("上户口", 3)).isNotEmpty();

    assertThat(loader.loadCatalog()).as("second run").isFalse();
  }

  @Autowired org.onevisit.casework.Casework casework;
  @Autowired org.onevisit.approval.ApprovalProcesses approval;

  @Test
  void theDemoParentsBirthBundleRunsThroughTheDemoDepartments() throws Exception {
    var father = DemoPersonas.NEW_FATHER;
    var applicant = org.onevisit.identity.Applicant.citizen(1, father.idNumber(), father.name());
    var before = licences.heldBy(org.onevisit.licence.HolderKind.PERSON, father.idNumber().value()).size();
    var id = casework.startDraft(applicant, org.onevisit.casework.Casework.Subject.bundle("YJS-CS"),
        org.onevisit.demo.DemoCatalog.USUAL_BIRTH, father.township(), "self");
    var typed = new java.util.HashMap<String, String>();
    casework.form(id, applicant).toType().forEach(f -> typed.put(f.field().key(),
        f.field().type() == org.onevisit.catalog.FieldType.PHONE ? "17000000007" : "示例"));
    typed.put("newbornName", "陈语桐");
    casework.fill(id, applicant, typed, java.util.Set.of("photo"));
    var number = casework.submit(id, applicant);
    var clerk = accounts.findStaff("qingyuan.clerk").orElseThrow();
    casework.accept(number, clerk);

    var approvers = DemoStaff.all().stream().filter(s -> s.username().startsWith("qingyuan.approver."))
        .map(s -> accounts.findStaff(s.username()).orElseThrow()).toList();
    long until = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
    while (casework.view(number, applicant).status() == org.onevisit.casework.CaseView.Status.ACCEPTED
        && System.nanoTime() < until) {
      boolean any = false;
      for (var approver : approvers) {
        for (var task : approval.inbox(approver)) {
          if (task.caseRef().equals(number.value())) {
            approval.decide(task.id(), approver, new org.onevisit.approval.Decision.Approve(""));
            any = true;
          }
        }
      }
      if (!any) {
        Thread.sleep(100);
      }
    }

    var done = casework.view(number, applicant);
    assertThat(done.status()).isEqualTo(org.onevisit.casework.CaseView.Status.COMPLETED);
    assertThat(done.items()).hasSize(6).allSatisfy(i -> assertThat(i.approved()).isTrue());
    // the household register entry, social security card, vaccination and birth certificates land in his wallet
    until = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
    java.util.List<org.onevisit.licence.Licence> wallet = java.util.List.of();
    while (System.nanoTime() < until) {
      wallet = licences.heldBy(org.onevisit.licence.HolderKind.PERSON, father.idNumber().value());
      if (wallet.size() >= before + 4) {
        break;
      }
      Thread.sleep(100);
    }
    assertThat(wallet).extracting(l -> l.type().code()).contains("birth-medical-certificate", "household-register",
        "social-security-card", "vaccination-certificate");
    assertThat(wallet).filteredOn(l -> l.type().code().equals("vaccination-certificate")).singleElement()
        .satisfies(l -> assertThat(l.fields()).containsEntry("childName", "陈语桐"));
  }

  @Test
  void staffExistForEveryRoleSeatedInRealDepartments() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Accounts.NewStaff planned : DemoStaff.all()) {
      var member = accounts.findStaff(planned.username()).orElseThrow();
      roles.addAll(member.roles());
      assertThat(member.name()).isEqualTo(planned.name());
      assertThat(departments.findByCode(member.departmentCode())).as(member.departmentCode()).isPresent();
    }
    assertThat(roles).containsExactlyInAnyOrder(Role.values());
  }

  @Test
  void personasAreInThePopulationLibraryAndHaveCitizenAccounts() {
    LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
    for (DemoPersona persona : DemoPersonas.all(today)) {
      var person = population.person(persona.idNumber()).orElseThrow();
      assertThat(person.name()).isEqualTo(persona.name());
      assertThat(person.mobile()).isEqualTo(persona.mobile());
      assertThat(person.provenance().sourceDepartment()).endsWith("-PSB");
      assertThat(jdbc.sql("select count(*) from identity_citizen where id_number = ? and mobile = ?")
          .params(persona.idNumber().value(), persona.mobile()).query(Long.class).single()).isEqualTo(1L);
    }
    var mother = DemoPersonas.EXPECTANT_MOTHER.idNumber();
    assertThat(population.marriages(mother)).singleElement()
        .satisfies(m -> assertThat(m.husband()).isEqualTo(DemoPersonas.EXPECTANT_FATHER.idNumber()));
    assertThat(population.prenatalRecords(mother)).singleElement()
        .satisfies(r -> assertThat(r.expectedDate()).isEqualTo(today.plusMonths(3)));
    var husband = population.person(DemoPersonas.EXPECTANT_FATHER.idNumber()).orElseThrow();
    assertThat(husband.maritalStatus()).isEqualTo(MaritalStatus.MARRIED);
    assertThat(population.household(husband.householdId())).hasSize(2);
    assertThat(jdbc.sql("""
            select count(*) from identity_enterprise e join identity_representative r on r.enterprise_id = e.id
            join identity_citizen c on c.id = r.citizen_id where e.credit_code = ? and c.id_number = ?""")
        .params(DemoPersonas.RESTAURANT.value(), DemoPersonas.RESTAURATEUR.idNumber().value())
        .query(Long.class).single()).isEqualTo(1L);
  }

  @Test
  void personasHoldVerifiableLicencesAndTheSampleIsBounded() {
    var person = org.onevisit.licence.HolderKind.PERSON;
    var enterprise = org.onevisit.licence.HolderKind.ENTERPRISE;
    for (DemoPersona spouse : java.util.List.of(DemoPersonas.EXPECTANT_FATHER, DemoPersonas.EXPECTANT_MOTHER)) {
      var marriage = licences.usable(person, spouse.idNumber().value(),
          org.onevisit.licence.LicenceDefinitions.MARRIAGE_CERTIFICATE);
      assertThat(marriage).as(spouse.name()).singleElement()
          .satisfies(l -> assertThat(l.fields().get("certificateNo")).isEqualTo(DemoPersonas.EXPECTANT_MARRIAGE_CERTIFICATE));
      assertThat(licences.usable(person, spouse.idNumber().value(),
          org.onevisit.licence.LicenceDefinitions.RESIDENT_ID_CARD)).hasSize(1);
    }
    assertThat(licences.usable(person, DemoPersonas.EXPECTANT_FATHER.idNumber().value(),
        org.onevisit.licence.LicenceDefinitions.HOUSEHOLD_REGISTER)).hasSize(1);
    var business = licences.usable(enterprise, DemoPersonas.RESTAURANT.value(),
        org.onevisit.licence.LicenceDefinitions.BUSINESS_LICENCE);
    assertThat(business).singleElement().satisfies(l -> assertThat(verifier.verify(l.credential()).verified()).isTrue());
    assertThat(licences.usable(enterprise, DemoPersonas.RESTAURANT.value(),
        org.onevisit.licence.LicenceDefinitions.FOOD_OPERATION_PERMIT)).hasSize(1);
    long issued = jdbc.sql("select count(*) from licence where issued_by = 'demo'").query(Long.class).single();
    assertThat(issued).isBetween(100L, 600L);
  }


  /**
   * 出生一件事 on the demo province: the new father's form arrives filled from the demo's libraries and grants,
   * and what he has to type and upload is exactly what the guide's after-figures promise (9 fields, 1 material).
   */
  @Test
  void theNewParentsProvideExactlyWhatTheGuidePromises() {
    var father = org.onevisit.identity.Applicant.citizen(1, DemoPersonas.NEW_FATHER.idNumber(),
        DemoPersonas.NEW_FATHER.name());
    var id = casework.startDraft(father, org.onevisit.casework.Casework.Subject.bundle(
        org.onevisit.demo.DemoCatalog.BIRTH.value()), org.onevisit.demo.DemoCatalog.USUAL_BIRTH,
        org.onevisit.organisation.RegionCode.of("331126"), "self");

    var form = casework.form(id, father);

    var after = form.guide().figures().after();
    assertThat(after).isEqualTo(new org.onevisit.catalog.Figures.Tally(0, 1, 9, 0));
    assertThat(form.toType()).as("fields he types").hasSize(after.fields());
    assertThat(form.missingMaterials()).as("materials he uploads").hasSize(after.materials())
        .singleElement().satisfies(m -> assertThat(m.material()).isEqualTo("photo"));
    assertThat(form.prefilled()).as("every bound field arrived or comes with an earlier item's result")
        .noneMatch(p -> p.state() == org.onevisit.casework.Prefilled.State.UNAVAILABLE);
    assertThat(form.prefilled()).filteredOn(p -> p.field().equals("motherName")).singleElement()
        .satisfies(p -> assertThat(p.value()).isEqualTo(DemoPersonas.NEW_MOTHER.name()));
    assertThat(form.prefilled()).filteredOn(p -> p.field().equals("deliveryInstitution")).singleElement()
        .satisfies(p -> assertThat(p.value()).isEqualTo("庆元县人民医院"));
    assertThat(form.materials()).filteredOn(m -> m.material().equals("marriageCertificate")).singleElement()
        .satisfies(m -> assertThat(m.way()).isEqualTo(org.onevisit.casework.MaterialCheck.Way.LICENCE));
  }
}
