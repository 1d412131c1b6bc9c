package vn.tonghop.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import java.util.List;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import com.tngtech.archunit.library.freeze.FreezingArchRule;

/**
 * Dependencies point down, one package per layer, in the order of README's architecture section: a package may use only
 * the packages before it in {@link #ORDER}. With every package its own layer, any cycle between packages has an upward
 * edge, so this rule also fails on cycles. The upward imports that existed when the rule was written are frozen in
 * src/test/archunit: a new one fails the build; one removed leaves the store for good.
 */
@AnalyzeClasses(packages = "vn.tonghop", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {

    /** Bottom first: the platform, the building blocks, the features, the pages on top. */
    static final List<String> ORDER = List.of("platform", "user", "tenant", "unit", "audit", "attachment", "template",
            "campaign", "submission", "notification", "anomaly", "export", "rollup", "regime", "signing", "home",
            "demo");

    @ArchTest
    static final ArchRule dependenciesPointDown = FreezingArchRule.freeze(layers());

    static LayeredArchitecture layers() {
        LayeredArchitecture arch = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String p : ORDER) {
            arch = arch.layer(p).definedBy("vn.tonghop." + p + "..");
        }
        for (int i = 0; i < ORDER.size() - 1; i++) {
            String[] above = ORDER.subList(i + 1, ORDER.size()).toArray(String[]::new);
            arch = arch.whereLayer(ORDER.get(i)).mayOnlyBeAccessedByLayers(above);
        }
        return arch.whereLayer(ORDER.get(ORDER.size() - 1)).mayNotBeAccessedByAnyLayer().withOptionalLayers(true);
    }

}
