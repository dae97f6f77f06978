package org.onevisit.bench;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoopbackGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "http://127.0.0.1:8080/", "http://localhost:8080/actuator/health", "http://[::1]:8080/",
            "http://127.1.2.3/", "https://LOCALHOST/", "http://localhost./", "http://[0:0:0:0:0:0:0:1]/"})
    void acceptsLoopback(String url) {
        assertDoesNotThrow(() -> LoopbackGuard.requireLoopback(URI.create(url)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://10.0.0.1/", "http://example.com/", "http://192.168.1.1:8080/", "http://128.0.0.1/",
            "http://0.0.0.0/", "http://127.0.0.1.example.com/", "http://localhost.example.com/",
            "http://[::2]/", "http://[fe80::1]/", "http://127.0.0.256/", "ftp://127.0.0.1/",
            "http://user:pw@127.0.0.1/", "file:///etc/passwd"})
    void refusesEverythingElse(String url) {
        assertThrows(LoopbackGuard.RefusedTargetException.class, () -> LoopbackGuard.requireLoopback(URI.create(url)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1", "example.com", "8.8.8.8", "", "::"})
    void hostCheckDoesNotAcceptOtherHosts(String host) {
        assertFalse(LoopbackGuard.isLoopbackHost(host));
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost", "[::1]", "::1"})
    void hostCheckAcceptsLoopback(String host) {
        assertTrue(LoopbackGuard.isLoopbackHost(host));
    }

    @org.junit.jupiter.api.Test
    void theCommandLineRefusesAForeignUrlWithExitStatus3() {
        assertEquals(3, Main.run(new String[] {"http", "--url", "a=http://10.0.0.1/", "--duration", "1s"}));
        assertThrows(LoopbackGuard.RefusedTargetException.class,
                () -> HttpOptions.parse(List.of("--url", "http://127.0.0.1/", "--url", "http://example.com/")));
    }
}
