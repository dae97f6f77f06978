package org.onevisit.organisation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.onevisit.organisation.Department;
import org.onevisit.organisation.DepartmentKind;
import org.onevisit.organisation.Departments;
import org.onevisit.organisation.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link Departments} on the {@code organisation_departments} table. */
@Component
class JdbcDepartments implements Departments {

  private static final String COLUMNS = "id, code, name, kind, region_code";

  private final JdbcClient jdbc;

  JdbcDepartments(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Department> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from organisation_departments where id = ?").param(id)
        .query(JdbcDepartments::department).optional();
  }

  @Override
  public Optional<Department> findByCode(String code) {
    return jdbc.sql("select " + COLUMNS + " from organisation_departments where code = ?").param(code)
        .query(JdbcDepartments::department).optional();
  }

  @Override
  public List<Department> atRegion(RegionCode region) {
    return jdbc.sql("select " + COLUMNS + " from organisation_departments where region_code = ?")
        .param(region.value()).query(JdbcDepartments::department).list().stream()
        .sorted(Comparator.comparing(Department::kind)).toList();
  }

  @Override
  public Optional<Department> byKind(DepartmentKind kind, RegionCode region) {
    return jdbc.sql("""
        with recursive up (code, parent_code, depth) as (
          select code, parent_code, 0 from organisation_regions where code = ?
          union all
          select r.code, r.parent_code, up.depth + 1 from organisation_regions r join up on r.code = up.parent_code)
        select d.id, d.code, d.name, d.kind, d.region_code
        from organisation_departments d join up on d.region_code = up.code
        where d.kind = ? order by up.depth limit 1""")
        .params(region.value(), kind.name()).query(JdbcDepartments::department).optional();
  }

  static Department department(ResultSet rs, int row) throws SQLException {
    return new Department(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
        DepartmentKind.valueOf(rs.getString("kind")), RegionCode.of(rs.getString("region_code")));
  }
}
