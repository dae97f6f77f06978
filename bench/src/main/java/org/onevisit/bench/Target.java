package org.onevisit.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One URL to measure, with the label that names it in the result table.
 *
 * @param body a file whose content is POSTed to the URL, or {@code null} for a GET
 */
public record Target(String label, URI uri, Path body) {

    public Target {
        Objects.requireNonNull(label);
        Objects.requireNonNull(uri);
    }

    public Target(String label, URI uri) {
        this(label, uri, null);
    }

    /** {@code GET} or {@code POST}. */
    public String method() {
        return body == null ? "GET" : "POST";
    }
}
