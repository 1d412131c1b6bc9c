package vn.tonghop.template;

import java.io.StringReader;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.representer.Representer;

/** Composes template YAML text into SnakeYAML's node tree, which keeps each value's line for the errors. */
final class TemplateYamlReader {

    private TemplateYamlReader() {
    }

    /** The root node, or null when the text is not YAML or is empty (the error already told). */
    static Node compose(String text, ParseErrors errors) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true); // YamlFields reports them with their line
            options.setMaxAliasesForCollections(50);
            DumperOptions dump = new DumperOptions();
            Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(dump), dump, options);
            root = yaml.compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() + (e.getContext() == null ? "" : " (" + e.getContext() + ")");
            errors.error(m == null ? 0 : m.getLine() + 1, "", t -> t.yamlSyntax(problem));
            return null;
        } catch (YAMLException e) {
            errors.error(0, "", t -> t.yamlSyntax(e.getMessage()));
            return null;
        }
        if (root == null) {
            errors.error(1, "", TemplateErrorMessages::emptyFile);
            return null;
        }
        return root;
    }
}
