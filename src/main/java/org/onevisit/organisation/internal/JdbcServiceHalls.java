package org.onevisit.organisation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.onevisit.organisation.HallKind;
import org.onevisit.organisation.RegionCode;
import org.onevisit.organisation.ServiceHall;
import org.onevisit.organisation.ServiceHalls;
import org.onevisit.organisation.ServiceWindow;
import org.onevisit.organisation.WindowTheme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link ServiceHalls} on the {@code organisation_halls} and {@code organisation_windows} tables. */
@Component
class JdbcServiceHalls implements ServiceHalls {

  private static final String COLUMNS = "id, code, name, kind, region_code, address, opening_hours";
  // The kinds' names sort alphabetically in their declaration order: centre, township, village.
  private static final String ORDER = " order by kind, code";

  private final JdbcClient jdbc;

  JdbcServiceHalls(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<ServiceHall> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from organisation_halls where id = ?").param(id)
        .query(JdbcServiceHalls::hall).optional();
  }

  @Override
  public List<ServiceHall> inRegion(RegionCode region) {
    return jdbc.sql("select " + COLUMNS + " from organisation_halls where region_code like ?" + ORDER)
        .param(region.prefix() + "%").query(JdbcServiceHalls::hall).list();
  }

  @Override
  public List<ServiceHall> ofKind(HallKind kind) {
    return jdbc.sql("select " + COLUMNS + " from organisation_halls where kind = ?" + ORDER)
        .param(kind.name()).query(JdbcServiceHalls::hall).list();
  }

  @Override
  public List<ServiceWindow> windows(long hallId) {
    return jdbc.sql("select id, hall_id, number, theme from organisation_windows where hall_id = ? order by number")
        .param(hallId)
        .query((rs, row) -> new ServiceWindow(rs.getLong("id"), rs.getLong("hall_id"), rs.getString("number"),
            WindowTheme.valueOf(rs.getString("theme"))))
        .list();
  }

  static ServiceHall hall(ResultSet rs, int row) throws SQLException {
    return new ServiceHall(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
        HallKind.valueOf(rs.getString("kind")), RegionCode.of(rs.getString("region_code")), rs.getString("address"),
        rs.getString("opening_hours"));
  }
}
