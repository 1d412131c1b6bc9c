package vn.tonghop.template;

import org.yaml.snakeyaml.nodes.Node;

/** Where a template error points: the dotted path into the YAML and the line of a node. */
final class YamlPath {

    private YamlPath() {
    }

    static String at(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    static String at(String parent, int index) {
        return parent + "[" + index + "]";
    }

    static int line(Node n) {
        return n == null || n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
    }
}
