package io.github.articlecheck.core;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders messages in one language from the bundles {@code io/github/articlecheck/messages*.properties}: English
 * (the default) and French. Placeholders are {@code {0}}, {@code {1}}…; {@code {0|one|other}} picks a word by the
 * number in argument 0 (singular for 1 in English, for 0 and 1 in French). Nothing else is special, so apostrophes
 * and braces in the text need no escaping. A key missing from a bundle renders as the key itself (a test makes
 * sure none is).
 */
public final class Messages {
    public static final String BUNDLE = "io.github.articlecheck.messages";
    public static final List<String> LANGUAGES = List.of("en", "fr");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale.getLanguage().equals("fr") ? Locale.FRENCH : Locale.ROOT,
                Messages.class.getClassLoader(), NO_FALLBACK);
    }

    /** English, the default. */
    public static Messages english() {
        return new Messages(Locale.ROOT);
    }

    public static Messages of(Locale locale) {
        return new Messages(locale);
    }

    /** {@code en} or {@code fr} (a region is ignored); anything else is a configuration error for the caller. */
    public static boolean supports(String language) {
        return language != null && LANGUAGES.contains(language.trim().toLowerCase(Locale.ROOT).replaceFirst("[-_].*", ""));
    }

    public Locale locale() {
        return locale;
    }

    public String render(Message message) {
        return format(text(message.key()), message.args());
    }

    public String text(String key, Object... args) {
        return format(text(key), java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    public String summary(RuleDescriptor rule) {
        return text(rule.summaryKey());
    }

    public String help(RuleDescriptor rule) {
        return text(rule.helpKey());
    }

    /** Text in which message references ({@link Message#reference}) are replaced by their words in this language. */
    public String resolve(String text) {
        return resolveReferences(text);
    }

    /** Whether the bundle of this language has the key (the completeness test uses it). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    private String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private String format(String pattern, List<String> args) {
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1) {
                String inside = pattern.substring(i + 1, close);
                String[] parts = inside.split("\\|", -1);
                if (isIndex(parts[0])) {
                    int index = Integer.parseInt(parts[0]);
                    String arg = index < args.size() ? args.get(index) : "";
                    if (parts.length == 3) {
                        out.append(isOne(arg) ? parts[1] : parts[2]);
                    } else {
                        out.append(resolveReferences(arg));
                    }
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** One or two ASCII digits ({@code \\d{1,2}}), checked by hand: twice per placeholder of every finding. */
    private static boolean isIndex(String text) {
        int length = text.length();
        return (length == 1 || length == 2) && isDigit(text.charAt(0)) && (length == 1 || isDigit(text.charAt(1)));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private boolean isOne(String number) {
        String trimmed = number.trim();
        return trimmed.equals("1") || locale.getLanguage().equals("fr") && trimmed.equals("0");
    }

    private String resolveReferences(String arg) {
        int start = arg.indexOf(Message.REFERENCE);
        if (start < 0) {
            return arg;
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (start >= 0) {
            int end = arg.indexOf(Message.REFERENCE, start + 1);
            if (end < 0) {
                break;
            }
            out.append(arg, from, start).append(text(arg.substring(start + 1, end)));
            from = end + 1;
            start = arg.indexOf(Message.REFERENCE, from);
        }
        return out.append(arg.substring(from)).toString();
    }
}
