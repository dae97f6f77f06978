package org.onevisit.licence.internal;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.multibase.Multibase;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Bitstring Status Lists (W3C Bitstring Status List v1.0): every licence has one index, the same bit in
 * the revocation list and in the suspension list; list {@code n} holds indexes {@code n·131072} to {@code
 * (n+1)·131072 − 1}. A list credential is published at {@code <base>/status-lists/<purpose>/<n>}, signed
 * with {@code eddsa-rdfc-2022}, and rebuilt from the database at most every {@link #TTL} (at once after a
 * change on this node).
 */
@Component
class StatusLists {

  static final int SIZE = 131_072;
  static final Duration TTL = Duration.ofMinutes(1);

  enum Purpose {
    REVOCATION("revocation", "REVOKED"),
    SUSPENSION("suspension", "SUSPENDED");

    final String id;
    final String status;

    Purpose(String id, String status) {
      this.id = id;
      this.status = status;
    }

    static Optional<Purpose> byId(String id) {
      return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }
  }

  private record Cached(String json, Instant at) {}

  private final JdbcClient jdbc;
  private final IssuerKeys issuer;
  private final DataIntegrity integrity;
  private final Clock clock;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  StatusLists(JdbcClient jdbc, IssuerKeys issuer, DataIntegrity integrity, Clock clock) {
    this.jdbc = jdbc;
    this.issuer = issuer;
    this.integrity = integrity;
    this.clock = clock;
  }

  String url(Purpose purpose, int list) {
    return issuer.baseUrl + "/status-lists/" + purpose.id + "/" + list;
  }

  /** Whether a status list URL is one of this deployment's: its purpose and list number. */
  Optional<Map.Entry<Purpose, Integer>> parse(String url) {
    String prefix = issuer.baseUrl + "/status-lists/";
    if (!url.startsWith(prefix)) {
      return Optional.empty();
    }
    String[] parts = url.substring(prefix.length()).split("/");
    if (parts.length != 2 || !parts[1].matches("[0-9]{1,6}")) {
      return Optional.empty();
    }
    return Purpose.byId(parts[0]).map(p -> Map.entry(p, Integer.parseInt(parts[1])));
  }

  JsonObject entry(Purpose purpose, int index) {
    String list = url(purpose, index / SIZE);
    return DataIntegrity.JSON.createObjectBuilder()
        .add("id", list + "#" + index)
        .add("type", "BitstringStatusListEntry")
        .add("statusPurpose", purpose.id)
        .add("statusListIndex", Integer.toString(index))
        .add("statusListCredential", list)
        .build();
  }

  /** The bit now, straight from the database (what the next list will say). */
  /**
   * The purposes whose bit {@code index} is set, in one query: a licence's revocation and suspension entries share
   * their index, so a verification reads both bits at once.
   */
  java.util.Set<Purpose> bits(int index) {
    return jdbc.sql("select status from licence where status_index = ?").param(index).query(String.class).optional()
        .flatMap(status -> java.util.Arrays.stream(Purpose.values()).filter(p -> p.status.equals(status)).findFirst())
        .map(java.util.EnumSet::of)
        .orElseGet(() -> java.util.EnumSet.noneOf(Purpose.class));
  }

  void changed() {
    cache.clear();
  }

  /** The signed status list credential, JSON. */
  String credential(Purpose purpose, int list) {
    String key = purpose.id + "/" + list;
    Instant now = clock.instant();
    Cached cached = cache.get(key);
    if (cached != null && cached.at().plus(TTL).isAfter(now)) {
      return cached.json();
    }
    String json = build(purpose, list, now);
    cache.put(key, new Cached(json, now));
    return json;
  }

  private String build(Purpose purpose, int list, Instant now) {
    byte[] bits = new byte[SIZE / 8];
    jdbc.sql("select status_index from licence where status = ? and status_index >= ? and status_index < ?")
        .params(purpose.status, list * SIZE, (list + 1) * SIZE)
        .query(Integer.class).list()
        .forEach(index -> {
          int bit = index - list * SIZE;
          bits[bit / 8] |= (byte) (0x80 >>> (bit % 8));
        });
    String url = url(purpose, list);
    JsonObject unsecured = DataIntegrity.JSON.createObjectBuilder()
        .add("@context", DataIntegrity.JSON.createArrayBuilder().add(JsonLdContexts.CREDENTIALS_V2))
        .add("id", url)
        .add("type", DataIntegrity.JSON.createArrayBuilder().add("VerifiableCredential").add("BitstringStatusListCredential"))
        .add("issuer", issuer.did)
        .add("validFrom", DateTimeFormatter.ISO_INSTANT.format(now.truncatedTo(ChronoUnit.SECONDS)))
        .add("credentialSubject", DataIntegrity.JSON.createObjectBuilder()
            .add("id", url + "#list")
            .add("type", "BitstringStatusList")
            .add("statusPurpose", purpose.id)
            .add("encodedList", encode(bits))
            .add("ttl", TTL.toMillis()))
        .build();
    try {
      JsonObject proof = integrity.prove(unsecured, Cryptosuite.EDDSA_RDFC_2022, issuer.ed25519,
          issuer.ed25519Method(), now);
      return DataIntegrity.JSON.createObjectBuilder(unsecured).add("proof", proof).build().toString();
    } catch (JsonLdError e) {
      throw new IllegalStateException("Status list credential cannot be signed", e);
    }
  }

  /** GZIP, then multibase base64url without padding ({@code u…}), as the specification requires. */
  static String encode(byte[] bits) {
    var out = new ByteArrayOutputStream();
    try (var gzip = new GZIPOutputStream(out)) {
      gzip.write(bits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Multibase.BASE_64_URL.encode(out.toByteArray());
  }

  /** The inverse of {@link #encode}: whether bit {@code index} of an encoded list is set. */
  static boolean bit(String encodedList, int index) {
    try (var in = new GZIPInputStream(new java.io.ByteArrayInputStream(Multibase.BASE_64_URL.decode(encodedList)))) {
      byte[] bits = in.readAllBytes();
      return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
