package org.onevisit.sharing.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.onevisit.catalog.DataElement;
import org.onevisit.identity.IdNumber;
import org.onevisit.platform.ChinaTime;
import org.onevisit.sharing.AccessLog;
import org.onevisit.sharing.Answer;
import org.onevisit.sharing.Consumer;
import org.onevisit.sharing.Purpose;
import org.onevisit.sharing.Subject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access log on PostgreSQL. Entries are appended by {@link AccessLogAppender} in groups, each group under
 * the single head row's lock ({@code sharing_access_log_head}), so entries are chained in commit order without
 * gaps across nodes.
 */
@Service
class JdbcAccessLog implements AccessLog {

  static final byte[] GENESIS = new byte[32];
  private static final Logger log = LoggerFactory.getLogger(JdbcAccessLog.class);

  private final JdbcClient jdbc;
  private final JdbcTemplate streaming;
  private final AccessLogSigner signer;
  private final AccessLogAppender appender;
  private final Clock clock;

  JdbcAccessLog(JdbcClient jdbc, DataSource dataSource, AccessLogSigner signer, AccessLogAppender appender,
      Clock clock) {
    this.jdbc = jdbc;
    this.appender = appender;
    this.streaming = new JdbcTemplate(dataSource);
    this.streaming.setFetchSize(5_000);
    this.signer = signer;
    this.clock = clock;
  }

  /**
   * Appends an entry and returns once it is committed (group commit through {@link AccessLogAppender}; the entry
   * does not join the caller's transaction).
   *
   * @param served per served element {@code code@record#version} (see {@code LibraryValues.Held}), so that the
   *     value served can be shown later from the record's version history; chained like every other field
   * @throws org.onevisit.sharing.SharingException {@code UNAVAILABLE} when the entry could not be committed: the
   *     read must then serve nothing
   */
  long append(Consumer consumer, Subject subject, Purpose purpose, Answer.Outcome outcome, List<String> served,
      List<Answer.Refusal> refused) {
    Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    String subjectKind = subject instanceof Subject.Person ? "P" : "E";
    String refusedText = refused.stream().map(r -> r.element().code() + ":" + r.reason().name())
        .collect(Collectors.joining(","));
    return appender.append(new AccessLogAppender.Pending(at, consumer.departmentCode(), consumer.actor(), subjectKind,
        subject.key(), purpose.type(), purpose.reference(), outcome.name(), String.join(",", served), refusedText,
        new java.util.concurrent.CompletableFuture<>()));
  }

  private record Head(long lastSeq, byte[] lastHash) {}

  /** SHA-256 over the previous hash and every field, each length-prefixed, so no two entries collide by concatenation. */
  static byte[] hash(byte[] previous, long seq, Instant at, String... fields) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(previous);
      update(sha, Long.toString(seq));
      update(sha, at.toString());
      for (String field : fields) {
        update(sha, field);
      }
      return sha.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void update(MessageDigest sha, String field) {
    byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
    sha.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16), (byte) (bytes.length >>> 8),
        (byte) bytes.length});
    sha.update(bytes);
  }

  @Override
  public List<Entry> about(IdNumber person, int limit) {
    return jdbc.sql("""
            select seq, at, consumer_department, actor, subject, purpose_type, purpose_reference, outcome, served, refused
            from sharing_access_log where subject = ? and subject_kind = 'P' order by seq desc limit ?""")
        .params(person.value(), limit)
        .query((rs, i) -> entry(rs))
        .list();
  }

  @Override
  public java.util.Optional<Entry> entry(long seq) {
    return jdbc.sql("""
            select seq, at, consumer_department, actor, subject, purpose_type, purpose_reference, outcome, served, refused
            from sharing_access_log where seq = ?""")
        .param(seq)
        .query((rs, i) -> entry(rs))
        .optional();
  }

  private static Entry entry(ResultSet rs) throws SQLException {
    List<DataElement> served = split(rs.getString("served")).stream().map(JdbcAccessLog::servedElement).toList();
    List<Answer.Refusal> refused = split(rs.getString("refused")).stream()
        .map(s -> new Answer.Refusal(DataElement.of(s.substring(0, s.indexOf(':'))),
            Answer.RefusalReason.valueOf(s.substring(s.indexOf(':') + 1))))
        .toList();
    return new Entry(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class).toInstant(),
        rs.getString("consumer_department"), rs.getString("actor"), rs.getString("subject"),
        rs.getString("purpose_type"), rs.getString("purpose_reference"),
        Answer.Outcome.valueOf(rs.getString("outcome")), served, refused);
  }

  /** The element of a served item, {@code code} (entries before version references) or {@code code@record#version}. */
  static DataElement servedElement(String item) {
    int at = item.indexOf('@');
    return DataElement.of(at < 0 ? item : item.substring(0, at));
  }

  static List<String> split(String text) {
    return text.isEmpty() ? List.of() : Arrays.asList(text.split(","));
  }

  @Override
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public Verification verify() {
    var walk = new ChainWalk();
    streaming.query("""
        select seq, at, consumer_department, actor, subject_kind, subject, purpose_type, purpose_reference, outcome,
               served, refused, prev_hash, hash
        from sharing_access_log order by seq""", walk::visit);
    Break first = walk.firstBreak;
    if (first == null) {
      var head = jdbc.sql("select last_seq, last_hash from sharing_access_log_head where id = 1")
          .query((rs, i) -> new Head(rs.getLong(1), rs.getBytes(2))).single();
      if (head.lastSeq() > walk.lastSeq) {
        first = new Break(walk.lastSeq + 1, Problem.MISSING_ENTRY);
      } else if (head.lastSeq() == walk.lastSeq && !Arrays.equals(head.lastHash(), walk.lastHash)) {
        first = new Break(walk.lastSeq, Problem.ALTERED_ENTRY);
      }
    }
    long verified = 0;
    long unverifiable = 0;
    List<Checkpoint> checkpoints = jdbc.sql("""
            select last_seq, last_hash, signed_at, key_id, signature from sharing_access_checkpoint order by id""")
        .query((rs, i) -> new Checkpoint(rs.getLong(1), rs.getBytes(2),
            rs.getObject(3, OffsetDateTime.class).toInstant().toString(), rs.getString(4),
            rs.getBytes(5)))
        .list();
    Break checkpointBreak = null;
    for (Checkpoint checkpoint : checkpoints) {
      var signature = signer.verify(checkpoint.keyId(),
          AccessLogSigner.checkpointPayload(checkpoint.lastSeq(), checkpoint.lastHash(), checkpoint.signedAt()),
          checkpoint.signature());
      if (signature.isEmpty()) {
        unverifiable++;
      } else if (!signature.get()) {
        checkpointBreak = earlier(checkpointBreak, new Break(checkpoint.lastSeq(), Problem.BAD_SIGNATURE));
        continue;
      } else {
        verified++;
      }
      byte[] chained = walk.hashes.get(checkpoint.lastSeq());
      if (checkpoint.lastSeq() > 0 && (chained == null || !Arrays.equals(chained, checkpoint.lastHash()))) {
        checkpointBreak = earlier(checkpointBreak, new Break(checkpoint.lastSeq(), Problem.CHECKPOINT_MISMATCH));
      }
    }
    if (first == null || (checkpointBreak != null && checkpointBreak.seq() < first.seq())) {
      first = checkpointBreak != null ? checkpointBreak : first;
    }
    if (first != null) {
      log.error("Access log verification failed: {} at entry {}", first.problem(), first.seq());
    }
    return new Verification(walk.count, verified, unverifiable, first);
  }

  private static Break earlier(Break current, Break candidate) {
    return current == null || candidate.seq() < current.seq() ? candidate : current;
  }

  private record Checkpoint(long lastSeq, byte[] lastHash, String signedAt, String keyId, byte[] signature) {}

  /**
   * Walks the chain in order. Checkpoint hashes are compared afterwards, so the hash of every checkpointed
   * entry is kept (one per checkpoint, not per entry, would do; the map holds only checkpointed seqs' worth of
   * memory when {@link #keep} limits it).
   */
  private final class ChainWalk {
    long count;
    long lastSeq;
    byte[] lastHash = GENESIS;
    Break firstBreak;
    final java.util.Map<Long, byte[]> hashes = new java.util.HashMap<>();
    final java.util.Set<Long> keep = new java.util.HashSet<>(
        jdbc.sql("select last_seq from sharing_access_checkpoint").query(Long.class).list());

    void visit(ResultSet rs) throws SQLException {
      count++;
      long seq = rs.getLong("seq");
      byte[] prev = rs.getBytes("prev_hash");
      byte[] stored = rs.getBytes("hash");
      if (keep.contains(seq)) {
        hashes.put(seq, stored);
      }
      if (firstBreak == null) {
        if (seq != lastSeq + 1) {
          firstBreak = new Break(lastSeq + 1, Problem.MISSING_ENTRY);
        } else if (!Arrays.equals(prev, lastHash)) {
          firstBreak = new Break(seq, Problem.BROKEN_LINK);
        } else {
          byte[] computed = hash(prev, seq, rs.getObject("at", OffsetDateTime.class).toInstant(),
              rs.getString("consumer_department"), rs.getString("actor"), rs.getString("subject_kind"),
              rs.getString("subject"), rs.getString("purpose_type"), rs.getString("purpose_reference"),
              rs.getString("outcome"), rs.getString("served"), rs.getString("refused"));
          if (!Arrays.equals(computed, stored)) {
            firstBreak = new Break(seq, Problem.ALTERED_ENTRY);
          }
        }
      }
      lastSeq = seq;
      lastHash = stored;
    }
  }

  @Override
  @Transactional
  public long checkpoint() {
    var head = jdbc.sql("select last_seq, last_hash from sharing_access_log_head where id = 1")
        .query((rs, i) -> new Head(rs.getLong(1), rs.getBytes(2))).single();
    long last = jdbc.sql("select coalesce(max(last_seq), -1) from sharing_access_checkpoint").query(Long.class).single();
    if (last == head.lastSeq()) {
      return head.lastSeq();
    }
    String signedAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS).toString();
    byte[] signature = signer.sign(AccessLogSigner.checkpointPayload(head.lastSeq(), head.lastHash(), signedAt));
    jdbc.sql("""
            insert into sharing_access_checkpoint (last_seq, last_hash, signed_at, key_id, signature)
            values (?, ?, ?::timestamptz, ?, ?)""")
        .params(head.lastSeq(), head.lastHash(), signedAt, signer.keyId(), signature)
        .update();
    return head.lastSeq();
  }

  @Scheduled(fixedDelayString = "${onevisit.sharing.access-log.checkpoint-interval:PT1M}",
      initialDelayString = "${onevisit.sharing.access-log.checkpoint-interval:PT1M}")
  void scheduledCheckpoint() {
    try {
      checkpoint();
    } catch (RuntimeException e) {
      log.warn("Access-log checkpoint failed; the next run retries", e);
    }
  }
}
