package org.onevisit.organisation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.onevisit.organisation.Region;
import org.onevisit.organisation.RegionCode;
import org.onevisit.organisation.Regions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link Regions} on the {@code organisation_regions} table. */
@Component
class JdbcRegions implements Regions {

  private static final String COLUMNS = "code, name, parent_code, level";
  private static final String LEVEL_ORDER =
      "array_position(array['PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE']::varchar[], level)";

  private final JdbcClient jdbc;

  JdbcRegions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Region> find(RegionCode code) {
    return jdbc.sql("select " + COLUMNS + " from organisation_regions where code = ?").param(code.value())
        .query(JdbcRegions::region).optional();
  }

  @Override
  public List<Region> children(RegionCode code) {
    return jdbc.sql("select " + COLUMNS + " from organisation_regions where parent_code = ? order by code")
        .param(code.value()).query(JdbcRegions::region).list();
  }

  @Override
  public List<Region> ancestors(RegionCode code) {
    return jdbc.sql("""
        with recursive up (code, name, parent_code, level, depth) as (
          select code, name, parent_code, level, 0 from organisation_regions where code = ?
          union all
          select r.code, r.name, r.parent_code, r.level, up.depth + 1
          from organisation_regions r join up on r.code = up.parent_code)
        select code, name, parent_code, level from up where depth > 0 order by depth desc""")
        .param(code.value()).query(JdbcRegions::region).list();
  }

  @Override
  public String pathName(RegionCode code) {
    return find(code).map(region -> Stream.concat(ancestors(code).stream(), Stream.of(region))
        .map(Region::name).collect(Collectors.joining(" "))).orElse("");
  }

  @Override
  public List<Region> atLevel(RegionCode.Level level) {
    return jdbc.sql("select " + COLUMNS + " from organisation_regions where level = ? order by code")
        .param(level.name()).query(JdbcRegions::region).list();
  }

  @Override
  public List<Region> townships(RegionCode county) {
    return jdbc.sql("select " + COLUMNS + " from organisation_regions where level = 'TOWNSHIP' and parent_code = ? order by code")
        .param(county.county().value()).query(JdbcRegions::region).list();
  }

  @Override
  public List<Region> villages(RegionCode county) {
    return jdbc.sql("select " + COLUMNS + " from organisation_regions where level = 'VILLAGE' and code like ? order by code")
        .param(county.county().value() + "%").query(JdbcRegions::region).list();
  }

  @Override
  public List<Region> search(String namePrefix, int limit) {
    String prefix = namePrefix.strip();
    if (prefix.isEmpty() || limit <= 0) {
      return List.of();
    }
    return jdbc.sql("select " + COLUMNS + " from organisation_regions where name like ? escape '\\' order by "
            + LEVEL_ORDER + ", code limit ?")
        .params(escapeLike(prefix) + "%", limit).query(JdbcRegions::region).list();
  }

  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  static Region region(ResultSet rs, int row) throws SQLException {
    String parent = rs.getString("parent_code");
    return new Region(RegionCode.of(rs.getString("code")), rs.getString("name"),
        RegionCode.Level.valueOf(rs.getString("level")), parent == null ? null : RegionCode.of(parent));
  }
}
