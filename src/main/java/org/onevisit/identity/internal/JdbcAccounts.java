package org.onevisit.identity.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.onevisit.identity.Accounts;
import org.onevisit.identity.Role;
import org.onevisit.identity.StaffMember;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcAccounts implements Accounts {

  private static final int BATCH = 1_000;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final PasswordEncoder passwords;

  JdbcAccounts(JdbcClient jdbc, JdbcTemplate template, PasswordEncoder passwords) {
    this.jdbc = jdbc;
    this.template = template;
    this.passwords = passwords;
  }

  @Override
  @Transactional
  public int registerCitizens(Collection<NewCitizen> citizens) {
    int added = 0;
    List<NewCitizen> all = List.copyOf(citizens);
    for (int from = 0; from < all.size(); from += BATCH) {
      var slice = all.subList(from, Math.min(all.size(), from + BATCH));
      int[][] counts = template.batchUpdate(
          "insert into identity_citizen (id_number, name, mobile, region_code) values (?, ?, ?, ?)"
              + " on conflict (id_number) do nothing",
          slice, slice.size(), (ps, c) -> {
            ps.setString(1, c.idNumber().value());
            ps.setString(2, c.name());
            ps.setString(3, c.mobile());
            ps.setString(4, c.region().value());
          });
      for (int[] batch : counts) {
        for (int n : batch) {
          added += Math.max(n, 0);
        }
      }
    }
    return added;
  }

  @Override
  @Transactional
  public int registerEnterprises(Collection<NewEnterprise> enterprises) {
    int added = 0;
    for (NewEnterprise e : enterprises) {
      Optional<Long> id = jdbc.sql("""
              insert into identity_enterprise (credit_code, name, region_code) values (?, ?, ?)
              on conflict (credit_code) do nothing returning id""")
          .params(e.creditCode().value(), e.name(), e.region().value())
          .query(Long.class)
          .optional();
      if (id.isEmpty()) {
        continue;
      }
      int linked = jdbc.sql("""
              insert into identity_representative (enterprise_id, citizen_id, kind)
              select ?, id, 'LEGAL' from identity_citizen where id_number = ?""")
          .params(id.get(), e.legalRepresentative().value())
          .update();
      if (linked != 1) {
        throw new IllegalArgumentException(
            "Legal representative " + e.legalRepresentative() + " of " + e.creditCode() + " is not a registered citizen");
      }
      added++;
    }
    return added;
  }

  @Override
  @Transactional
  public long createStaff(NewStaff staff) {
    if (staff.roles().isEmpty()) {
      throw new IllegalArgumentException("A staff account needs at least one role");
    }
    long id = jdbc.sql("""
            insert into identity_staff (username, name, password_hash, department_code, region_code)
            values (?, ?, ?, ?, ?) returning id""")
        .params(staff.username(), staff.name(), passwords.encode(staff.password()), staff.departmentCode(),
            staff.region().value())
        .query(Long.class)
        .single();
    for (Role role : staff.roles()) {
      jdbc.sql("insert into identity_staff_role (staff_id, role) values (?, ?)").params(id, role.name()).update();
    }
    return id;
  }

  @Override
  public Optional<StaffMember> findStaff(String username) {
    return findStaffWithPassword(username).map(StaffWithPassword::member);
  }

  Optional<StaffWithPassword> findStaffWithPassword(String username) {
    return jdbc.sql("""
            select s.id, s.username, s.name, s.department_code, s.region_code, s.password_hash, s.enabled,
                   coalesce(string_agg(r.role, ','), '') as roles
            from identity_staff s left join identity_staff_role r on r.staff_id = s.id
            where s.username = ? group by s.id""")
        .param(username)
        .query((rs, i) -> new StaffWithPassword(
            new StaffMember(rs.getLong("id"), rs.getString("username"), rs.getString("name"),
                rs.getString("department_code"), rs.getString("region_code"), roles(rs.getString("roles"))),
            rs.getString("password_hash"), rs.getBoolean("enabled")))
        .optional();
  }

  private static Set<Role> roles(String csv) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String r : csv.split(",")) {
      if (!r.isBlank()) {
        roles.add(Role.valueOf(r));
      }
    }
    return roles;
  }

  @Override
  public long countCitizens() {
    return jdbc.sql("select count(*) from identity_citizen").query(Long.class).single();
  }

  @Override
  public long countStaff() {
    return jdbc.sql("select count(*) from identity_staff").query(Long.class).single();
  }

  record StaffWithPassword(StaffMember member, String passwordHash, boolean enabled) {}
}
