package io.github.articlecheck.core;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Durations as users write them in configuration. */
public final class Durations {
    private Durations() {
    }

    /** {@code 24h}, {@code 30m}, {@code 45s}, {@code 2d}, {@code 500ms} or ISO-8601 ({@code PT24H}). */
    public static Duration parse(String parameter, String text) {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        try {
            if (value.startsWith("p")) {
                return Duration.parse(value.toUpperCase(Locale.ROOT));
            }
            if (value.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            }
            long amount = Long.parseLong(value.substring(0, value.length() - 1));
            switch (value.charAt(value.length() - 1)) {
                case 's':
                    return Duration.ofSeconds(amount);
                case 'm':
                    return Duration.ofMinutes(amount);
                case 'h':
                    return Duration.ofHours(amount);
                case 'd':
                    return Duration.ofDays(amount);
                default:
                    break;
            }
        } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            // fall through to the message below
        }
        throw new ConfigurationException(parameter + " '" + text + "' is not a duration: write 24h, 30m, 45s, 2d or 500ms");
    }

}
