package org.onevisit.casework.internal;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.onevisit.casework.VirusScanner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.stereotype.Component;

/**
 * The local {@link VirusScanner}: finds the EICAR anti-virus test string and nothing else. Replaced by a
 * deployment's own scanner bean (it yields to any other {@code VirusScanner}).
 */
@Component
@ConditionalOnMissingBean(value = VirusScanner.class, ignored = EicarOnlyScanner.class)
class EicarOnlyScanner implements VirusScanner {

  private static final byte[] EICAR = "EICAR-STANDARD-ANTIVIRUS-TEST-FILE".getBytes(StandardCharsets.US_ASCII);

  @Override
  public Optional<String> scan(byte[] content) {
    outer:
    for (int i = 0; i + EICAR.length <= content.length; i++) {
      for (int j = 0; j < EICAR.length; j++) {
        if (content[i + j] != EICAR[j]) {
          continue outer;
        }
      }
      return Optional.of("EICAR-Test-File");
    }
    return Optional.empty();
  }
}
