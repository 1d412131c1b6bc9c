package vn.tonghop.template;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import vn.tonghop.template.model.YamlEnum;

/**
 * The entries of a small YAML mapping that a template key holds ({@code earlierPeriod}, {@code anomalies}), read with
 * the parser's positioned errors but outside its main class, so that each such key keeps to a class of its own.
 */
final class YamlKeys {

    /** Where the parser collects its errors: the node gives the line. */
    @FunctionalInterface
    interface Problems {
        void at(Node node, String path, ErrorText text);
    }

    final MappingNode node;
    final String path;
    private final Problems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlKeys(MappingNode node, String path, Set<String> allowed, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
        for (NodeTuple t : node.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : null;
            if (key == null || !allowed.contains(key)) {
                String shown = String.valueOf(key);
                problems.at(t.getKeyNode(), at(key == null ? "?" : key),
                        m -> m.keyUnknown(shown, null, String.join(", ", allowed)));
            } else if (entries.putIfAbsent(key, t) != null) {
                problems.at(t.getKeyNode(), at(key), m -> m.keyTwice(key));
            }
        }
    }

    /** The mapping's keys, or empty (with an error) when the value is not a mapping. */
    static Optional<YamlKeys> of(Node value, String path, Set<String> allowed, Problems problems) {
        if (!(value instanceof MappingNode m)) {
            problems.at(value, path, m -> m.mappingNeeded(path));
            return Optional.empty();
        }
        return Optional.of(new YamlKeys(m, path, allowed, problems));
    }

    String at(String key) {
        return path + "." + key;
    }

    Node valueNode(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? node : t.getValueNode();
    }

    void error(String key, ErrorText text) {
        problems.at(valueNode(key), at(key), text);
    }

    /** A plain value, or null when absent or empty; a required one missing is an error. */
    String text(String key, boolean required) {
        NodeTuple t = entries.get(key);
        if (t == null || !(t.getValueNode() instanceof ScalarNode s) || s.getValue().isBlank()
                || isNull(t.getValueNode())) {
            if (t != null && !(t.getValueNode() instanceof ScalarNode)) {
                error(key, m -> m.keyNeedsScalar(key));
            } else if (required) {
                problems.at(t == null ? node : t.getValueNode(), at(key), m -> m.keyMissing(key));
            }
            return null;
        }
        return s.getValue().strip();
    }

    /** A number above {@code above} (exclusive), else an error and null. */
    Double number(String key, double above) {
        String v = text(key, false);
        if (v == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(v);
            if (!(d > above) || Double.isInfinite(d)) {
                error(key, m -> m.numberNotAbove(key, format(above), v));
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            error(key, m -> m.notNumber(key, v));
            return null;
        }
    }

    Integer integer(String key, int min, int max) {
        String v = text(key, false);
        if (v == null) {
            return null;
        }
        try {
            int i = Integer.parseInt(v);
            if (i < min || i > max) {
                error(key, m -> m.outOfRange(key, String.valueOf(min), String.valueOf(max)));
                return null;
            }
            return i;
        } catch (NumberFormatException e) {
            error(key, m -> m.notInteger(key, v));
            return null;
        }
    }

    Boolean bool(String key) {
        String v = text(key, false);
        if (v == null) {
            return null;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                error(key, m -> m.notBoolean(key, v));
                yield null;
            }
        };
    }

    <E extends Enum<E> & YamlEnum> E enumValue(String key, Class<E> type, boolean required) {
        String v = text(key, required);
        if (v == null) {
            return null;
        }
        Optional<E> e = YamlEnum.fromYaml(type, v);
        if (e.isEmpty()) {
            String allowed = String.join(", ", YamlEnum.names(type));
            error(key, m -> m.valueUnknown(v, allowed));
        }
        return e.orElse(null);
    }

    private static boolean isNull(Node n) {
        return n instanceof ScalarNode s && s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
                && (s.getValue().equals("~") || s.getValue().equals("null"));
    }

    private static String format(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
