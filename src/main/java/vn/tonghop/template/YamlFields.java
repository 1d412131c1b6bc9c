package vn.tonghop.template;

import static vn.tonghop.template.TemplateKeys.COLUMN_CODE;
import static vn.tonghop.template.YamlPath.at;
import static vn.tonghop.template.YamlPath.line;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import vn.tonghop.template.model.YamlEnum;

/**
 * The entries of one YAML mapping, checked against the keys allowed there, read into values with positioned errors.
 */
final class YamlFields {

    final ParseErrors errors;
    final MappingNode node;
    final String path;
    final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlFields(ParseErrors errors, MappingNode node, String path, Set<String> allowed) {
        this.errors = errors;
        this.node = node;
        this.path = path;
        for (NodeTuple t : node.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                errors.error(t.getKeyNode(), path, TemplateErrorMessages::keyNotText);
                continue;
            }
            String key = k.getValue();
            if (!allowed.contains(key)) {
                String guess = guess(key, allowed);
                errors.error(k, at(path, key), m -> m.keyUnknown(key, guess, String.join(", ", allowed)));
                continue;
            }
            NodeTuple prev = entries.putIfAbsent(key, t);
            if (prev != null) {
                int first = line(prev.getKeyNode());
                errors.error(k, at(path, key), m -> m.keyRepeated(key, first));
            }
        }
    }

    /** The mapping at {@code node}, or null (with an error) when it is not one. */
    static YamlFields of(ParseErrors errors, Node node, String path, Set<String> allowed) {
        if (!(node instanceof MappingNode m)) {
            errors.error(node, path, m -> m.mappingNeeded(path));
            return null;
        }
        return new YamlFields(errors, m, path, allowed);
    }

    static <E extends Enum<E> & YamlEnum> E enumOf(ParseErrors errors, Node n, String path, Class<E> type) {
        if (!(n instanceof ScalarNode s)) {
            errors.error(n, path, TemplateErrorMessages::scalarNeeded);
            return null;
        }
        Optional<E> v = YamlEnum.fromYaml(type, s.getValue());
        if (v.isEmpty()) {
            String allowed = String.join(", ", YamlEnum.names(type));
            errors.error(n, path, m -> m.valueUnknown(s.getValue(), allowed));
            return null;
        }
        return v.get();
    }

    static boolean isNull(Node n) {
        return n instanceof ScalarNode s && s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
                && (s.getValue().isEmpty() || s.getValue().equals("~") || s.getValue().equals("null"));
    }

    boolean has(String key) {
        NodeTuple t = entries.get(key);
        return t != null && !isNull(t.getValueNode());
    }

    Node valueNode(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? null : t.getValueNode();
    }

    void missing(String key) {
        NodeTuple t = entries.get(key);
        if (t != null) {
            errors.error(t.getValueNode(), at(path, key), m -> m.keyEmpty(key));
        } else {
            errors.error(node, at(path, key), m -> m.keyMissing(key));
        }
    }

    ScalarNode scalar(String key, boolean required) {
        if (!has(key)) {
            if (required) {
                missing(key);
            }
            return null;
        }
        Node v = valueNode(key);
        if (!(v instanceof ScalarNode s)) {
            errors.error(v, at(path, key), m -> m.keyNeedsScalar(key));
            return null;
        }
        return s;
    }

    String text(String key, boolean required) {
        ScalarNode s = scalar(key, required);
        if (s == null) {
            return null;
        }
        String v = s.getValue().strip();
        if (v.isEmpty()) {
            if (required) {
                missing(key);
            }
            return null;
        }
        // Block scalars keep inner line breaks; drop only the trailing newline YAML adds.
        return s.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL ? s.getValue().stripTrailing() : v;
    }

    String code(String key, Pattern pattern) {
        String v = text(key, true);
        if (v != null && !pattern.matcher(v).matches()) {
            errors.error(valueNode(key), at(path, key),
                    pattern == COLUMN_CODE ? m -> m.columnCodeInvalid(v) : m -> m.codeInvalid(v));
            return null;
        }
        return v;
    }

    Integer integer(String key, boolean required, Integer min, Integer max) {
        ScalarNode s = scalar(key, required);
        if (s == null) {
            return null;
        }
        try {
            int v = Integer.parseInt(s.getValue().trim());
            if ((min != null && v < min) || (max != null && v > max)) {
                String from = min == null ? "" : min.toString();
                String to = max == null ? "" : max.toString();
                errors.error(s, at(path, key), m -> m.outOfRange(key, from, to));
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            errors.error(s, at(path, key), m -> m.notInteger(key, s.getValue()));
            return null;
        }
    }

    BigDecimal decimal(String key) {
        ScalarNode s = scalar(key, false);
        if (s == null) {
            return null;
        }
        try {
            return new BigDecimal(s.getValue().trim());
        } catch (NumberFormatException e) {
            errors.error(s, at(path, key), m -> m.notNumber(key, s.getValue()));
            return null;
        }
    }

    Boolean bool(String key) {
        ScalarNode s = scalar(key, false);
        if (s == null) {
            return null;
        }
        String v = s.getValue().trim().toLowerCase(Locale.ROOT);
        if (v.equals("true")) {
            return true;
        }
        if (v.equals("false")) {
            return false;
        }
        errors.error(s, at(path, key), m -> m.notBoolean(key, s.getValue()));
        return null;
    }

    <E extends Enum<E> & YamlEnum> E enumValue(String key, Class<E> type, boolean required) {
        ScalarNode s = scalar(key, required);
        if (s == null) {
            return null;
        }
        return enumOf(errors, s, at(path, key), type);
    }

    SequenceNode sequence(String key, boolean required) {
        if (!has(key)) {
            if (required) {
                missing(key);
            }
            return null;
        }
        Node v = valueNode(key);
        if (!(v instanceof SequenceNode s)) {
            errors.error(v, at(path, key), m -> m.listNeeded(key));
            return null;
        }
        return s;
    }

    /** The allowed key {@code key} was most likely meant as, or null. */
    static String guess(String key, Set<String> allowed) {
        String best = null;
        int bestDistance = 3;
        for (String a : allowed) {
            int d = distance(key.toLowerCase(Locale.ROOT), a.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = a;
            }
        }
        return best;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
