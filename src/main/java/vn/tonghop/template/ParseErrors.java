package vn.tonghop.template;

import static vn.tonghop.template.YamlPath.line;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.yaml.snakeyaml.nodes.Node;

/** The errors one parse has found so far, each named after the file it read. */
final class ParseErrors {

    private final String file;
    private final List<TemplateError> errors = new ArrayList<>();

    ParseErrors(String file) {
        this.file = file;
    }

    void error(Node node, String path, ErrorText text) {
        errors.add(new TemplateError(file, line(node), path, text));
    }

    void error(int line, String path, ErrorText text) {
        errors.add(new TemplateError(file, line, path, text));
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    int size() {
        return errors.size();
    }

    /** In line order; errors on one line keep the order they were found in. */
    List<TemplateError> sorted() {
        List<TemplateError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt(TemplateError::line));
        return sorted;
    }
}
