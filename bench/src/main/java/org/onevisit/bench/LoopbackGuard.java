package org.onevisit.bench;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The hard safety rule of the harness: load is only ever sent to this machine.
 *
 * <p>A target is accepted only if its host is {@code localhost}, an IPv4 literal in 127.0.0.0/8 or the IPv6
 * loopback {@code [::1]}. No other name is resolved: a DNS answer is not something to trust with load. Even
 * {@code localhost} must resolve to loopback addresses only. Redirects are never followed (see
 * {@link LoadDriver}), so a server cannot send the driver elsewhere either.
 */
public final class LoopbackGuard {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    private LoopbackGuard() {
    }

    /** Returns the URI if it is an {@code http} URL on a loopback host, otherwise throws {@link RefusedTargetException}. */
    public static URI requireLoopback(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RefusedTargetException("only http(s) URLs can be measured, got '" + uri + "'");
        }
        if (uri.getUserInfo() != null) {
            throw new RefusedTargetException("URLs with user info are refused: '" + uri + "'");
        }
        String host = uri.getHost();
        if (host == null || !isLoopbackHost(host)) {
            throw new RefusedTargetException("refusing '" + uri + "': the host must be loopback "
                    + "(127.0.0.0/8, localhost or [::1]); this harness never sends load to another machine");
        }
        return uri;
    }

    /** True for {@code localhost}, 127.0.0.0/8 literals and {@code ::1} (with or without brackets); never asks DNS. */
    public static boolean isLoopbackHost(String rawHost) {
        String host = rawHost.trim().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.equals("localhost")) {
            return localhostResolvesToLoopback();
        }
        var v4 = IPV4.matcher(host);
        if (v4.matches()) {
            for (int i = 1; i <= 4; i++) {
                if (Integer.parseInt(v4.group(i)) > 255) {
                    return false;
                }
            }
            return Integer.parseInt(v4.group(1)) == 127;
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.indexOf(':') >= 0 && host.matches("[0-9a-f:.]+")) {
            try {
                // a string with ':' is parsed as an IPv6 literal, never looked up
                return InetAddress.getByName(host).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return false;
    }

    private static boolean localhostResolvesToLoopback() {
        try {
            InetAddress[] all = InetAddress.getAllByName("localhost");
            if (all.length == 0) {
                return false;
            }
            for (InetAddress a : all) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** A target that is not on this machine: reported with exit status 3. */
    public static final class RefusedTargetException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public RefusedTargetException(String message) {
            super(message);
        }
    }
}
