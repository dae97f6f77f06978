package org.onevisit.bench;

import java.net.URI;
import java.util.Objects;

/** One URL to measure, with the label that names it in the result table. */
public record Target(String label, URI uri) {

    public Target {
        Objects.requireNonNull(label);
        Objects.requireNonNull(uri);
    }
}
