package org.onevisit.sharing.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.onevisit.identity.IdNumber;
import org.onevisit.sharing.AddressRecord;
import org.onevisit.sharing.BirthRecord;
import org.onevisit.sharing.CreditRecord;
import org.onevisit.sharing.EnterpriseRecord;
import org.onevisit.sharing.BulkLoad;
import org.onevisit.sharing.HouseholdRecord;
import org.onevisit.sharing.MarriageRecord;
import org.onevisit.sharing.PersonRecord;
import org.onevisit.sharing.PrenatalRecord;
import org.onevisit.sharing.Provenance;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Streams the records in PostgreSQL's text COPY format, one buffer per table. A full buffer is sent as one
 * {@code COPY ... FROM STDIN} on the load's single connection (a connection runs one COPY at a time, so the
 * tables take turns). Outside a transaction a background thread sends the chunks (at most two in flight)
 * while the caller fills the next; inside one the caller's thread sends them, because the caller may use the
 * same transactional connection between two records.
 */
final class CopyBulkLoad implements BulkLoad {

  private static final Logger log = LoggerFactory.getLogger(CopyBulkLoad.class);

  private static final int CHUNK_CHARS = 4 << 20;
  private static final int IN_FLIGHT = 2;
  private static final String PROVENANCE = "source_department, source_system, as_of, version";

  private final DataSource dataSource;
  private final Connection connection;
  private final CopyManager copy;
  private final List<String> droppedIndexes = new ArrayList<>();
  private final Table households = new Table(
      "sharing_household (id, head_id_number, region_code, address, " + PROVENANCE + ")");
  private final Table persons = new Table("sharing_person (id_number, name, sex, birth_date, ethnicity, household_id,"
      + " region_code, address, mobile, marital_status, alive, " + PROVENANCE + ")");
  private final Table marriages = new Table("sharing_marriage (id, husband_id_number, wife_id_number, registered_on,"
      + " certificate_no, registry_region, status, " + PROVENANCE + ")");
  private final Table prenatals = new Table(
      "sharing_prenatal_record (id, mother_id_number, expected_date, hospital, " + PROVENANCE + ")");
  private final Table births = new Table("sharing_birth (id, mother_id_number, father_id_number, child_sex, born_at,"
      + " weight_grams, gestational_weeks, institution, " + PROVENANCE + ")");
  private final Table enterprises = new Table("sharing_enterprise (credit_code, name, legal_form, region_code, address,"
      + " representative_name, representative_id, representative_id_index, representative_mobile, registered_on, status, "
      + PROVENANCE + ")");
  private final Table credits = new Table("sharing_credit (credit_code, level, red_list, black_list, list_reason, "
      + PROVENANCE + ")");
  private final Table addresses = new Table("sharing_address (address, region_code, longitude, latitude, "
      + PROVENANCE + ")");
  private final FieldCipher cipher;
  private long personCount;
  private final AtomicLong copyNanos = new AtomicLong();
  /** Writes chunks while the caller produces the next ones; only outside a transaction (see the class doc). */
  private final @Nullable ExecutorService writer;
  private final Semaphore inFlight = new Semaphore(IN_FLIGHT);
  private volatile @Nullable RuntimeException failure;

  CopyBulkLoad(DataSource dataSource, FieldCipher cipher, boolean rebuildIndexes) {
    this.dataSource = dataSource;
    this.cipher = cipher;
    this.connection = DataSourceUtils.getConnection(dataSource);
    this.writer = TransactionSynchronizationManager.isActualTransactionActive() ? null
        : Executors.newSingleThreadExecutor(r -> {
          Thread thread = new Thread(r, "population-copy");
          thread.setDaemon(true);
          return thread;
        });
    try {
      this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
      if (rebuildIndexes) {
        dropSecondaryIndexes();
      }
    } catch (SQLException e) {
      close();
      throw new DataAccessResourceFailureException("Cannot start a COPY bulk load", e);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  @Override
  public void add(HouseholdRecord h) {
    var row = households.row();
    row.field(Long.toString(h.id()));
    row.field(h.head().value());
    row.field(h.region().value());
    row.field(h.address());
    provenance(row, h.provenance());
    households.end();
  }

  @Override
  public void add(PersonRecord p) {
    var row = persons.row();
    row.field(p.idNumber().value());
    row.field(p.name());
    row.field(p.sex() == IdNumber.Sex.MALE ? "M" : "F");
    row.field(date(p.birthDate()));
    row.field(p.ethnicity());
    row.field(Long.toString(p.householdId()));
    row.field(p.region().value());
    row.field(p.address());
    row.field(p.mobile());
    row.field(p.maritalStatus().name());
    row.field(p.alive() ? "t" : "f");
    provenance(row, p.provenance());
    persons.end();
    personCount++;
  }

  @Override
  public void add(MarriageRecord m) {
    var row = marriages.row();
    row.field(Long.toString(m.id()));
    row.field(m.husband().value());
    row.field(m.wife().value());
    row.field(date(m.registeredOn()));
    row.field(m.certificateNo());
    row.field(m.registryRegion().value());
    row.field(m.status().name());
    provenance(row, m.provenance());
    marriages.end();
  }

  @Override
  public void add(PrenatalRecord r) {
    var row = prenatals.row();
    row.field(Long.toString(r.id()));
    row.field(r.mother().value());
    row.field(date(r.expectedDate()));
    row.field(r.hospital());
    provenance(row, r.provenance());
    prenatals.end();
  }

  @Override
  public void add(BirthRecord b) {
    var row = births.row();
    row.field(Long.toString(b.id()));
    row.field(b.mother().value());
    row.field(b.father() == null ? null : b.father().value());
    row.field(b.sex() == IdNumber.Sex.MALE ? "M" : "F");
    row.field(b.bornAt().toString());
    row.field(Integer.toString(b.weightGrams()));
    row.field(Integer.toString(b.gestationalWeeks()));
    row.field(b.institution());
    provenance(row, b.provenance());
    births.end();
  }

  @Override
  public void add(EnterpriseRecord e) {
    var row = enterprises.row();
    row.field(e.creditCode().value());
    row.field(e.name());
    row.field(e.legalForm().name());
    row.field(e.region().value());
    row.field(e.address());
    row.field(e.representativeName());
    row.field(bytes(cipher.encrypt(e.representativeId().value())));
    row.field(bytes(cipher.index(e.representativeId().value())));
    row.field(bytes(cipher.encrypt(e.representativeMobile())));
    row.field(e.registeredOn() == null ? null : date(e.registeredOn()));
    row.field(e.status().name());
    provenance(row, e.provenance());
    enterprises.end();
  }

  @Override
  public void add(CreditRecord c) {
    var row = credits.row();
    row.field(c.creditCode().value());
    row.field(c.level().name());
    row.field(c.redList() ? "t" : "f");
    row.field(c.blackList() ? "t" : "f");
    row.field(c.listReason());
    provenance(row, c.provenance());
    credits.end();
  }

  @Override
  public void add(AddressRecord a) {
    var row = addresses.row();
    row.field(a.address());
    row.field(a.region().value());
    row.field(a.longitude().toPlainString());
    row.field(a.latitude().toPlainString());
    provenance(row, a.provenance());
    addresses.end();
  }

  /** bytea as {@code \x} and hex; {@link #escape} doubles the backslash for the COPY text format. */
  private static @Nullable String bytes(byte @Nullable [] value) {
    return value == null ? null : "\\x" + java.util.HexFormat.of().formatHex(value);
  }

  @Override
  public long persons() {
    return personCount;
  }

  @Override
  public void finish() {
    households.flush();
    persons.flush();
    marriages.flush();
    prenatals.flush();
    births.flush();
    enterprises.flush();
    credits.flush();
    addresses.flush();
    drain();
    long indexesStarted = System.nanoTime();
    try (Statement statement = connection.createStatement()) {
      for (String definition : droppedIndexes) {
        statement.execute(definition);
      }
      droppedIndexes.clear();
      statement.execute("analyze sharing_household, sharing_person, sharing_marriage, sharing_prenatal_record, sharing_birth,"
          + " sharing_enterprise, sharing_credit, sharing_address");
      log.debug("COPY took {} ms, indexes and statistics {} ms", copyNanos.get() / 1_000_000,
          (System.nanoTime() - indexesStarted) / 1_000_000);
    } catch (SQLException e) {
      throw new DataAccessResourceFailureException("Cannot re-create the population indexes", e);
    }
  }

  @Override
  public void close() {
    try {
      if (writer != null) {
        writer.shutdown();
        inFlight.acquireUninterruptibly(IN_FLIGHT);
        inFlight.release(IN_FLIGHT);
      }
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  /** Waits for the chunks in flight and rethrows the first failure. */
  private void drain() {
    if (writer != null) {
      inFlight.acquireUninterruptibly(IN_FLIGHT);
      inFlight.release(IN_FLIGHT);
    }
    RuntimeException failed = failure;
    if (failed != null) {
      throw failed;
    }
  }

  private void write(String target, byte[] bytes) {
    long started = System.nanoTime();
    try {
      CopyIn in = copy.copyIn("copy " + target + " from stdin (format text)");
      try {
        in.writeToCopy(bytes, 0, bytes.length);
        in.endCopy();
      } finally {
        if (in.isActive()) {
          in.cancelCopy();
        }
      }
    } catch (SQLException e) {
      throw new DataAccessResourceFailureException("COPY into " + target.substring(0, target.indexOf(' ')) + " failed", e);
    } finally {
      copyNanos.addAndGet(System.nanoTime() - started);
    }
  }

  private void dropSecondaryIndexes() throws SQLException {
    try (Statement statement = connection.createStatement();
        var rs = statement.executeQuery("""
            select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
            from pg_index i join pg_class t on t.oid = i.indrelid
            where t.relname in ('sharing_household', 'sharing_person', 'sharing_marriage', 'sharing_prenatal_record',
              'sharing_birth', 'sharing_enterprise')
              and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
            order by 1""")) {
      List<String> names = new ArrayList<>();
      while (rs.next()) {
        names.add(rs.getString("name"));
        droppedIndexes.add(rs.getString("definition"));
      }
      rs.close();
      for (String name : names) {
        statement.execute("drop index " + name);
      }
    }
  }

  private static void provenance(Table row, Provenance p) {
    row.field(p.sourceDepartment());
    row.field(p.sourceSystem());
    row.field(instant(p.asOf()));
    row.field(Integer.toString(p.version()));
  }

  static void escape(StringBuilder out, @Nullable String value) {
    if (value == null) {
      out.append("\\N");
      return;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
  }

  private static String date(LocalDate date) {
    return date.toString();
  }

  private static String instant(Instant instant) {
    return instant.toString();
  }

  private final class Table {

    private final String target;
    private final StringBuilder buffer = new StringBuilder(CHUNK_CHARS + 4096);
    private boolean rowStart;

    Table(String target) {
      this.target = target;
    }

    Table row() {
      rowStart = true;
      return this;
    }

    /** Appends one field in COPY text format: tab-separated, {@code \N} for null, backslash escapes. */
    void field(@Nullable String value) {
      if (!rowStart) {
        buffer.append('\t');
      }
      rowStart = false;
      escape(buffer, value);
    }

    void end() {
      buffer.append('\n');
      if (buffer.length() >= CHUNK_CHARS) {
        flush();
      }
    }

    void flush() {
      if (buffer.isEmpty()) {
        return;
      }
      RuntimeException failed = failure;
      if (failed != null) {
        throw failed;
      }
      byte[] bytes = buffer.toString().getBytes(UTF_8);
      buffer.setLength(0);
      if (writer == null) {
        write(target, bytes);
        return;
      }
      inFlight.acquireUninterruptibly();
      writer.execute(() -> {
        try {
          if (failure == null) {
            write(target, bytes);
          }
        } catch (RuntimeException e) {
          failure = e;
        } finally {
          inFlight.release();
        }
      });
    }
  }
}
