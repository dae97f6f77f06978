package org.onevisit.casework;

import java.util.Optional;

/**
 * 病毒查杀: the hook every upload passes before it is stored. A deployment plugs in its scanning engine
 * (ClamAV, a vendor's gateway); the local implementation only recognises the EICAR test file, so the
 * refusal path can be exercised. Documented in the README.
 */
public interface VirusScanner {

  /** The name of the threat found, or empty when the content is clean. */
  Optional<String> scan(byte[] content);
}
