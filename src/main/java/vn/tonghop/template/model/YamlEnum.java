package vn.tonghop.template.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** An enum written in template YAML: one canonical spelling plus tolerated aliases. */
public interface YamlEnum {

    /**
     * The spelling written by {@code TemplateSerializer} and shown in error messages. Labels for screens come from the
     * bundles ({@code TemplateMessages}), not from the enum.
     */
    String yamlName();

    /** Other accepted spellings (English/Vietnamese synonyms). */
    default List<String> aliases() {
        return List.of();
    }

    static <E extends Enum<E> & YamlEnum> Optional<E> fromYaml(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.yamlName().toLowerCase(Locale.ROOT).equals(t)
                    || e.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(t))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    static <E extends Enum<E> & YamlEnum> List<String> names(Class<E> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(YamlEnum::yamlName).toList();
    }
}
