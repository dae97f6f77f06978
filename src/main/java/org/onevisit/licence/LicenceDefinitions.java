package org.onevisit.licence;

import static org.onevisit.licence.LicenceField.optional;
import static org.onevisit.licence.LicenceField.personal;
import static org.onevisit.licence.LicenceField.required;

import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.onevisit.catalog.LicenceType;
import org.onevisit.organisation.DepartmentKind;

/**
 * The licence types the platform issues: the ten most used of the 31 Zhejiang collected first. Their
 * codes are the catalog's {@link LicenceType} codes.
 */
public final class LicenceDefinitions {

  public static final LicenceType BIRTH_MEDICAL_CERTIFICATE = LicenceType.of("birth-medical-certificate");
  public static final LicenceType RESIDENT_ID_CARD = LicenceType.of("resident-id-card");
  public static final LicenceType HOUSEHOLD_REGISTER = LicenceType.of("household-register");
  public static final LicenceType MARRIAGE_CERTIFICATE = LicenceType.of("marriage-certificate");
  public static final LicenceType SOCIAL_SECURITY_CARD = LicenceType.of("social-security-card");
  public static final LicenceType VACCINATION_CERTIFICATE = LicenceType.of("vaccination-certificate");
  public static final LicenceType ELDERLY_PREFERENTIAL_CARD = LicenceType.of("elderly-preferential-card");
  public static final LicenceType BUSINESS_LICENCE = LicenceType.of("business-licence");
  public static final LicenceType FOOD_OPERATION_PERMIT = LicenceType.of("food-operation-permit");
  public static final LicenceType PROPERTY_CERTIFICATE = LicenceType.of("property-certificate");

  private static final List<LicenceDefinition> ALL = List.of(
      new LicenceDefinition(BIRTH_MEDICAL_CERTIFICATE, 101, DepartmentKind.HEALTH, HolderKind.PERSON,
          List.of(required("childName"), required("sex"), required("birthDate"), required("birthPlace"),
              required("motherName"), personal("motherIdNumber"), optional("fatherName"),
              new LicenceField("fatherIdNumber", false, true), required("certificateNo")),
          null, Set.of("person.name", "person.birthDate", "person.sex", "person.parents")),
      new LicenceDefinition(RESIDENT_ID_CARD, 102, DepartmentKind.PUBLIC_SECURITY, HolderKind.PERSON,
          List.of(required("name"), required("sex"), required("ethnicity"), required("birthDate"),
              required("address"), personal("idNumber")),
          Period.ofYears(20), Set.of("person.name", "person.idNumber", "person.birthDate", "person.address")),
      new LicenceDefinition(HOUSEHOLD_REGISTER, 103, DepartmentKind.PUBLIC_SECURITY, HolderKind.PERSON,
          List.of(required("householdNumber"), required("headName"), required("address"), required("members")),
          null, Set.of("household.number", "household.members", "person.address")),
      new LicenceDefinition(MARRIAGE_CERTIFICATE, 104, DepartmentKind.CIVIL_AFFAIRS, HolderKind.PERSON,
          List.of(required("certificateNo"), required("husbandName"), personal("husbandIdNumber"),
              required("wifeName"), personal("wifeIdNumber"), required("registeredOn")),
          null, Set.of("person.maritalStatus", "person.spouse")),
      new LicenceDefinition(SOCIAL_SECURITY_CARD, 105, DepartmentKind.HUMAN_RESOURCES, HolderKind.PERSON,
          List.of(required("name"), personal("idNumber"), required("cardNumber")),
          Period.ofYears(10), Set.of("person.socialSecurityNumber")),
      new LicenceDefinition(VACCINATION_CERTIFICATE, 106, DepartmentKind.HEALTH, HolderKind.PERSON,
          List.of(required("childName"), required("birthDate"), required("vaccinations")),
          null, Set.of("person.vaccinations")),
      new LicenceDefinition(ELDERLY_PREFERENTIAL_CARD, 107, DepartmentKind.CIVIL_AFFAIRS, HolderKind.PERSON,
          List.of(required("name"), personal("idNumber"), required("birthDate")),
          null, Set.of("person.elderlyCard")),
      new LicenceDefinition(BUSINESS_LICENCE, 201, DepartmentKind.MARKET_REGULATION, HolderKind.ENTERPRISE,
          List.of(required("enterpriseName"), required("creditCode"), required("enterpriseKind"),
              required("legalRepresentative"), required("address"), required("registeredOn")),
          null, Set.of("enterprise.name", "enterprise.creditCode", "enterprise.legalRepresentative")),
      new LicenceDefinition(FOOD_OPERATION_PERMIT, 202, DepartmentKind.MARKET_REGULATION, HolderKind.ENTERPRISE,
          List.of(required("enterpriseName"), required("creditCode"), required("address"), required("businessItems")),
          Period.ofYears(5), Set.of("enterprise.foodPermit")),
      new LicenceDefinition(PROPERTY_CERTIFICATE, 203, DepartmentKind.NATURAL_RESOURCES, HolderKind.PERSON,
          List.of(required("certificateNo"), required("owner"), required("location"), required("area"),
              required("use")),
          null, Set.of("property.ownership", "property.address")));

  private LicenceDefinitions() {}

  public static List<LicenceDefinition> all() {
    return ALL;
  }

  public static Optional<LicenceDefinition> find(LicenceType type) {
    return ALL.stream().filter(d -> d.type().equals(type)).findFirst();
  }

  public static Optional<LicenceDefinition> find(String code) {
    return ALL.stream().filter(d -> d.type().code().equals(code)).findFirst();
  }

  public static Optional<LicenceDefinition> byNumericCode(int numericCode) {
    return ALL.stream().filter(d -> d.numericCode() == numericCode).findFirst();
  }
}
