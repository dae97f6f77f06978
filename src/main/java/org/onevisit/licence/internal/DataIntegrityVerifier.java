package org.onevisit.licence.internal;

import com.apicatalog.jsonld.JsonLdError;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.onevisit.licence.CredentialVerifier;
import org.onevisit.licence.Licence;
import org.onevisit.licence.LicenceNumber;
import org.onevisit.licence.LicenceStatus;
import org.onevisit.licence.Licences;
import org.onevisit.licence.Verification;
import org.onevisit.licence.Verification.Finding;
import org.onevisit.licence.VerificationProblem;
import org.springframework.stereotype.Component;

/**
 * {@link CredentialVerifier} for the platform's three cryptosuites, offline: keys of this deployment's
 * {@code did:web} or of a {@code did:key}; status from this deployment's status lists. When a signature
 * fails on a credential the platform issued, the stored original tells which field was changed or that
 * the proof belongs to another credential.
 */
@Component
class DataIntegrityVerifier implements CredentialVerifier {

  private final DataIntegrity integrity;
  private final IssuerKeys issuer;
  private final StatusLists statusLists;
  private final Licences licences;
  private final Clock clock;

  DataIntegrityVerifier(DataIntegrity integrity, IssuerKeys issuer, StatusLists statusLists, Licences licences,
      Clock clock) {
    this.integrity = integrity;
    this.issuer = issuer;
    this.statusLists = statusLists;
    this.licences = licences;
    this.clock = clock;
  }

  @Override
  public Verification verify(String credentialJson) {
    return parse(credentialJson)
        .map(this::verify)
        .orElseGet(() -> failed(VerificationProblem.MALFORMED, "not a JSON object"));
  }

  @Override
  public PresentationVerification verifyPresentation(String presentationJson) {
    Optional<JsonObject> parsed = parse(presentationJson);
    if (parsed.isEmpty()) {
      return new PresentationVerification(List.of(new Finding(VerificationProblem.MALFORMED, "not a JSON object")),
          List.of(), List.of());
    }
    JsonObject vp = parsed.get();
    List<Finding> errors = new ArrayList<>();
    List<Finding> warnings = new ArrayList<>();
    contextProblem(vp).ifPresent(errors::add);
    if (!strings(vp.get("type")).contains("VerifiablePresentation")) {
      errors.add(new Finding(VerificationProblem.NOT_A_CREDENTIAL, "type must include VerifiablePresentation"));
    }
    if (vp.containsKey("proof")) {
      warnings.add(new Finding(VerificationProblem.PRESENTATION_PROOF_UNCHECKED, "presentation proof"));
    }
    List<Verification> credentials = new ArrayList<>();
    JsonValue embedded = vp.get("verifiableCredential");
    List<JsonValue> items = embedded == null ? List.of()
        : embedded instanceof JsonArray array ? array : List.of(embedded);
    for (JsonValue item : items) {
      credentials.add(item instanceof JsonObject vc ? verify(vc)
          : failed(VerificationProblem.MALFORMED, "verifiableCredential must hold objects"));
    }
    if (items.isEmpty()) {
      errors.add(new Finding(VerificationProblem.MALFORMED, "verifiableCredential is missing or empty"));
    }
    return new PresentationVerification(errors, warnings, credentials);
  }

  static Optional<JsonObject> parse(String json) {
    try (var reader = DataIntegrity.JSON.createReader(new StringReader(json))) {
      JsonStructure value = reader.read();
      return value instanceof JsonObject object ? Optional.of(object) : Optional.empty();
    } catch (JsonException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  Verification verify(JsonObject vc) {
    List<String> checks = new ArrayList<>();
    List<Finding> errors = new ArrayList<>();
    List<Finding> warnings = new ArrayList<>();

    Optional<Finding> contextProblem = contextProblem(vc);
    if (contextProblem.isPresent()) {
      return new Verification(checks, List.of(contextProblem.get()), warnings, null, null, null);
    }
    if (!strings(vc.get("type")).contains("VerifiableCredential")) {
      return failed(VerificationProblem.NOT_A_CREDENTIAL, "type must include VerifiableCredential");
    }
    String issuerId = issuerId(vc.get("issuer"));
    if (issuerId == null || !(vc.get("credentialSubject") instanceof JsonObject)) {
      return failed(VerificationProblem.MALFORMED, issuerId == null ? "issuer" : "credentialSubject");
    }
    Licence own = ownLicence(vc);

    List<JsonObject> proofs = new ArrayList<>();
    JsonValue proofValue = vc.get("proof");
    if (proofValue instanceof JsonObject single) {
      proofs.add(single);
    } else if (proofValue instanceof JsonArray array) {
      for (JsonValue p : array) {
        if (p instanceof JsonObject object) {
          proofs.add(object);
        } else {
          errors.add(new Finding(VerificationProblem.MALFORMED, "proof"));
        }
      }
    }
    if (proofs.isEmpty() && errors.isEmpty()) {
      errors.add(new Finding(VerificationProblem.PROOF_MISSING, "proof"));
    }
    JsonObject unsecured = DataIntegrity.JSON.createObjectBuilder(vc).remove("proof").build();
    boolean signatureFailed = false;
    for (JsonObject proof : proofs) {
      Optional<Finding> problem = checkProof(unsecured, proof, issuerId);
      if (problem.isEmpty()) {
        checks.add("proof:" + proof.getString("cryptosuite"));
      } else if (problem.get().problem() == VerificationProblem.SIGNATURE_INVALID) {
        signatureFailed = true;
      } else {
        errors.add(problem.get());
      }
    }
    if (signatureFailed) {
      errors.add(explainSignatureFailure(unsecured, own));
    }

    Instant now = clock.instant();
    LicenceStatus status = LicenceStatus.VALID;
    Optional<Instant> validFrom = instant(vc, "validFrom", errors);
    Optional<Instant> validUntil = instant(vc, "validUntil", errors);
    if (validFrom.isPresent() && now.isBefore(validFrom.get())) {
      errors.add(new Finding(VerificationProblem.NOT_YET_VALID, "validFrom " + vc.getString("validFrom")));
    }
    if (validUntil.isPresent() && now.isAfter(validUntil.get())) {
      errors.add(new Finding(VerificationProblem.EXPIRED, "validUntil " + vc.getString("validUntil")));
      status = LicenceStatus.EXPIRED;
    }
    if (errors.stream().noneMatch(f -> f.problem() == VerificationProblem.MALFORMED)) {
      checks.add("validity");
    }
    status = checkStatus(vc, status, checks, errors, warnings);
    return new Verification(checks, errors, warnings, status, own, issuerId);
  }

  private LicenceStatus checkStatus(JsonObject vc, LicenceStatus status, List<String> checks, List<Finding> errors,
      List<Finding> warnings) {
    JsonValue statusValue = vc.get("credentialStatus");
    List<JsonValue> entries = statusValue == null ? List.of()
        : statusValue instanceof JsonArray array ? array : List.of(statusValue);
    boolean allChecked = !entries.isEmpty();
    Map<Integer, java.util.Set<StatusLists.Purpose>> bits = new java.util.HashMap<>();
    for (JsonValue value : entries) {
      if (!(value instanceof JsonObject entry) || !"BitstringStatusListEntry".equals(string(entry, "type"))) {
        warnings.add(new Finding(VerificationProblem.STATUS_UNCHECKED, "unsupported credentialStatus type"));
        allChecked = false;
        continue;
      }
      String list = string(entry, "statusListCredential");
      String index = string(entry, "statusListIndex");
      var ours = list == null ? Optional.<Map.Entry<StatusLists.Purpose, Integer>>empty() : statusLists.parse(list);
      if (ours.isEmpty() || index == null || !index.matches("[0-9]{1,9}")
          || !ours.get().getKey().id.equals(string(entry, "statusPurpose"))) {
        warnings.add(new Finding(VerificationProblem.STATUS_UNCHECKED, String.valueOf(list)));
        allChecked = false;
        continue;
      }
      int bit = Integer.parseInt(index);
      if (bit / StatusLists.SIZE != ours.get().getValue()) {
        errors.add(new Finding(VerificationProblem.MALFORMED, "statusListIndex outside its list"));
        continue;
      }
      if (bits.computeIfAbsent(bit, statusLists::bits).contains(ours.get().getKey())) {
        if (ours.get().getKey() == StatusLists.Purpose.REVOCATION) {
          errors.add(new Finding(VerificationProblem.REVOKED, "revocation list " + list + " bit " + bit));
          status = LicenceStatus.REVOKED;
        } else {
          errors.add(new Finding(VerificationProblem.SUSPENDED, "suspension list " + list + " bit " + bit));
          if (status != LicenceStatus.REVOKED) {
            status = LicenceStatus.SUSPENDED;
          }
        }
      }
    }
    if (allChecked) {
      checks.add("status");
    }
    return status;
  }

  private Optional<Finding> checkProof(JsonObject unsecured, JsonObject proof, String issuerId) {
    if (!DataIntegrity.PROOF_TYPE.equals(string(proof, "type"))) {
      return Optional.of(new Finding(VerificationProblem.UNSUPPORTED_CRYPTOSUITE, "proof type " + string(proof, "type")));
    }
    String suiteId = string(proof, "cryptosuite");
    Optional<Cryptosuite> suite = suiteId == null ? Optional.empty() : Cryptosuite.byId(suiteId);
    if (suite.isEmpty()) {
      return Optional.of(new Finding(VerificationProblem.UNSUPPORTED_CRYPTOSUITE, String.valueOf(suiteId)));
    }
    String method = string(proof, "verificationMethod");
    if (method == null || string(proof, "proofValue") == null || !"assertionMethod".equals(string(proof, "proofPurpose"))) {
      return Optional.of(new Finding(VerificationProblem.MALFORMED, "proof of " + suiteId
          + " needs verificationMethod, proofValue and proofPurpose assertionMethod"));
    }
    String controller = method.contains("#") ? method.substring(0, method.indexOf('#')) : method;
    if (!controller.equals(issuerId)) {
      return Optional.of(new Finding(VerificationProblem.WRONG_KEY, method + " is not the issuer's (" + issuerId + ")"));
    }
    Optional<SigningKey.PublicKey> key = resolve(method, controller);
    if (key.isEmpty()) {
      return Optional.of(new Finding(VerificationProblem.UNKNOWN_VERIFICATION_METHOD, method));
    }
    if (key.get().type() != suite.get().keyType) {
      return Optional.of(new Finding(VerificationProblem.WRONG_KEY, method + " is not a key of " + suiteId));
    }
    try {
      return integrity.verify(unsecured, proof, suite.get(), key.get())
          ? Optional.empty()
          : Optional.of(new Finding(VerificationProblem.SIGNATURE_INVALID, suiteId));
    } catch (JsonLdError e) {
      return Optional.of(new Finding(VerificationProblem.UNKNOWN_CONTEXT, e.getMessage() == null ? suiteId : e.getMessage()));
    } catch (IllegalArgumentException e) {
      return Optional.of(new Finding(VerificationProblem.MALFORMED, "proofValue of " + suiteId));
    }
  }

  private Optional<SigningKey.PublicKey> resolve(String method, String controller) {
    if (controller.equals(issuer.did)) {
      return issuer.resolve(method);
    }
    if (controller.startsWith("did:key:")) {
      String key = controller.substring("did:key:".length());
      if (method.contains("#") && !method.substring(method.indexOf('#') + 1).equals(key)) {
        return Optional.empty();
      }
      try {
        return Optional.of(SigningKey.PublicKey.fromMultibase(key));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Changed content or a swapped proof, when the platform holds the original; else a plain mismatch. */
  private Finding explainSignatureFailure(JsonObject unsecured, @Nullable Licence own) {
    if (own == null) {
      return new Finding(VerificationProblem.SIGNATURE_INVALID, "the signature does not match the credential");
    }
    JsonObject original = parse(own.credential()).orElseThrow();
    JsonObject originalUnsecured = DataIntegrity.JSON.createObjectBuilder(original).remove("proof").build();
    Map<String, String> was = new TreeMap<>();
    Map<String, String> is = new TreeMap<>();
    flatten("", originalUnsecured, was);
    flatten("", unsecured, is);
    var changed = new TreeSet<String>();
    was.forEach((path, value) -> {
      if (!value.equals(is.get(path))) {
        changed.add(path);
      }
    });
    is.keySet().stream().filter(path -> !was.containsKey(path)).forEach(changed::add);
    if (changed.isEmpty()) {
      return new Finding(VerificationProblem.PROOF_SWAPPED, "the proof was not made for this credential");
    }
    return new Finding(VerificationProblem.FIELD_CHANGED, String.join(", ", changed.stream().limit(5).toList()));
  }

  private static void flatten(String path, JsonValue value, Map<String, String> into) {
    if (value instanceof JsonObject object) {
      object.forEach((key, child) -> flatten(path.isEmpty() ? key : path + "." + key, child, into));
    } else if (value instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        flatten(path + "[" + i + "]", array.get(i), into);
      }
    } else {
      into.put(path, value.toString());
    }
  }

  private @Nullable Licence ownLicence(JsonObject vc) {
    String id = string(vc, "id");
    if (id == null || !id.startsWith("urn:onevisit:licence:")) {
      return null;
    }
    return LicenceNumber.parse(id.substring("urn:onevisit:licence:".length())).flatMap(licences::find).orElse(null);
  }

  private static Optional<Finding> contextProblem(JsonObject document) {
    List<JsonValue> contexts = document.get("@context") instanceof JsonArray array ? array
        : document.containsKey("@context") ? List.of(document.get("@context")) : List.of();
    if (contexts.isEmpty() || !(contexts.getFirst() instanceof JsonString first)
        || !first.getString().equals(JsonLdContexts.CREDENTIALS_V2)) {
      return Optional.of(new Finding(VerificationProblem.NOT_A_CREDENTIAL,
          "@context must start with " + JsonLdContexts.CREDENTIALS_V2));
    }
    for (JsonValue context : contexts) {
      if (!(context instanceof JsonString url) || !JsonLdContexts.known().contains(url.getString())) {
        return Optional.of(new Finding(VerificationProblem.UNKNOWN_CONTEXT, context.toString()));
      }
    }
    return Optional.empty();
  }

  private static Optional<Instant> instant(JsonObject vc, String name, List<Finding> errors) {
    String value = string(vc, name);
    if (value == null) {
      if (vc.containsKey(name)) {
        errors.add(new Finding(VerificationProblem.MALFORMED, name));
      }
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(value).toInstant());
    } catch (DateTimeParseException e) {
      errors.add(new Finding(VerificationProblem.MALFORMED, name + " is not an xsd:dateTime with offset"));
      return Optional.empty();
    }
  }

  private static @Nullable String issuerId(@Nullable JsonValue issuer) {
    if (issuer instanceof JsonString id) {
      return id.getString();
    }
    if (issuer instanceof JsonObject object) {
      return string(object, "id");
    }
    return null;
  }

  private static List<String> strings(@Nullable JsonValue value) {
    if (value instanceof JsonString s) {
      return List.of(s.getString());
    }
    if (value instanceof JsonArray array) {
      return array.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString()).toList();
    }
    return List.of();
  }

  static @Nullable String string(JsonObject object, String name) {
    return object.get(name) instanceof JsonString value ? value.getString() : null;
  }

  private static Verification failed(VerificationProblem problem, String detail) {
    return new Verification(List.of(), List.of(new Finding(problem, detail)), List.of(), null, null, null);
  }
}
