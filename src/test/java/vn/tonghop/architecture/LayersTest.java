package vn.tonghop.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Dependencies point down, one package per layer, in the order of README's architecture section: a package may use only
 * the packages before it in {@link #ORDER}. With every package its own layer, a cycle between packages always has an
 * upward edge, so this also fails on new cycles. The upward edges that existed when the rule was written are listed in
 * {@link #DEBT}, to be removed one by one; a new one fails, and so does a listed one that is gone (so that the list
 * only shrinks).
 */
class LayersTest {

    /** Bottom first: the platform, the building blocks, the features, the pages on top. */
    static final List<String> ORDER = List.of("platform", "unit", "user", "tenant", "audit", "attachment", "template",
            "campaign", "submission", "notification", "anomaly", "export", "rollup", "regime", "signing", "home",
            "demo");

    /** Upward edges still to remove ("from → to"). */
    static final Set<String> DEBT = Set.of();

    static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("vn.tonghop");

    @Test
    void dependenciesPointDown() {
        TreeMap<String, TreeSet<String>> upward = new TreeMap<>();
        for (JavaClass c : CLASSES) {
            String from = feature(c);
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String to = feature(d.getTargetClass());
                if (from != null && to != null && ORDER.indexOf(to) > ORDER.indexOf(from)) {
                    upward.computeIfAbsent(from + " → " + to, k -> new TreeSet<>()).add(d.getDescription());
                }
            }
        }
        TreeMap<String, TreeSet<String>> added = new TreeMap<>(upward);
        added.keySet().removeAll(DEBT);
        assertTrue(added.isEmpty(), () -> "Imports that run up the layers (README, Architecture): use an interface or a"
                + " CDI event instead.\n" + String.join("\n", added.values().stream().flatMap(Set::stream).toList()));
        TreeSet<String> paid = new TreeSet<>(DEBT);
        paid.removeAll(upward.keySet());
        assertEquals(Set.of(), paid, "these upward edges are gone: strike them from DEBT");
    }

    @Test
    void everyPackageHasItsPlaceInTheOrder() {
        TreeSet<String> unknown = new TreeSet<>();
        for (JavaClass c : CLASSES) {
            String name = c.getPackageName().replaceFirst("^vn\\.tonghop\\.?", "");
            String top = name.isEmpty() ? "" : name.split("\\.")[0];
            if (!top.isEmpty() && !ORDER.contains(top)) {
                unknown.add(top);
            }
        }
        assertEquals(Set.of(), unknown, "add new packages to LayersTest.ORDER and README's architecture section");
    }

    private static String feature(JavaClass c) {
        String p = c.getPackageName();
        if (!p.startsWith("vn.tonghop.")) {
            return null;
        }
        String top = p.substring("vn.tonghop.".length()).split("\\.")[0];
        return ORDER.contains(top) ? top : null;
    }
}
