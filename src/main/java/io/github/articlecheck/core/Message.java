package io.github.articlecheck.core;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a finding says, as data: a key into the message bundles ({@code messages.properties} and its French
 * sibling) and its arguments, rendered into a language only at the edge (console, reports). Arguments are kept as
 * text so that findings survive the index unchanged.
 */
public record Message(String key, List<String> args) {

    public Message {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** Marks the start of a reference inside an argument; {@link #reference} explains. */
    public static final char REFERENCE = '\u0001';

    /**
     * An argument part that is itself a message key without arguments (a type name, "or"): rendered in the same
     * language as the message. It can be concatenated with plain text inside one argument.
     */
    public static String reference(String key) {
        return REFERENCE + key + REFERENCE;
    }

    @Override
    public String toString() {
        return key + args;
    }
}
