package org.onevisit.licence.web;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.onevisit.licence.CredentialVerifier;
import org.onevisit.licence.Licence;
import org.onevisit.licence.Licences;
import org.onevisit.licence.Verification;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * 证照核验: the public verification page. A QR code leads to {@code /verify/<code>}; anyone may also paste a
 * credential (or the link). Works without login and without JavaScript; the holder is shown masked.
 */
@Controller
class VerificationPages {

  /**
   * {@code Json.create…} looks the JSON provider up with a {@code ServiceLoader} on every call, which in the packaged
   * application (nested jars) cost more than the verification itself (JFR, see BENCHMARKS.md): look it up once.
   */
  static final jakarta.json.spi.JsonProvider JSON_PROVIDER = jakarta.json.spi.JsonProvider.provider();

  static final int MAX_PASTE = 64 * 1024;
  private static final Pattern LINK = Pattern.compile("/verify/([A-Za-z0-9_-]{16,64})\\s*$");

  private final CredentialVerifier verifier;
  private final Licences licences;

  VerificationPages(CredentialVerifier verifier, Licences licences) {
    this.verifier = verifier;
    this.licences = licences;
  }

  @GetMapping("/verify")
  String form() {
    return "licence/verify";
  }

  @PostMapping("/verify")
  String paste(@RequestParam(name = "credential", defaultValue = "") String credential, Model model) {
    String text = credential.strip();
    if (text.isEmpty() || text.length() > MAX_PASTE) {
      model.addAttribute("error", text.isEmpty() ? "licence.verify.error.empty" : "licence.verify.error.tooLong");
      model.addAttribute("credential", text.length() > MAX_PASTE ? "" : text);
      return "licence/verify";
    }
    Matcher link = LINK.matcher(text);
    if (!text.startsWith("{") && link.find()) {
      return "redirect:/verify/" + link.group(1);
    }
    Verification result = verifier.verify(text);
    model.addAttribute("result", VerificationView.of(result, parse(text)));
    return "licence/verification";
  }

  @GetMapping("/verify/{code}")
  String byCode(@PathVariable String code, Model model) {
    Licence licence = code.matches("[A-Za-z0-9_-]{16,64}") ? licences.findByVerificationCode(code).orElse(null) : null;
    if (licence == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    Verification result = verifier.verify(licence.credential());
    model.addAttribute("result", VerificationView.of(result, parse(licence.credential())));
    return "licence/verification";
  }

  static @Nullable JsonObject parse(String text) {
    try (var reader = JSON_PROVIDER.createReader(new StringReader(text))) {
      return reader.read() instanceof JsonObject object ? object : null;
    } catch (JsonException | IllegalStateException e) {
      return null;
    }
  }
}
