package org.onevisit.licence.internal;

import jakarta.json.JsonObject;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * In-process benchmark of issue 5's targets (not a test: run it by hand, see BENCHMARKS.md): verifications
 * per second of a licence credential for each proof ({@code eddsa-rdfc-2022}, {@code eddsa-jcs-2022},
 * {@code onevisit-sm2-jcs-2026}), against a bare Ed25519 and a bare SM2 verify of the same 64 hash-data bytes,
 * and issuance (signing the three proofs of a new credential, without the database). Each is run with
 * {@code threads} threads (default 2, the machine's cores) for {@code seconds} after a warm-up.
 * Arguments (all optional): threads, seconds.
 */
public final class LicenceBench {

  private LicenceBench() {}

  static JsonObject credential(int n) {
    String status = "http://localhost:8080/status-lists/";
    return DataIntegrity.JSON.createObjectBuilder()
        .add("@context", DataIntegrity.JSON.createArrayBuilder().add(JsonLdContexts.CREDENTIALS_V2).add(JsonLdContexts.LICENCE_V1))
        .add("id", "urn:onevisit:licence:10433112602202600000" + (100 + n % 900) + "X")
        .add("type", DataIntegrity.JSON.createArrayBuilder().add("VerifiableCredential").add("LicenceCredential"))
        .add("name", "结婚证")
        .add("issuer", DataIntegrity.JSON.createObjectBuilder().add("id", "did:web:localhost%3A8080").add("name", "庆元县民政局"))
        .add("validFrom", "2026-12-03T00:00:00+08:00")
        .add("credentialSubject", DataIntegrity.JSON.createObjectBuilder()
            .add("type", "LicenceHolder")
            .add("holderKind", "PERSON")
            .add("holderIdentifier", "331126199403189010")
            .add("holderName", "吴建华")
            .add("licenceNumber", "104331126022026000001" + n)
            .add("licenceType", "marriage-certificate")
            .add("issuingDepartment", "331126-CAB")
            .add("fields", DataIntegrity.JSON.createObjectBuilder()
                .add("certificateNo", "J331126-2021-900001").add("husbandName", "吴建华")
                .add("husbandIdNumber", "331126199403189010").add("wifeName", "叶晓燕")
                .add("wifeIdNumber", "331126199608099027").add("registeredOn", "2021-05-20")))
        .add("credentialStatus", DataIntegrity.JSON.createArrayBuilder()
            .add(entry(status, "revocation", n)).add(entry(status, "suspension", n)))
        .build();
  }

  private static JsonObject entry(String base, String purpose, int index) {
    return DataIntegrity.JSON.createObjectBuilder()
        .add("id", base + purpose + "/0#" + index)
        .add("type", "BitstringStatusListEntry")
        .add("statusPurpose", purpose)
        .add("statusListIndex", Integer.toString(index))
        .add("statusListCredential", base + purpose + "/0")
        .build();
  }

  public static void main(String[] args) throws Exception {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    var integrity = new DataIntegrity();
    var random = new SecureRandom();
    SigningKey ed25519 = SigningKey.generate(Cryptosuite.KeyType.ED25519, random);
    SigningKey sm2 = SigningKey.generate(Cryptosuite.KeyType.SM2, random);
    JsonObject doc = credential(7);
    Instant created = Instant.parse("2026-12-03T08:00:00Z");
    JsonObject rdfc = integrity.prove(doc, Cryptosuite.EDDSA_RDFC_2022, ed25519, "did:web:x#ed25519-1", created);
    JsonObject jcs = integrity.prove(doc, Cryptosuite.EDDSA_JCS_2022, ed25519, "did:web:x#ed25519-1", created);
    JsonObject sm2Proof = integrity.prove(doc, Cryptosuite.SM2_JCS, sm2, "did:web:x#sm2-1", created);
    byte[] edData = integrity.hashData(doc, DataIntegrity.JSON.createObjectBuilder(rdfc).remove("proofValue").build(),
        Cryptosuite.EDDSA_RDFC_2022);
    byte[] edSignature = ed25519.sign(edData);
    byte[] smData = integrity.hashData(doc, DataIntegrity.JSON.createObjectBuilder(sm2Proof).remove("proofValue").build(),
        Cryptosuite.SM2_JCS);
    byte[] smSignature = sm2.sign(smData);

    System.out.printf(Locale.ROOT, "LicenceBench: %d threads, %d s each, Java %s, %d cores%n", threads, seconds,
        Runtime.version(), Runtime.getRuntime().availableProcessors());
    double bare = run("bare Ed25519 verify (64 bytes)", threads, seconds,
        () -> ed25519.publicKey.verify(edData, edSignature));
    double bareSm2 = run("bare SM2 verify (64 bytes)", threads, seconds, () -> sm2.publicKey.verify(smData, smSignature));
    double rdfcRate = run("eddsa-rdfc-2022 verify", threads, seconds,
        () -> verify(integrity, doc, rdfc, Cryptosuite.EDDSA_RDFC_2022, ed25519));
    double jcsRate = run("eddsa-jcs-2022 verify", threads, seconds,
        () -> verify(integrity, doc, jcs, Cryptosuite.EDDSA_JCS_2022, ed25519));
    double sm2Rate = run("onevisit-sm2-jcs-2026 verify", threads, seconds,
        () -> verify(integrity, doc, sm2Proof, Cryptosuite.SM2_JCS, sm2));
    var counter = new java.util.concurrent.atomic.AtomicInteger();
    double issue = run("issue: sign 3 proofs of a new credential", threads, seconds, () -> {
      JsonObject fresh = credential(counter.incrementAndGet());
      try {
        for (Cryptosuite suite : Cryptosuite.values()) {
          integrity.prove(fresh, suite, suite.keyType == Cryptosuite.KeyType.SM2 ? sm2 : ed25519, "did:web:x#k", created);
        }
        return true;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    System.out.printf(Locale.ROOT, "ratios to bare Ed25519: rdfc %.3f, jcs %.3f, sm2 %.3f (sm2 to bare SM2 %.3f); issue %.0f/s%n",
        rdfcRate / bare, jcsRate / bare, sm2Rate / bare, sm2Rate / bareSm2, issue);
  }

  private static boolean verify(DataIntegrity integrity, JsonObject doc, JsonObject proof, Cryptosuite suite,
      SigningKey key) {
    try {
      if (!integrity.verify(doc, proof, suite, key.publicKey)) {
        throw new IllegalStateException("did not verify");
      }
      return true;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static double run(String name, int threads, int seconds, Supplier<Boolean> operation) throws Exception {
    measure(threads, Math.max(2, seconds / 3), operation);
    double rate = measure(threads, seconds, operation);
    System.out.printf(Locale.ROOT, "%-44s %,12.0f /s%n", name, rate);
    return rate;
  }

  private static double measure(int threads, int seconds, Supplier<Boolean> operation) throws Exception {
    var done = new AtomicBoolean();
    var count = new LongAdder();
    Thread[] workers = new Thread[threads];
    for (int i = 0; i < threads; i++) {
      workers[i] = Thread.ofPlatform().start(() -> {
        while (!done.get()) {
          if (operation.get()) {
            count.increment();
          }
        }
      });
    }
    long start = System.nanoTime();
    Thread.sleep(seconds * 1000L);
    done.set(true);
    for (Thread worker : workers) {
      worker.join();
    }
    return count.sum() / ((System.nanoTime() - start) / 1e9);
  }
}
