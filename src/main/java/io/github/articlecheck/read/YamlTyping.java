package io.github.articlecheck.read;

import io.github.articlecheck.core.FieldPath;
import io.github.articlecheck.core.Message;
import io.github.articlecheck.core.FrontMatterProblem;
import io.github.articlecheck.core.DuplicateKey;
import io.github.articlecheck.core.ValueLocation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts a composed YAML node tree into a JSON tree typed by the YAML 1.2 core schema, recording the position
 * of every value by JSON pointer. Departures from the core schema, on purpose: an integer with a leading zero
 * ({@code 010}) stays text (postal codes, versions), and {@code .inf}/{@code .nan} stay text (JSON has none).
 */
final class YamlTyping {
    /** Values reachable through aliases are copied: bound the copy so an alias bomb cannot exhaust memory. */
    static final int MAX_VALUES = 250_000;

    private static final Set<Tag> ALLOWED_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ,
            Tag.MAP, Tag.TIMESTAMP);
    private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
    private static final Pattern TRUE = Pattern.compile("true|True|TRUE");
    private static final Pattern FALSE = Pattern.compile("false|False|FALSE");
    private static final Pattern DECIMAL_INT = Pattern.compile("[-+]?(0|[1-9][0-9]*)");
    private static final Pattern OCTAL_INT = Pattern.compile("0o[0-7]+");
    private static final Pattern HEX_INT = Pattern.compile("0x[0-9a-fA-F]+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|(0|[1-9][0-9]*)(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

    private final JsonNodeFactory factory = JsonNodeFactory.instance;
    private final Map<String, ValueLocation> locations;
    private final List<DuplicateKey> duplicates;
    private int values;

    private final YamlPositions positions;

    YamlTyping(Map<String, ValueLocation> locations, List<DuplicateKey> duplicates, YamlPositions positions) {
        this.locations = locations;
        this.duplicates = duplicates;
        this.positions = positions;
    }

    JsonNode toJson(Node root) {
        if (root == null || root instanceof ScalarNode && ((ScalarNode) root).getValue().isEmpty()) {
            return factory.objectNode(); // an empty front matter is an empty mapping
        }
        return convert(root, "", 0);
    }

    private JsonNode convert(Node node, String pointer, int depth) {
        if (++values > MAX_VALUES) {
            throw new RejectedYamlException(positions, node, Message.of("frontmatter.syntax.too-many-values", MAX_VALUES));
        }
        if (depth > YamlFrontMatter.MAX_NESTING) {
            throw new RejectedYamlException(positions, node, Message.of("frontmatter.syntax.too-deep-or-recursive",
                    YamlFrontMatter.MAX_NESTING));
        }
        Tag tag = node.getTag();
        if (!ALLOWED_TAGS.contains(tag)) {
            throw new RejectedYamlException(positions, node, Message.of("frontmatter.syntax.tag", tag.getValue().replace(Tag.PREFIX, "!!")));
        }
        if (node instanceof MappingNode) {
            return mapping((MappingNode) node, pointer, depth);
        }
        if (node instanceof SequenceNode) {
            ArrayNode array = factory.arrayNode();
            List<Node> items = ((SequenceNode) node).getValue();
            for (int i = 0; i < items.size(); i++) {
                Node item = items.get(i);
                String itemPointer = pointer + "/" + i;
                recordValue(itemPointer, item, item);
                array.add(convert(item, itemPointer, depth + 1));
            }
            return array;
        }
        return scalar((ScalarNode) node);
    }

    private ObjectNode mapping(MappingNode node, String pointer, int depth) {
        ObjectNode object = factory.objectNode();
        Map<String, Integer> firstLines = new HashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode)) {
                throw new RejectedYamlException(positions, keyNode, Message.of("frontmatter.syntax.complex-key"));
            }
            String key = ((ScalarNode) keyNode).getValue();
            String childPointer = pointer + "/" + FieldPath.escape(key);
            int line = positions.line(keyNode.getStartMark());
            Integer firstLine = firstLines.putIfAbsent(key, line);
            if (firstLine != null) {
                duplicates.add(new DuplicateKey(childPointer, line, positions.column(keyNode.getStartMark()), firstLine));
                continue; // the first occurrence stays the value that is checked
            }
            recordValue(childPointer, keyNode, tuple.getValueNode());
            object.set(key, convert(tuple.getValueNode(), childPointer, depth + 1));
        }
        return object;
    }

    private void recordValue(String pointer, Node keyNode, Node valueNode) {
        locations.putIfAbsent(pointer, new ValueLocation(
                positions.line(keyNode.getStartMark()), positions.column(keyNode.getStartMark()),
                positions.line(valueNode.getStartMark()), positions.column(valueNode.getStartMark())));
    }

    private JsonNode scalar(ScalarNode node) {
        String text = node.getValue();
        Tag tag = node.getTag();
        boolean plain = node.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
        if (tag.equals(Tag.STR) && !plain) {
            return factory.stringNode(text);
        }
        if (tag.equals(Tag.STR) || tag.equals(Tag.NULL) || tag.equals(Tag.BOOL)
                || tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            return typePlain(text);
        }
        return factory.stringNode(text); // !!timestamp: keep the text, schemas check it with "format"
    }

    private JsonNode typePlain(String text) {
        // only these first characters start a null, a boolean or a number below: any other text is a string, known
        // without the seven matchers (a title or a slug is most plain scalars of a site)
        if (!text.isEmpty() && "~nNtTfF+-.0123456789".indexOf(text.charAt(0)) < 0) {
            return factory.stringNode(text);
        }
        if (NULL.matcher(text).matches()) {
            return factory.nullNode();
        }
        if (TRUE.matcher(text).matches()) {
            return factory.booleanNode(true);
        }
        if (FALSE.matcher(text).matches()) {
            return factory.booleanNode(false);
        }
        if (DECIMAL_INT.matcher(text).matches()) {
            return integer(new BigInteger(text.startsWith("+") ? text.substring(1) : text));
        }
        if (OCTAL_INT.matcher(text).matches()) {
            return integer(new BigInteger(text.substring(2), 8));
        }
        if (HEX_INT.matcher(text).matches()) {
            return integer(new BigInteger(text.substring(2), 16));
        }
        if (FLOAT.matcher(text).matches() && text.chars().anyMatch(Character::isDigit)) {
            return factory.numberNode(new BigDecimal(text.startsWith("+") ? text.substring(1) : text));
        }
        return factory.stringNode(text);
    }

    private JsonNode integer(BigInteger value) {
        return value.bitLength() < 63 ? factory.numberNode(value.longValue()) : factory.numberNode(value);
    }

    /** The YAML parsed but holds something front matter must not (custom tag, alias bomb). */
    static final class RejectedYamlException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient FrontMatterProblem problem;

        RejectedYamlException(YamlPositions positions, Node node, Message message) {
            super(message.key(), null, false, false);
            this.problem = new FrontMatterProblem(positions.line(node.getStartMark()), positions.column(node.getStartMark()),
                    message);
        }

        FrontMatterProblem problem() {
            return problem;
        }
    }
}
