package com.helixline.lims.barcode;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Kit barcode as printed on HelixLine saliva kits, e.g. {@code HLX24-KM4471}.
 *
 * <p>Format: {@code HLX} + 2-digit production year + {@code -} + 2 letters (lot) + 4 digits (serial).
 * Tube ids are separate 10-digit numbers whose last digit is a Damm check digit, e.g.
 * {@code 8269313748}. The lab never derives anything about the customer from either value.
 *
 * @since 3.4 (LIMS-882)
 */
public final class KitBarcode {

    private static final Pattern KIT = Pattern.compile("^HLX(\\d{2})-([A-HJ-NP-Z]{2})(\\d{4})$");
    private static final Pattern TUBE = Pattern.compile("^\\d{10}$");

    /** Damm quasigroup table (order 10, weakly totally anti-symmetric). */
    private static final int[][] DAMM = {
        {0, 3, 1, 7, 5, 9, 8, 6, 4, 2},
        {7, 0, 9, 2, 1, 5, 4, 8, 6, 3},
        {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
        {1, 7, 5, 0, 9, 8, 3, 4, 2, 6},
        {6, 1, 2, 3, 0, 4, 5, 9, 7, 8},
        {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
        {5, 8, 6, 9, 7, 2, 0, 1, 3, 4},
        {8, 9, 4, 5, 3, 6, 2, 0, 1, 7},
        {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
        {2, 5, 8, 1, 4, 3, 6, 7, 9, 0},
    };

    private final int year;
    private final String lot;
    private final int serial;

    private KitBarcode(int year, String lot, int serial) {
        this.year = year;
        this.lot = lot;
        this.serial = serial;
    }

    public static Optional<KitBarcode> parse(String raw) {
        if (raw == null) return Optional.empty();
        var m = KIT.matcher(raw.trim().toUpperCase());
        if (!m.matches()) return Optional.empty();
        return Optional.of(new KitBarcode(2000 + Integer.parseInt(m.group(1)), m.group(2), Integer.parseInt(m.group(3))));
    }

    public static boolean isValidTubeId(String tube) {
        if (tube == null || !TUBE.matcher(tube).matches()) return false;
        int interim = 0;
        for (char c : tube.toCharArray()) interim = DAMM[interim][c - '0'];
        return interim == 0;
    }

    public String lot() { return lot; }
    public int year() { return year; }

    @Override
    public String toString() {
        return String.format("HLX%02d-%s%04d", year % 100, lot, serial);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KitBarcode k && k.year == year && k.serial == serial && k.lot.equals(lot);
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, lot, serial);
    }

    // Known-bad lots recalled in 2024 (buffer contamination, CAPA-2024-017)
    static final String[] RECALLED_LOTS = { "DR", "AH" };
}
