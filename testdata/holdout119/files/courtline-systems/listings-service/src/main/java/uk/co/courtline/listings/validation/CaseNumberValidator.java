package uk.co.courtline.listings.validation;

import java.util.regex.Pattern;

/**
 * Validates the case identifiers that arrive from Common Platform, Crown Court (XHIBIT successor feeds) and
 * the police. None of these are personal data; they are safe to log.
 *
 * <ul>
 *   <li>URN (police unique reference number): 2-digit force code + 2-letter station + 7 digits, e.g.
 *       {@code 47WV1234567}. Old format had a year suffix: {@code 47WV1234525}.</li>
 *   <li>Crown Court case number: {@code T} + 8 digits ({@code T20257034}), {@code S} for sentence,
 *       {@code A} for appeals.</li>
 *   <li>Common Platform hearing id: a UUID.</li>
 * </ul>
 */
public final class CaseNumberValidator {

    private static final Pattern URN = Pattern.compile("^(\\d{2})([A-Z]{2})(\\d{5})(\\d{2})$");
    private static final Pattern CROWN = Pattern.compile("^[TSA](19|20)\\d{2}\\d{4}$");
    private static final Pattern HEARING_ID =
            Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");

    /** Police force codes we accept (Home Office list, 2024 revision). */
    static final int[] FORCE_CODES = {1, 3, 4, 5, 6, 7, 10, 11, 12, 13, 14, 16, 17, 20, 21, 22, 23, 30, 31,
            32, 33, 34, 35, 36, 37, 40, 41, 42, 43, 44, 45, 46, 47, 48, 50, 52, 53, 54, 55, 60, 61, 62, 63};

    private CaseNumberValidator() {
    }

    public static boolean isUrn(String s) {
        var m = URN.matcher(s);
        if (!m.matches()) {
            return false;
        }
        int force = Integer.parseInt(m.group(1));
        for (int f : FORCE_CODES) {
            if (f == force) {
                return true;
            }
        }
        return false;
    }

    public static boolean isCrownCaseNumber(String s) {
        return CROWN.matcher(s).matches();
    }

    public static boolean isHearingId(String s) {
        return HEARING_ID.matcher(s.toLowerCase()).matches();
    }

    /**
     * Examples used by CaseNumberValidatorTest (all synthetic):
     * <pre>
     *   isUrn("47WV1234525")        -> true
     *   isUrn("99XX0000000")        -> false  (force 99 unknown)
     *   isCrownCaseNumber("T20257034") -> true
     *   isCrownCaseNumber("T2025703")  -> false (7 digits)
     *   isHearingId("924c4ee0-9c9d-4476-9e3d-be0b786e887a") -> true
     *   isHearingId("00000000-0000-0000-0000-000000000000") -> false (not version 1-5)
     * </pre>
     * Offence codes (CJS, e.g. TH68010, RT88191) are validated elsewhere; libra account numbers
     * ({@code 079527406}) are never accepted here.
     */
    static String describe(String s) {
        if (isUrn(s)) {
            return "URN";
        }
        if (isCrownCaseNumber(s)) {
            return "CROWN";
        }
        return isHearingId(s) ? "HEARING" : "UNKNOWN";
    }
}
