package vn.tonghop.ops;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The Kubernetes manifests of {@code deployment/k8s}, read as plain maps. */
final class Manifests {

    static final Path DIR = PackagedApp.PROJECT.resolve("deployment/k8s");

    private Manifests() {
    }

    /** Every object of every file listed in kustomization.yaml. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> all() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object file : (List<Object>) read("kustomization.yaml").get("resources")) {
            Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
            try (Reader in = Files.newBufferedReader(DIR.resolve((String) file))) {
                for (Object doc : yaml.loadAll(in)) {
                    out.add((Map<String, Object>) doc);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** The one object of that kind (and name, if given). */
    static Map<String, Object> object(String kind, String name) {
        return all().stream().filter(o -> kind.equals(o.get("kind")))
                .filter(o -> name == null || name.equals(path(o, "metadata", "name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in " + DIR));
    }

    /** The portal's environment from its ConfigMap, as envFrom gives it to each replica. */
    @SuppressWarnings("unchecked")
    static Map<String, String> configMapEnv() {
        Map<String, String> out = new LinkedHashMap<>();
        ((Map<String, Object>) object("ConfigMap", "tonghop-portal-config").get("data"))
                .forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }

    /** A value down a path of map keys and list indexes, or null. */
    @SuppressWarnings("unchecked")
    static Object path(Object node, Object... steps) {
        Object at = node;
        for (Object step : steps) {
            if (at instanceof Map<?, ?> m) {
                at = ((Map<String, Object>) m).get(step);
            } else if (at instanceof List<?> l && step instanceof Integer i && i < l.size()) {
                at = l.get(i);
            } else {
                return null;
            }
        }
        return at;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(String file) {
        try (Reader in = Files.newBufferedReader(DIR.resolve(file))) {
            return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
