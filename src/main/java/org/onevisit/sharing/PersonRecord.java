package org.onevisit.sharing;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.onevisit.identity.IdNumber;
import org.onevisit.organisation.RegionCode;

/**
 * 人口信息: one resident in the population library (人口库), keyed by the ID number.
 *
 * @param idNumber the resident's ID number; sex and birth date must agree with it
 * @param name the name as registered
 * @param sex from the ID number
 * @param birthDate from the ID number
 * @param ethnicity 民族, e.g. 汉族, 畲族
 * @param householdId the household (户) the resident belongs to
 * @param region the village or community (村, 社区) of residence
 * @param address the full residence address
 * @param mobile the real-name mobile number; {@code null} for children and people without one
 * @param maritalStatus as registered
 * @param alive false once a death is registered
 * @param provenance the source of the record
 */
public record PersonRecord(
    IdNumber idNumber,
    String name,
    IdNumber.Sex sex,
    LocalDate birthDate,
    String ethnicity,
    long householdId,
    RegionCode region,
    String address,
    @Nullable String mobile,
    MaritalStatus maritalStatus,
    boolean alive,
    Provenance provenance) {

  public PersonRecord {
    Objects.requireNonNull(idNumber, "idNumber");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(ethnicity, "ethnicity");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(maritalStatus, "maritalStatus");
    Objects.requireNonNull(provenance, "provenance");
    if (sex != idNumber.sex() || !birthDate.equals(idNumber.birthDate())) {
      throw new IllegalArgumentException("Sex and birth date must agree with the ID number " + idNumber);
    }
    if (mobile != null && !Mobiles.MAINLAND.matcher(mobile).matches()) {
      throw new IllegalArgumentException("Not a mainland mobile number");
    }
  }

  private static final class Mobiles {
    static final java.util.regex.Pattern MAINLAND = java.util.regex.Pattern.compile("1[3-9][0-9]{9}");
  }

  /** Age in whole years on the given day. */
  public int ageOn(LocalDate day) {
    return birthDate.until(day).getYears();
  }
}
