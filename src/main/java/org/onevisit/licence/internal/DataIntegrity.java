package org.onevisit.licence.internal;

import com.apicatalog.jcs.JsonCanonicalizer;
import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.context.cache.Cache;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.expansion.Expansion;
import com.apicatalog.jsonld.lang.Keywords;
import com.apicatalog.jsonld.processor.ProcessingRuntime;
import com.apicatalog.jsonld.processor.ToRdfProcessor;
import com.apicatalog.multibase.Multibase;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.jspecify.annotations.Nullable;

/**
 * Creates and checks Data Integrity proofs (W3C VC Data Integrity 1.0) of the three {@link Cryptosuite}s:
 * <ol>
 *   <li>proof configuration = the proof options without {@code proofValue}, with the document's
 *       {@code @context};</li>
 *   <li>both canonicalised: RDFC-1.0 N-Quads of the JSON-LD (titanium-json-ld with the bundled contexts,
 *       titanium-rdfc) or JCS (RFC 8785, titanium-jcs);</li>
 *   <li>hash data = hash(proof configuration) ‖ hash(document), SHA-256 (SM3 for the SM2 suite);</li>
 *   <li>{@code proofValue} = multibase base58btc of the 64-byte signature (Ed25519, or SM2 r‖s).</li>
 * </ol>
 * Thread-safe. JSON-LD processing of the bundled contexts happens once: the <em>active context</em> (the
 * processed term definitions) of each {@code @context} made only of bundled context URLs is kept, and a
 * document with such a {@code @context} is expanded from it (see {@link #rdfc}).
 */
final class DataIntegrity {

  static final String PROOF_TYPE = "DataIntegrityProof";

  /** {@code Json.create…} looks the provider up on every call, which costs more than a JCS proof: look it up once. */
  static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

  private final Cache<String, JsonValue> contexts = new SynchronizedCache<>();
  private final Cache<String, Document> documents = new SynchronizedCache<>();
  private final JsonLdContexts loader;
  private final JsonLdOptions options;
  /** Processed {@code @context} values (arrays of bundled context URLs: a handful of combinations). */
  private final Map<JsonValue, ActiveContext> activeContexts = new ConcurrentHashMap<>();

  DataIntegrity() {
    this(JsonLdContexts.INSTANCE);
  }

  /** With other contexts than the bundled ones: for tests only, the platform signs and verifies with these. */
  DataIntegrity(JsonLdContexts loader) {
    this.loader = loader;
    this.options = options();
  }

  JsonObject prove(JsonObject unsecured, Cryptosuite suite, SigningKey key, String verificationMethod,
      Instant created) throws JsonLdError {
    JsonObjectBuilder options = DataIntegrity.JSON.createObjectBuilder()
        .add("type", PROOF_TYPE)
        .add("cryptosuite", suite.id)
        .add("created", DateTimeFormatter.ISO_INSTANT.format(created.truncatedTo(ChronoUnit.SECONDS)))
        .add("verificationMethod", verificationMethod)
        .add("proofPurpose", "assertionMethod");
    JsonObject proofOptions = options.build();
    byte[] signature = key.sign(hashData(unsecured, proofOptions, suite));
    return DataIntegrity.JSON.createObjectBuilder(proofOptions)
        .add("proofValue", Multibase.BASE_58_BTC.encode(signature))
        .build();
  }

  /**
   * Whether {@code proof} is a valid signature of {@code key} over {@code unsecured}.
   *
   * @throws JsonLdError when the document cannot be canonicalised (e.g. an unknown context)
   * @throws IllegalArgumentException when the proof value is not base58btc multibase
   */
  boolean verify(JsonObject unsecured, JsonObject proof, Cryptosuite suite, SigningKey.PublicKey key)
      throws JsonLdError {
    String proofValue = proof.getString("proofValue", "");
    if (!Multibase.BASE_58_BTC.isEncoded(proofValue)) {
      throw new IllegalArgumentException("proofValue is not base58btc multibase");
    }
    byte[] signature = Multibase.BASE_58_BTC.decode(proofValue);
    JsonObjectBuilder options = DataIntegrity.JSON.createObjectBuilder(proof).remove("proofValue");
    return key.verify(hashData(unsecured, options.build(), suite), signature);
  }

  byte[] hashData(JsonObject unsecured, JsonObject proofOptions, Cryptosuite suite) throws JsonLdError {
    JsonObjectBuilder config = DataIntegrity.JSON.createObjectBuilder(proofOptions).remove("@context");
    if (unsecured.containsKey("@context")) {
      config.add("@context", unsecured.get("@context"));
    }
    JsonObject proofConfig = config.build();
    byte[] configHash;
    byte[] documentHash;
    if (suite.canonicalization == Cryptosuite.Canonicalization.RDFC) {
      configHash = sha256(rdfc(proofConfig));
      documentHash = sha256(rdfc(unsecured));
    } else if (suite.keyType == Cryptosuite.KeyType.SM2) {
      configHash = sm3(JsonCanonicalizer.canonize(proofConfig));
      documentHash = sm3(JsonCanonicalizer.canonize(unsecured));
    } else {
      configHash = sha256(JsonCanonicalizer.canonize(proofConfig));
      documentHash = sha256(JsonCanonicalizer.canonize(unsecured));
    }
    byte[] all = new byte[configHash.length + documentHash.length];
    System.arraycopy(configHash, 0, all, 0, configHash.length);
    System.arraycopy(documentHash, 0, all, configHash.length, documentHash.length);
    return all;
  }

  /**
   * RDFC-1.0 canonical N-Quads of a JSON-LD document.
   *
   * <p>The JSON-LD 1.1 expansion algorithm starts by processing the document's top-level {@code @context} into
   * an active context (step 8); for the VC 2.0 context that is about 80 protected, partly type-scoped term
   * definitions, and titanium redoes it on every call — most of the cost of a proof. When the {@code @context}
   * consists of bundled context URLs only, this method processes it once, keeps the resulting active context
   * and runs the rest of the expansion algorithm on the document without its {@code @context}: the same
   * algorithm from the same active context, so the same expanded document and the same N-Quads (checked
   * against the plain path in {@code DataIntegrityTests}). Any other {@code @context} takes the plain path,
   * which fails for contexts that are not bundled.
   */
  String rdfc(JsonObject document) throws JsonLdError {
    RdfCanon canon = RdfCanon.create("SHA-256");
    ActiveContext active = activeContext(document.get(Keywords.CONTEXT));
    if (active == null) {
      JsonLd.toRdf(JsonDocument.of(document)).options(options).provide(canon);
    } else {
      JsonObject body = JSON.createObjectBuilder(document).remove(Keywords.CONTEXT).build();
      ToRdfProcessor.toRdf(canon, expanded(Expansion.with(active, body, null, null).compute()), options);
    }
    return nquads(canon);
  }

  /** {@link #rdfc} without the kept active contexts: titanium's own path, for comparison in tests. */
  String rdfcWithoutKeptContexts(JsonObject document) throws JsonLdError {
    RdfCanon canon = RdfCanon.create("SHA-256");
    JsonLd.toRdf(JsonDocument.of(document)).options(options).provide(canon);
    return nquads(canon);
  }

  private static String nquads(RdfCanon canon) {
    StringWriter out = new StringWriter();
    try {
      canon.provide(new NQuadsWriter(out));
    } catch (RdfConsumerException e) {
      throw new IllegalStateException("N-Quads serialisation failed", e);
    }
    return out.toString();
  }

  /** The processed {@code context}, or null when it is not a non-empty list of bundled context URLs. */
  private @Nullable ActiveContext activeContext(@Nullable JsonValue context) throws JsonLdError {
    if (context == null) {
      return null;
    }
    ActiveContext active = activeContexts.get(context);
    if (active != null) {
      return active;
    }
    java.util.List<JsonValue> urls = context instanceof JsonArray array ? array : java.util.List.of(context);
    if (urls.isEmpty() || activeContexts.size() >= 64) {
      return null;
    }
    for (JsonValue url : urls) {
      if (!(url instanceof JsonString string) || !loader.knows(string.getString())) {
        return null;
      }
    }
    active = new ActiveContext(null, null, ProcessingRuntime.of(options)).newContext().create(context, null);
    activeContexts.putIfAbsent(context, active);
    return active;
  }

  /** Steps 19–20 of the expansion algorithm, as titanium's {@code ExpansionProcessor} does them. */
  private static JsonArray expanded(@Nullable JsonValue result) {
    if (result instanceof JsonObject object && object.size() == 1 && object.containsKey(Keywords.GRAPH)) {
      result = object.get(Keywords.GRAPH);
    }
    if (result == null || result.getValueType() == JsonValue.ValueType.NULL) {
      return JsonValue.EMPTY_JSON_ARRAY;
    }
    return result instanceof JsonArray array ? array : JSON.createArrayBuilder().add(result).build();
  }

  private JsonLdOptions options() {
    JsonLdOptions options = new JsonLdOptions(loader);
    options.setContextCache(contexts);
    options.setDocumentCache(documents);
    // IRIs are not re-validated with java.net.URI on every node: a document with an invalid IRI canonicalises
    // to something its signer did not sign, so its signature fails anyway
    options.setUriValidation(false);
    return options;
  }

  static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] sm3(String text) {
    byte[] in = text.getBytes(StandardCharsets.UTF_8);
    var digest = new SM3Digest();
    digest.update(in, 0, in.length);
    byte[] out = new byte[digest.getDigestSize()];
    digest.doFinal(out, 0);
    return out;
  }

  /** titanium's caches are not thread-safe; contexts are few, so a synchronised map is enough. */
  private static final class SynchronizedCache<K, V> implements Cache<K, V> {
    private final Map<K, V> map = java.util.Collections.synchronizedMap(new LinkedHashMap<>());

    @Override
    public boolean containsKey(K key) {
      return map.containsKey(key);
    }

    @Override
    public V get(K key) {
      return map.get(key);
    }

    @Override
    public void put(K key, V value) {
      if (map.size() < 256) {
        map.put(key, value);
      }
    }
  }
}
