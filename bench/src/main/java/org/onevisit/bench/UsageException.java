package org.onevisit.bench;

/** A wrong command line: reported with the usage text and exit status 2. */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
