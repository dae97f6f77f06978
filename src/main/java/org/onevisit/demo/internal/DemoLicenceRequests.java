package org.onevisit.demo.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.onevisit.demo.DemoEnterprise;
import org.onevisit.demo.DemoHousehold;
import org.onevisit.identity.IdNumber;
import org.onevisit.licence.Holder;
import org.onevisit.licence.IssueRequest;
import org.onevisit.licence.LicenceDefinitions;
import org.onevisit.organisation.DepartmentKind;
import org.onevisit.organisation.Departments;
import org.onevisit.organisation.RegionCode;
import org.onevisit.sharing.MarriageRecord;
import org.onevisit.sharing.PersonRecord;

/**
 * The licences pre-issued for the demo province: for every household of a persona and for the first
 * {@link #SAMPLE} households, ID cards of the members with a mobile, the household register of the head, a
 * property certificate of the head's home, the marriage certificate of each registered marriage (held by
 * both spouses), and the business licence of each enterprise (with a food business permit for a
 * restaurant). Signing every licence of 10,000 persons (about 25,000, three proofs each) would add minutes
 * to the load; the personas and the sample (about 300 licences) keep it to a few seconds.
 */
final class DemoLicenceRequests {

  static final int SAMPLE = 40;
  static final String ACTOR = "demo";

  private final Departments departments;
  private final Set<IdNumber> personas;
  private final Map<String, String> departmentCodes = new HashMap<>();
  private final List<IssueRequest> requests = new ArrayList<>();
  private int households;

  DemoLicenceRequests(Departments departments, Set<IdNumber> personas) {
    this.departments = departments;
    this.personas = personas;
  }

  List<IssueRequest> requests() {
    return requests;
  }

  void add(DemoHousehold household) {
    boolean persona = household.members().stream().anyMatch(m -> personas.contains(m.idNumber()));
    if (!persona && households++ >= SAMPLE) {
      return;
    }
    Map<IdNumber, PersonRecord> members = household.members().stream()
        .collect(Collectors.toMap(PersonRecord::idNumber, m -> m, (a, b) -> a, LinkedHashMap::new));
    PersonRecord head = household.members().getFirst();
    String police = department(DepartmentKind.PUBLIC_SECURITY, head.region());
    for (PersonRecord member : household.members()) {
      if (member.mobile() != null && member.alive()) {
        requests.add(request(LicenceDefinitions.RESIDENT_ID_CARD, member, police, fields(
            "name", member.name(), "sex", member.sex() == IdNumber.Sex.MALE ? "男" : "女",
            "ethnicity", member.ethnicity(), "birthDate", member.birthDate().toString(),
            "address", member.address(), "idNumber", member.idNumber().value())));
      }
    }
    String memberList = household.members().stream().map(PersonRecord::name).collect(Collectors.joining("、"));
    requests.add(request(LicenceDefinitions.HOUSEHOLD_REGISTER, head, police, fields(
        "householdNumber", Long.toString(household.household().id()), "headName", head.name(),
        "address", household.household().address(), "members", memberList)));
    requests.add(request(LicenceDefinitions.PROPERTY_CERTIFICATE, head,
        department(DepartmentKind.NATURAL_RESOURCES, head.region()), fields(
            "certificateNo", "浙(" + household.household().id() % 10_000 + ")不动产权第" + household.household().id() + "号",
            "owner", head.name(), "location", household.household().address(),
            "area", (80 + household.household().id() % 60) + " ㎡", "use", "住宅")));
    for (MarriageRecord marriage : household.marriages()) {
      if (marriage.status() != MarriageRecord.Status.REGISTERED) {
        continue;
      }
      PersonRecord husband = members.get(marriage.husband());
      PersonRecord wife = members.get(marriage.wife());
      if (husband == null || wife == null) {
        continue;
      }
      Map<String, String> certificate = fields("certificateNo", marriage.certificateNo(),
          "husbandName", husband.name(), "husbandIdNumber", husband.idNumber().value(),
          "wifeName", wife.name(), "wifeIdNumber", wife.idNumber().value(),
          "registeredOn", marriage.registeredOn().toString());
      String civil = department(DepartmentKind.CIVIL_AFFAIRS, marriage.registryRegion());
      requests.add(request(LicenceDefinitions.MARRIAGE_CERTIFICATE, husband, civil, certificate));
      requests.add(request(LicenceDefinitions.MARRIAGE_CERTIFICATE, wife, civil, certificate));
    }
    for (DemoEnterprise enterprise : household.enterprises()) {
      PersonRecord representative = members.get(enterprise.legalRepresentative());
      String market = department(DepartmentKind.MARKET_REGULATION, enterprise.region());
      Holder holder = Holder.enterprise(enterprise.creditCode(), enterprise.name());
      requests.add(new IssueRequest(LicenceDefinitions.BUSINESS_LICENCE, holder, market, fields(
          "enterpriseName", enterprise.name(), "creditCode", enterprise.creditCode().value(),
          "enterpriseKind", switch (enterprise.kind()) {
            case LIMITED_COMPANY -> "有限责任公司";
            case SOLE_TRADER -> "个体工商户";
            case FARMERS_COOPERATIVE -> "农民专业合作社";
          },
          "legalRepresentative", representative == null ? "—" : representative.name(),
          "address", household.household().address(), "registeredOn", "2020-03-01"), null, null, ACTOR));
      if (enterprise.name().contains("餐饮")) {
        requests.add(new IssueRequest(LicenceDefinitions.FOOD_OPERATION_PERMIT, holder, market, fields(
            "enterpriseName", enterprise.name(), "creditCode", enterprise.creditCode().value(),
            "address", household.household().address(), "businessItems", "热食类食品制售"), null, null, ACTOR));
      }
    }
  }

  private IssueRequest request(org.onevisit.catalog.LicenceType type, PersonRecord person, String department,
      Map<String, String> fields) {
    return new IssueRequest(type, Holder.person(person.idNumber(), person.name()), department, fields, null, null, ACTOR);
  }

  private String department(DepartmentKind kind, RegionCode region) {
    return departmentCodes.computeIfAbsent(kind + "@" + region.value(), k -> departments.byKind(kind, region)
        .orElseThrow(() -> new IllegalStateException("No " + kind + " department for " + region)).code());
  }

  private static Map<String, String> fields(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
