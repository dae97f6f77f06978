package org.onevisit.licence.internal;

import jakarta.json.JsonObject;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * In-process benchmark of issue 5's targets (not a test: run it by hand, see BENCHMARKS.md): verifications
 * per second of a licence credential for each proof ({@code eddsa-rdfc-2022}, {@code eddsa-jcs-2022},
 * {@code onevisit-sm2-jcs-2026}), against a bare Ed25519 and a bare SM2 verify of the same 64 hash-data bytes,
 * and issuance (signing the three proofs of a new credential, without the database). Each is run with
 * {@code threads} threads (default 2, the machine's cores) for {@code seconds} after a warm-up, all of them
 * interleaved in 50 ms slices so that the machine's other load falls on each alike.
 * Arguments (all optional): threads, seconds, and a part of an operation's name to run only that one (with the
 * bare Ed25519 verify), e.g. {@code rdfc} for profiling.
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

    System.out.printf(Locale.ROOT, "LicenceBench: %d threads, %d s, Java %s, %d cores, interleaved%n", threads, seconds,
        Runtime.version(), Runtime.getRuntime().availableProcessors());
    var counter = new java.util.concurrent.atomic.AtomicInteger();
    var operations = new java.util.LinkedHashMap<String, Supplier<Boolean>>();
    operations.put("bare Ed25519 verify (64 bytes)", () -> ed25519.publicKey.verify(edData, edSignature));
    operations.put("bare SM2 verify (64 bytes)", () -> sm2.publicKey.verify(smData, smSignature));
    operations.put("eddsa-rdfc-2022 verify", () -> verify(integrity, doc, rdfc, Cryptosuite.EDDSA_RDFC_2022, ed25519));
    operations.put("eddsa-jcs-2022 verify", () -> verify(integrity, doc, jcs, Cryptosuite.EDDSA_JCS_2022, ed25519));
    operations.put("onevisit-sm2-jcs-2026 verify", () -> verify(integrity, doc, sm2Proof, Cryptosuite.SM2_JCS, sm2));
    operations.put("issue: sign 3 proofs of a new credential", () -> {
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
    if (args.length > 2) {
      operations.keySet().removeIf(name -> !name.startsWith("bare Ed25519") && !name.contains(args[2]));
    }
    interleaved(operations, threads, Math.max(2, seconds / 4));
    double[] rates = interleaved(operations, threads, seconds);
    var names = new java.util.ArrayList<>(operations.keySet());
    for (int i = 0; i < names.size(); i++) {
      System.out.printf(Locale.ROOT, "%-44s %,12.0f /s  (%.3f of bare Ed25519)%n", names.get(i), rates[i], rates[i] / rates[0]);
    }
    if (names.size() == 6) {
      System.out.printf(Locale.ROOT, "sm2 suite to bare SM2 %.3f%n", rates[4] / rates[1]);
    }
  }

  /**
   * Runs every operation in turn, in 50 ms slices, on each thread for {@code seconds}: all operations share the
   * same moments of the machine, so other load on it changes the figures but hardly their ratios.
   */
  private static double[] interleaved(java.util.Map<String, Supplier<Boolean>> operations, int threads, int seconds)
      throws Exception {
    var list = new java.util.ArrayList<>(operations.values());
    long[][] counts = new long[threads][list.size()];
    long[][] nanos = new long[threads][list.size()];
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    Thread[] workers = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      int thread = t;
      workers[t] = Thread.ofPlatform().start(() -> {
        while (System.nanoTime() < end) {
          for (int i = 0; i < list.size(); i++) {
            long start = System.nanoTime();
            long sliceEnd = start + 50_000_000L;
            long n = 0;
            long now;
            do {
              list.get(i).get();
              n++;
              now = System.nanoTime();
            } while (now < sliceEnd);
            counts[thread][i] += n;
            nanos[thread][i] += now - start;
          }
        }
      });
    }
    for (Thread worker : workers) {
      worker.join();
    }
    double[] rates = new double[list.size()];
    for (int i = 0; i < list.size(); i++) {
      for (int t = 0; t < threads; t++) {
        rates[i] += counts[t][i] / (nanos[t][i] / 1e9);
      }
    }
    return rates;
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

}
