package com.cobblestonepay.identity.password;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Password rules for merchant and staff accounts (NIST SP 800-63B, section 5.1.1.2).
 *
 * <p>We check length, a small deny-list of passwords attackers try first, the user's own
 * identifiers, and - unless disabled - the Have I Been Pwned range API with k-anonymity:
 * only the first five hex characters of the SHA-1 leave the process. For example, SHA-1 of
 * the string {@code password} is {@code 5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8}; we send {@code 5BAA6} and look for
 * {@code 1E4C9B93F3F0682250B6CF8331B7EE68FD8} in the response.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /**
     * Passwords rejected outright. Lower-cased; compared after trimming. The list is tiny on
     * purpose - the HIBP check covers the long tail. ("hunter2" is here because someone always tries it.)
     */
    private static final Set<String> DENYLIST = Set.of(
            "password", "password1", "password123", "passw0rd", "123456789012", "qwertyuiop12",
            "letmein", "welcome1", "iloveyou", "hunter2", "changeme", "correcthorsebatterystaple",
            "cobblestone", "cobblestonepay", "merchant123");

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private final HttpClient http;
    private final boolean breachCheckEnabled;

    public PasswordPolicy(HttpClient http, boolean breachCheckEnabled) {
        this.http = http;
        this.breachCheckEnabled = breachCheckEnabled;
    }

    public record Result(boolean accepted, List<String> violations) {
        static Result of(List<String> violations) {
            return new Result(violations.isEmpty(), List.copyOf(violations));
        }
    }

    /**
     * Checks a candidate password. The caller passes the password as a char array and should
     * wipe it afterwards; we never log it or keep a reference.
     */
    public Result check(char[] password, String username, String email) {
        List<String> violations = new ArrayList<>();
        String candidate = new String(password);
        String lower = candidate.trim().toLowerCase(Locale.ROOT);

        if (candidate.codePointCount(0, candidate.length()) < MIN_LENGTH) {
            violations.add("too_short");
        }
        if (candidate.length() > MAX_LENGTH) {
            violations.add("too_long");
        }
        if (DENYLIST.contains(lower) || DENYLIST.contains(lower.replaceAll("[^a-z0-9]", ""))) {
            violations.add("too_common");
        }
        if (containsIdentifier(lower, username) || containsIdentifier(lower, localPart(email))) {
            violations.add("contains_identifier");
        }
        if (violations.isEmpty() && breachCheckEnabled && appearsInBreaches(candidate)) {
            violations.add("breached");
        }
        return Result.of(violations);
    }

    private static boolean containsIdentifier(String password, String identifier) {
        if (identifier == null || identifier.length() < 4) {
            return false;
        }
        return password.contains(identifier.toLowerCase(Locale.ROOT));
    }

    private static String localPart(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        return at > 0 ? email.substring(0, at) : email;
    }

    boolean appearsInBreaches(String candidate) {
        String hash = sha1Hex(candidate);
        String prefix = hash.substring(0, 5);
        String suffix = hash.substring(5);
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://api.pwnedpasswords.com/range/" + prefix))
                .header("Add-Padding", "true")
                .header("User-Agent", "cobblestone-identity-service")
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        try {
            HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
            if (resp.statusCode() != 200) {
                return false; // fail open: availability over strictness, see ADR-0031
            }
            return resp.body().lines()
                    .map(line -> line.split(":", 2))
                    .anyMatch(parts -> parts[0].equals(suffix) && Integer.parseInt(parts[1].trim()) > 0);
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static String sha1Hex(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-1");
            return HEX.formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 unavailable", e);
        }
    }
}
