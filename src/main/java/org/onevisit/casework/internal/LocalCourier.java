package org.onevisit.casework.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import org.onevisit.casework.CourierService;
import org.onevisit.platform.ChinaTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The platform's local {@link CourierService}: numbers the shipment {@code OV} + date + sequence and records it
 * in {@code casework_shipment}. No parcel moves; a deployment provides the contracted courier's service instead.
 */
class LocalCourier implements CourierService {

  private final JdbcClient jdbc;
  private final Clock clock;

  LocalCourier(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public String dispatch(Shipment shipment) {
    LocalDate day = LocalDate.now(clock.withZone(ChinaTime.ZONE));
    long sequence = jdbc.sql("""
            insert into casework_sequence (region, day, last) values ('COURIER', ?, 1)
            on conflict (region, day) do update set last = casework_sequence.last + 1 returning last""")
        .param(day).query(Long.class).single();
    String tracking = "OV" + day.toString().replace("-", "") + String.format("%06d", sequence);
    jdbc.sql("""
            insert into casework_shipment (tracking, case_number, recipient, address, contents, at)
            values (?, ?, ?, ?, ?, ?)""")
        .params(tracking, shipment.number().value(), shipment.recipient(), shipment.address(), shipment.contents(),
            Timestamp.from(clock.instant()))
        .update();
    return tracking;
  }
}
