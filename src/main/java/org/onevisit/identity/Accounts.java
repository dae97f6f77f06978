package org.onevisit.identity;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.onevisit.organisation.RegionCode;

/**
 * Registers and finds accounts. Used by the demo loader and administrators; every method validates its
 * input through the value objects, so an invalid ID number or credit code is never stored.
 */
public interface Accounts {

  /** A person with a real-name-verified mobile number. */
  record NewCitizen(IdNumber idNumber, String name, String mobile, RegionCode region) {}

  /** An enterprise with its legal representative (by ID number, already registered as a citizen). */
  record NewEnterprise(CreditCode creditCode, String name, RegionCode region, IdNumber legalRepresentative) {}

  /** A staff account; the password is hashed before it is stored. */
  record NewStaff(
      String username, String name, String password, String departmentCode, RegionCode region, Set<Role> roles) {}

  /** Registers citizens in batches; existing ID numbers are left unchanged. Returns how many were added. */
  int registerCitizens(Collection<NewCitizen> citizens);

  int registerEnterprises(Collection<NewEnterprise> enterprises);

  /** Creates a staff account, or fails if the username is taken. */
  long createStaff(NewStaff staff);

  Optional<StaffMember> findStaff(String username);

  long countCitizens();

  long countStaff();
}
