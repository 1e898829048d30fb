package io.github.articlecheck.core;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One start or end tag found in an article's raw HTML, with file offsets.
 *
 * @param name        lower-case element name
 * @param end         true for an end tag ({@code </td>})
 * @param selfClosing true for {@code <br/>}-style tags
 * @param start       offset of the {@code <}
 * @param attributes  attributes in source order, with the offsets of their values
 */
public record HtmlTag(String name, boolean end, boolean selfClosing, int start, List<Attribute> attributes) {

    /** An attribute; {@code valueStart} is the offset of the first character of the value, -1 without value. */
    public record Attribute(String name, String value, int valueStart) {
    }

    public Optional<Attribute> attribute(String attributeName) {
        String wanted = attributeName.toLowerCase(Locale.ROOT);
        return attributes.stream().filter(a -> a.name().equals(wanted)).findFirst();
    }

    /** How authors write it: {@code <td>} or {@code </td>}. */
    public String display() {
        return end ? "</" + name + ">" : "<" + name + ">";
    }
}
